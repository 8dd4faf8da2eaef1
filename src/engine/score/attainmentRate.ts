import type { Indicator, ReportRow } from "../model";
import { formatNumberVi } from "../format/formatVi";
import { listVi } from "../format/listVi";
import { readNumber } from "./readNumber";
import { addFinding, cellLabel, rowCell, type MemberContext } from "./memberContext";
import { EPSILON } from "./tolerance";

/** Attainment in percent; "best" for inverse with a positive plan and an actual ≤ 0 (no percent to show);
 * "none" when it cannot be worked out (0 points, findings say why). */
export type Rate = number | "best" | "none";

export type Direction = "ratio" | "inverse";

/** Reported and computed attainment may differ by rounding up to this many percentage points. */
const MISMATCH_TOLERANCE = 0.1;

/** Attainment r (docs/cham-diem.md, "ratio and inverse"); relative uses the ratio direction. */
export function attainmentRate(ctx: MemberContext, indicator: Indicator, row: ReportRow, direction: Direction): Rate {
  const plan = readNumber(ctx, indicator, row.plan);
  const actual = readNumber(ctx, indicator, row.actual);
  if (plan.kind === "invalid" || actual.kind === "invalid") return "none";
  if (plan.kind === "number" && actual.kind === "number") {
    const rate = computedRate(ctx, indicator, row, direction, plan.value, actual.value);
    if (typeof rate === "number") checkReported(ctx, indicator, row, rate);
    return rate;
  }
  const reported = readNumber(ctx, indicator, row.attainment);
  if (reported.kind === "invalid") return "none";
  const missing: string[] = [];
  if (plan.kind === "missing") missing.push("kế hoạch");
  if (actual.kind === "missing") missing.push("thực hiện");
  if (reported.kind === "number") {
    const cell = row.attainment.cell;
    const message = `${cellLabel(indicator, cell)}: thiếu ${listVi(missing)}, tỷ lệ lấy theo số đơn vị báo cáo (${formatNumberVi(reported.value)}%).`;
    addFinding(ctx, "warning", "ATTAINMENT_FROM_REPORT", cell, message);
    return reported.value;
  }
  const cell = (plan.kind === "missing" ? row.plan.cell : null) ?? (actual.kind === "missing" ? row.actual.cell : null) ?? rowCell(row);
  const message = `${cellLabel(indicator, cell)}: thiếu số liệu (chưa có ${listVi([...missing, "tỷ lệ % kế hoạch"])}); chỉ tiêu được 0 điểm.`;
  addFinding(ctx, "error", "MISSING_DATA", cell, message);
  return "none";
}

function computedRate(ctx: MemberContext, indicator: Indicator, row: ReportRow, direction: Direction, plan: number, actual: number): Rate {
  if (direction === "ratio") {
    if (plan > 0) return (actual / plan) * 100;
    const cell = row.plan.cell;
    const message = `${cellLabel(indicator, cell)}: kế hoạch là ${formatNumberVi(plan)}, phải lớn hơn 0 mới tính được tỷ lệ; chỉ tiêu được 0 điểm.`;
    addFinding(ctx, "error", "PLAN_NOT_POSITIVE", cell, message);
    return "none";
  }
  if (plan > 0) return actual > 0 ? (plan / actual) * 100 : "best";
  // A target of zero (no accidents): met exactly when the actual is zero too.
  return actual <= 0 ? 100 : 0;
}

/** A warning when the member's own attainment figure disagrees with its plan and actual. */
function checkReported(ctx: MemberContext, indicator: Indicator, row: ReportRow, rate: number): void {
  const { cell, value } = row.attainment;
  if (value.kind !== "number" || Math.abs(value.value - rate) <= MISMATCH_TOLERANCE + EPSILON) return;
  const computed = formatNumberVi(rate);
  const message =
    `${cellLabel(indicator, cell)}: tỷ lệ đơn vị báo cáo là ${formatNumberVi(value.value)}%, ` +
    `khác tỷ lệ tính từ kế hoạch và thực hiện (${computed}%); điểm tính theo ${computed}%.`;
  addFinding(ctx, "warning", "ATTAINMENT_MISMATCH", cell, message);
}
