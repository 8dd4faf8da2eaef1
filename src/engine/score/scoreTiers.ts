import type { Indicator, ReportRow } from "../model";
import type { IndicatorScore } from "./result";
import { attainmentRate, checkAbsurd } from "./attainmentRate";
import { bandPoints } from "./bandPoints";
import { indicatorScore, zeroScore } from "./indicatorScore";
import { indicatorRef, makeFinding } from "../findings/makeFinding";
import { onReport, rowCell, type MemberContext } from "./memberContext";
import { negativeFigures } from "./negativeFigures";
import { cappedBonus, rateBonus } from "./pointsFromRate";
import { readNumber } from "./readNumber";
import { atLeast } from "./tolerance";

/** The value a tiers indicator compares with its bands: the attainment r when the report gives a plan, else the
 * actual itself (percent cells are already in percent), else a reported attainment; null when there is none. */
function comparedValue(ctx: MemberContext, indicator: Indicator, row: ReportRow): number | null {
  if (row.plan.kind !== "blank") {
    const rate = attainmentRate(ctx, indicator, row, "ratio");
    return typeof rate === "number" ? rate : null;
  }
  const actual = readNumber(ctx, indicator, row.actual, "actual");
  if (actual.kind === "number") return actual.value;
  if (actual.kind === "invalid") return null;
  const reported = readNumber(ctx, indicator, row.attainment, "attainment");
  if (reported.kind === "number") {
    checkAbsurd(ctx, indicator, row, "attainment", reported.value);
    return reported.value;
  }
  if (reported.kind === "missing") {
    const facts = { indicator: indicatorRef(indicator), expected: "rate", missing: ["actual", "attainment"] } as const;
    ctx.findings.push(makeFinding("MISSING_DATA", "error", onReport(ctx.report, row.actual.cell ?? rowCell(row)), facts));
  }
  return null;
}

/** The tiers method (docs/cham-diem.md, "tiers"): the points of the highest band the value meets, plus the
 * linear bonus b × max(0, value − T) capped at C; met when the band's points reach M. */
export function scoreTiers(ctx: MemberContext, indicator: Indicator, row: ReportRow): IndicatorScore {
  if (negativeFigures(ctx, indicator, row)) return zeroScore(indicator);
  const value = comparedValue(ctx, indicator, row);
  if (value === null) return zeroScore(indicator);
  const band = bandPoints(indicator.bands, value);
  const points = band + cappedBonus(indicator, rateBonus(indicator, value));
  return indicatorScore(indicator, value, points, atLeast(band, indicator.maxPoints));
}
