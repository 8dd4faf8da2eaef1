import type { Indicator, ReportRow } from "../model";
import type { IndicatorScore } from "./result";
import { indicatorScore, zeroScore } from "./indicatorScore";
import { formatNumberVi } from "../format/formatVi";
import { readNumber } from "./readNumber";
import { addFinding, cellLabel, rowCell, type MemberContext } from "./memberContext";
import { atLeast } from "./tolerance";

/** The direct method: the cluster's score (else the actual) taken as points, within [0, M]. */
export function scoreDirect(ctx: MemberContext, indicator: Indicator, row: ReportRow): IndicatorScore {
  const field = row.clusterScore.value.kind === "blank" ? row.actual : row.clusterScore;
  const read = readNumber(ctx, indicator, field);
  if (read.kind === "invalid") return zeroScore(indicator);
  if (read.kind === "missing") {
    const cell = field.cell ?? rowCell(row);
    addFinding(ctx, "error", "MISSING_DATA", cell, `${cellLabel(indicator, cell)}: thiếu số liệu (chưa có điểm chấm); chỉ tiêu được 0 điểm.`);
    return zeroScore(indicator);
  }
  const m = indicator.maxPoints;
  const value = read.value;
  if (value > m) {
    const message = `${cellLabel(indicator, field.cell)}: điểm ${formatNumberVi(value)} vượt điểm chuẩn ${formatNumberVi(m)}; chỉ tính ${formatNumberVi(m)} điểm.`;
    addFinding(ctx, "warning", "DIRECT_CLAMPED", field.cell, message);
    return indicatorScore(indicator, null, m, true);
  }
  if (value < 0) {
    addFinding(ctx, "warning", "DIRECT_CLAMPED", field.cell, `${cellLabel(indicator, field.cell)}: điểm ${formatNumberVi(value)} nhỏ hơn 0; tính 0 điểm.`);
    return indicatorScore(indicator, null, 0, atLeast(0, m));
  }
  return indicatorScore(indicator, null, value, atLeast(value, m));
}
