import { formatNumber } from "./messageText";
import { failedOutcome, type Outcome } from "./outcome";
import { readNumber } from "./readNumber";
import { cellLabel, rowCell, rowFinding, type RowContext } from "./rowContext";
import { atLeast } from "./tolerance";

/** The direct method: the cluster's score (else the actual) taken as points, within [0, M]. */
export function scoreDirect(ctx: RowContext): Outcome {
  const { row } = ctx;
  const field = row.clusterScore.value.kind === "blank" ? row.actual : row.clusterScore;
  const read = readNumber(ctx, field);
  if (read.kind === "invalid") return failedOutcome(read.findings);
  if (read.kind === "missing") {
    const cell = field.cell ?? rowCell(row);
    const message = `${cellLabel(ctx, cell)}: thiếu số liệu (chưa có điểm chấm); chỉ tiêu được 0 điểm.`;
    return failedOutcome([rowFinding(ctx, "error", "MISSING_DATA", cell, message)]);
  }
  const m = ctx.indicator.maxPoints;
  const value = read.value;
  if (value > m) {
    const message = `${cellLabel(ctx, field.cell)}: điểm ${formatNumber(value)} vượt điểm chuẩn ${formatNumber(m)}; chỉ tính ${formatNumber(m)} điểm.`;
    return { attainment: null, points: m, met: true, findings: [rowFinding(ctx, "warning", "DIRECT_CLAMPED", field.cell, message)] };
  }
  if (value < 0) {
    const message = `${cellLabel(ctx, field.cell)}: điểm ${formatNumber(value)} nhỏ hơn 0; tính 0 điểm.`;
    return { attainment: null, points: 0, met: atLeast(0, m), findings: [rowFinding(ctx, "warning", "DIRECT_CLAMPED", field.cell, message)] };
  }
  return { attainment: null, points: value, met: atLeast(value, m), findings: [] };
}
