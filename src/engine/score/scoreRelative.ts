import type { Finding } from "../findings";
import type { Indicator, MemberReport, ReportRow } from "../model";
import type { IndicatorScore } from "./result";
import { attainmentRate } from "./attainmentRate";
import { indicatorScore, zeroScore } from "./indicatorScore";
import type { MemberContext } from "./memberContext";
import type { ScoringRun } from "./scoringRun";
import { hasNegativeFigure, negativeFigures } from "./negativeFigures";
import { atLeast, nearlyEqual } from "./tolerance";

/** Points for r when the cluster's best attainment for the indicator is best (docs/cham-diem.md, "relative"). */
export function relativePoints(maxPoints: number, rate: number, best: number): number {
  if (!atLeast(rate, 100)) return Math.max(0, (0.5 * maxPoints * rate) / 100);
  if (nearlyEqual(rate, best) || rate > best) return maxPoints;
  return 0.5 * maxPoints + (0.5 * maxPoints * (rate - 100)) / (best - 100);
}

/** r* per relative indicator code: the highest attainment any member to whom it is assigned reached (findings come
 * later, member by member). Member by member here too, so that each report's rows stay in cache. */
export function bestRelativeRates(indicators: readonly Indicator[], reports: readonly MemberReport[], run: ScoringRun): ReadonlyMap<string, number> {
  const relative = indicators.filter((i) => i.rule === "relative");
  const highest = relative.map(() => -Infinity);
  // Findings come later, member by member: these are dropped.
  const discarded: Finding[] = [];
  for (const report of reports) {
    if (relative.length === 0) break;
    const ctx: MemberContext = { report, run, findings: discarded };
    for (let k = 0; k < relative.length; k += 1) {
      const indicator = relative[k]!;
      const row = report.rows[indicator.code];
      // r* is over the members to whom the indicator is assigned and whose r has no error.
      if (row === undefined || row.notAssigned !== null || hasNegativeFigure(indicator, row)) continue;
      const rate = attainmentRate(ctx, indicator, row, "ratio");
      if (typeof rate === "number" && rate > highest[k]!) highest[k] = rate;
    }
    discarded.length = 0;
  }
  return new Map(relative.map((indicator, k) => [indicator.code, highest[k]!]));
}

/** The relative method for one member, given the cluster's best attainment. */
export function scoreRelative(ctx: MemberContext, indicator: Indicator, row: ReportRow, best: number): IndicatorScore {
  if (negativeFigures(ctx, indicator, row)) return zeroScore(indicator);
  const rate = attainmentRate(ctx, indicator, row, "ratio");
  if (typeof rate !== "number") return zeroScore(indicator);
  return indicatorScore(indicator, rate, relativePoints(indicator.maxPoints, rate, best), atLeast(rate, 100));
}
