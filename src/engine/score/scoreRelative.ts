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

/** r* per relative indicator code: the highest attainment any member reached (findings come later, member by member). */
export function bestRelativeRates(indicators: readonly Indicator[], reports: readonly MemberReport[], run: ScoringRun): ReadonlyMap<string, number> {
  const best = new Map<string, number>();
  // Findings come later, member by member: these are dropped.
  const discarded: Finding[] = [];
  const members: readonly MemberContext[] = reports.map((report) => ({ report, run, findings: discarded }));
  for (const indicator of indicators) {
    if (indicator.rule !== "relative") continue;
    let highest = -Infinity;
    for (const ctx of members) {
      const row = ctx.report.rows[indicator.code];
      // r* is over the members to whom the indicator is assigned and whose r has no error.
      if (row === undefined || row.notAssigned !== null || hasNegativeFigure(indicator, row)) continue;
      const rate = attainmentRate(ctx, indicator, row, "ratio");
      if (typeof rate === "number" && rate > highest) highest = rate;
    }
    best.set(indicator.code, highest);
  }
  return best;
}

/** The relative method for one member, given the cluster's best attainment. */
export function scoreRelative(ctx: MemberContext, indicator: Indicator, row: ReportRow, best: number): IndicatorScore {
  if (negativeFigures(ctx, indicator, row)) return zeroScore(indicator);
  const rate = attainmentRate(ctx, indicator, row, "ratio");
  if (typeof rate !== "number") return zeroScore(indicator);
  return indicatorScore(indicator, rate, relativePoints(indicator.maxPoints, rate, best), atLeast(rate, 100));
}
