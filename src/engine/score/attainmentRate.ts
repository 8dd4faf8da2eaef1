import type { Indicator, ReportRow } from "../model";
import { indicatorRef, makeFinding } from "../findings/makeFinding";
import { readNumber } from "./readNumber";
import { onReport, rowCell, type MemberContext } from "./memberContext";
import { EPSILON } from "./tolerance";
import { numberIn } from "../read/rowTable";

/** Attainment in percent; "best" for inverse with a positive plan and an actual ≤ 0 (no percent to show);
 * "none" when it cannot be worked out (0 points, findings say why). */
export type Rate = number | "best" | "none";

export type Direction = "ratio" | "inverse";

/** Reported and computed attainment may differ by rounding up to this many percentage points. */
const MISMATCH_TOLERANCE = 0.1;
/** Above this attainment the unit is likely wrong (a plan in billions, an actual in millions). */
const ABSURD_ATTAINMENT = 1000;

/** Attainment r (docs/cham-diem.md, "ratio and inverse"); relative uses the ratio direction. */
export function attainmentRate(ctx: MemberContext, indicator: Indicator, row: ReportRow, direction: Direction): Rate {
  // Plan and actual both numbers (nearly every row): read without making their fields.
  const planNumber = numberIn(row, "plan");
  const actualNumber = planNumber === null ? null : numberIn(row, "actual");
  if (planNumber !== null && actualNumber !== null) return rateOf(ctx, indicator, row, direction, planNumber, actualNumber);
  const plan = readNumber(ctx, indicator, row.plan, "plan");
  const actual = readNumber(ctx, indicator, row.actual, "actual");
  if (plan.kind === "invalid" || actual.kind === "invalid") return "none";
  if (plan.kind === "number" && actual.kind === "number") return rateOf(ctx, indicator, row, direction, plan.value, actual.value);
  const reported = readNumber(ctx, indicator, row.attainment, "attainment");
  if (reported.kind === "invalid") return "none";
  const missing: ("plan" | "actual")[] = [];
  if (plan.kind === "missing") missing.push("plan");
  if (actual.kind === "missing") missing.push("actual");
  if (reported.kind === "number") {
    const facts = { indicator: indicatorRef(indicator), missing, reported: reported.value };
    ctx.findings.push(makeFinding("ATTAINMENT_FROM_REPORT", "warning", onReport(ctx.report, row.attainment.cell), facts));
    checkAbsurd(ctx, indicator, row, "attainment", reported.value);
    return reported.value;
  }
  const cell = (plan.kind === "missing" ? row.plan.cell : null) ?? (actual.kind === "missing" ? row.actual.cell : null) ?? rowCell(row);
  const facts = { indicator: indicatorRef(indicator), expected: "rate", missing: [...missing, "attainment"] } as const;
  ctx.findings.push(makeFinding("MISSING_DATA", "error", onReport(ctx.report, cell), facts));
  return "none";
}

function rateOf(ctx: MemberContext, indicator: Indicator, row: ReportRow, direction: Direction, plan: number, actual: number): Rate {
  const rate = computedRate(ctx, indicator, row, direction, plan, actual);
  if (typeof rate === "number") {
    checkReported(ctx, indicator, row, rate);
    checkAbsurd(ctx, indicator, row, "figures", rate);
  }
  return rate;
}

function computedRate(ctx: MemberContext, indicator: Indicator, row: ReportRow, direction: Direction, plan: number, actual: number): Rate {
  if (direction === "ratio") {
    if (plan > 0) return (actual / plan) * 100;
    ctx.findings.push(makeFinding("PLAN_NOT_POSITIVE", "error", onReport(ctx.report, row.plan.cell), { indicator: indicatorRef(indicator), plan }));
    return "none";
  }
  if (plan > 0) return actual > 0 ? (plan / actual) * 100 : "best";
  // A target of zero (no accidents): met exactly when the actual is zero too.
  return actual <= 0 ? 100 : 0;
}

/** A warning when the member's own attainment figure disagrees with its plan and actual. */
function checkReported(ctx: MemberContext, indicator: Indicator, row: ReportRow, rate: number): void {
  const reported = numberIn(row, "attainment");
  if (reported === null || Math.abs(reported - rate) <= MISMATCH_TOLERANCE + EPSILON) return;
  const facts = { indicator: indicatorRef(indicator), reported, computed: rate };
  ctx.findings.push(makeFinding("ATTAINMENT_MISMATCH", "warning", onReport(ctx.report, row.attainment.cell), facts));
}

/** An attainment above 1,000 % is a warning that the unit may be wrong (docs/cham-diem.md, "What an error blocks"). It
 * points at the reported attainment, or at the figures it was computed from (the actual, else the plan); the cell is
 * looked up only then, since reading a row's field makes an object. */
export function checkAbsurd(ctx: MemberContext, indicator: Indicator, row: ReportRow, from: "attainment" | "figures", rate: number): void {
  if (rate <= ABSURD_ATTAINMENT + EPSILON) return;
  const cell = from === "attainment" ? row.attainment.cell : (row.actual.cell ?? row.plan.cell);
  const facts = { indicator: indicatorRef(indicator), attainment: rate };
  ctx.findings.push(makeFinding("ATTAINMENT_TOO_HIGH", "warning", onReport(ctx.report, cell), facts));
}
