import type { Indicator, ReportRow } from "../model";
import { indicatorRef, makeFinding } from "../findings/makeFinding";
import { onReport, type MemberContext } from "./memberContext";
import { numberIn } from "../read/rowTable";

const PERCENT_UNIT = /^\s*%\s*$/;

/** A unit of "%" allows negative figures (a growth rate may fall below 0); any other unit does not. A test, not a
 * trim: this runs once per cell. */
export function isPercentUnit(indicator: Indicator): boolean {
  return indicator.unit !== null && PERCENT_UNIT.test(indicator.unit);
}

/** Whether a plan or actual is a negative number that the method cannot use; without findings. */
export function hasNegativeFigure(indicator: Indicator, row: ReportRow): boolean {
  const plan = numberIn(row, "plan");
  const actual = numberIn(row, "actual");
  const negative = (plan !== null && plan < 0) || (actual !== null && actual < 0);
  return negative && !isPercentUnit(indicator);
}

/** "số âm": a negative plan or actual of a ratio, relative or tiers indicator whose unit is not % is an error
 * (docs/cham-diem.md, "What an error blocks"); true when there was one, and the indicator then scores 0. */
export function negativeFigures(ctx: MemberContext, indicator: Indicator, row: ReportRow): boolean {
  if (!hasNegativeFigure(indicator, row)) return false;
  for (const field of ["plan", "actual"] as const) {
    const value = row[field];
    if (value.kind !== "number" || value.value >= 0) continue;
    const facts = { field, value: value.value, indicator: indicatorRef(indicator) };
    ctx.findings.push(makeFinding("NEGATIVE_VALUE", "error", onReport(ctx.report, row[field].cell), facts));
  }
  return true;
}
