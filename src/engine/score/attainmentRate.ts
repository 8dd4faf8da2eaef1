import type { Finding } from "../findings";
import { formatNumber, joinNames } from "./messageText";
import { readNumber } from "./readNumber";
import { cellLabel, rowCell, rowFinding, type RowContext } from "./rowContext";
import { EPSILON } from "./tolerance";

export type Rate =
  | { readonly kind: "rate"; readonly value: number; readonly findings: readonly Finding[] }
  /** inverse with a positive plan and an actual ≤ 0: the best possible result, no percent to show. */
  | { readonly kind: "best"; readonly findings: readonly Finding[] }
  /** No attainment can be worked out: 0 points, the findings say why. */
  | { readonly kind: "none"; readonly findings: readonly Finding[] };

export type Direction = "ratio" | "inverse";

/** Reported and computed attainment may differ by rounding up to this many percentage points. */
const MISMATCH_TOLERANCE = 0.1;

/** Attainment r in percent (scoring.md, "ratio and inverse"); relative uses the ratio direction. */
export function attainmentRate(ctx: RowContext, direction: Direction): Rate {
  const { row } = ctx;
  const plan = readNumber(ctx, row.plan);
  const actual = readNumber(ctx, row.actual);
  if (plan.kind === "invalid" || actual.kind === "invalid") {
    return { kind: "none", findings: [...invalidFindings(plan), ...invalidFindings(actual)] };
  }
  if (plan.kind === "number" && actual.kind === "number") {
    const rate = computedRate(ctx, direction, plan.value, actual.value);
    return rate.kind === "rate" ? withMismatchCheck(ctx, rate.value) : rate;
  }
  const reported = readNumber(ctx, row.attainment);
  if (reported.kind === "invalid") return { kind: "none", findings: reported.findings };
  const missing = [plan.kind === "missing" ? "kế hoạch" : null, actual.kind === "missing" ? "thực hiện" : null].filter(
    (s): s is string => s !== null,
  );
  if (reported.kind === "number") {
    const message = `${cellLabel(ctx, row.attainment.cell)}: thiếu ${joinNames(missing)}, tỷ lệ lấy theo số đơn vị báo cáo (${formatNumber(reported.value)}%).`;
    return {
      kind: "rate",
      value: reported.value,
      findings: [rowFinding(ctx, "warning", "ATTAINMENT_FROM_REPORT", row.attainment.cell, message)],
    };
  }
  const cell = (plan.kind === "missing" ? row.plan.cell : null) ?? (actual.kind === "missing" ? row.actual.cell : null) ?? rowCell(row);
  const message = `${cellLabel(ctx, cell)}: thiếu số liệu (chưa có ${joinNames([...missing, "tỷ lệ % kế hoạch"])}); chỉ tiêu được 0 điểm.`;
  return { kind: "none", findings: [rowFinding(ctx, "error", "MISSING_DATA", cell, message)] };
}

function invalidFindings(read: ReturnType<typeof readNumber>): readonly Finding[] {
  return read.kind === "invalid" ? read.findings : [];
}

function computedRate(ctx: RowContext, direction: Direction, plan: number, actual: number): Rate {
  if (direction === "ratio") {
    if (plan > 0) return { kind: "rate", value: (actual / plan) * 100, findings: [] };
    const cell = ctx.row.plan.cell;
    const message = `${cellLabel(ctx, cell)}: kế hoạch là ${formatNumber(plan)}, phải lớn hơn 0 mới tính được tỷ lệ; chỉ tiêu được 0 điểm.`;
    return { kind: "none", findings: [rowFinding(ctx, "error", "PLAN_NOT_POSITIVE", cell, message)] };
  }
  if (plan > 0) return actual > 0 ? { kind: "rate", value: (plan / actual) * 100, findings: [] } : { kind: "best", findings: [] };
  // A target of zero (no accidents): met exactly when the actual is zero too.
  return { kind: "rate", value: actual <= 0 ? 100 : 0, findings: [] };
}

function withMismatchCheck(ctx: RowContext, rate: number): Rate {
  const reported = ctx.row.attainment;
  if (reported.value.kind !== "number" || Math.abs(reported.value.value - rate) <= MISMATCH_TOLERANCE + EPSILON) {
    return { kind: "rate", value: rate, findings: [] };
  }
  const message =
    `${cellLabel(ctx, reported.cell)}: tỷ lệ đơn vị báo cáo là ${formatNumber(reported.value.value)}%, ` +
    `khác tỷ lệ tính từ kế hoạch và thực hiện (${formatNumber(rate)}%); điểm tính theo ${formatNumber(rate)}%.`;
  return { kind: "rate", value: rate, findings: [rowFinding(ctx, "warning", "ATTAINMENT_MISMATCH", reported.cell, message)] };
}
