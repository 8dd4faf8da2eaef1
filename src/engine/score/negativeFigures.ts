import type { Indicator, ReportRow } from "../model";
import { indicatorRef, makeFinding } from "../findings/makeFinding";
import { onReport, type MemberContext } from "./memberContext";

/** A unit of "%" allows negative figures (a growth rate may fall below 0); any other unit does not. */
export function isPercentUnit(indicator: Indicator): boolean {
  return indicator.unit !== null && indicator.unit.trim() === "%";
}

/** Whether a plan or actual is a negative number that the method cannot use; without findings. */
export function hasNegativeFigure(indicator: Indicator, row: ReportRow): boolean {
  if (isPercentUnit(indicator)) return false;
  const plan = row.plan.value;
  const actual = row.actual.value;
  return (plan.kind === "number" && plan.value < 0) || (actual.kind === "number" && actual.value < 0);
}

/** "số âm": a negative plan or actual of a ratio, relative or tiers indicator whose unit is not % is an error
 * (docs/cham-diem.md, "What an error blocks"); true when there was one, and the indicator then scores 0. */
export function negativeFigures(ctx: MemberContext, indicator: Indicator, row: ReportRow): boolean {
  if (!hasNegativeFigure(indicator, row)) return false;
  for (const field of ["plan", "actual"] as const) {
    const value = row[field].value;
    if (value.kind !== "number" || value.value >= 0) continue;
    const facts = { field, value: value.value, indicator: indicatorRef(indicator) };
    ctx.findings.push(makeFinding("NEGATIVE_VALUE", "error", onReport(ctx.report, row[field].cell), facts));
  }
  return true;
}
