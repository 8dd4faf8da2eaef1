import type { Indicator, ReportRow } from "../model";
import type { IndicatorScore } from "./result";
import { indicatorScore, zeroScore } from "./indicatorScore";
import { formatNumberVi } from "../format/formatVi";
import { readNumber } from "./readNumber";
import { addFinding, cellLabel, type MemberContext } from "./memberContext";

export type CountKind = "bonus" | "penalty";

/** bonus (A × M, capped at C) and penalty (−A × M): M is the points per occurrence, A the count in the actual column.
 * A blank count is the usual way to say "none". */
export function scoreCount(ctx: MemberContext, indicator: Indicator, row: ReportRow, kind: CountKind): IndicatorScore {
  const read = readNumber(ctx, indicator, row.actual);
  if (read.kind !== "number") return zeroScore(indicator);
  const count = read.value;
  if (count < 0) {
    const cell = row.actual.cell;
    const message = `${cellLabel(indicator, cell)}: số lần phải là số không âm, đơn vị ghi ${formatNumberVi(count)}; chỉ tiêu được 0 điểm.`;
    addFinding(ctx, "error", "NEGATIVE_COUNT", cell, message);
    return zeroScore(indicator);
  }
  const raw = count * indicator.maxPoints;
  const cap = indicator.bonusCap;
  // 0 - raw rather than -raw: no "-0" for a penalty that did not occur.
  const points = kind === "penalty" ? 0 - raw : cap === null ? raw : Math.min(raw, cap);
  return indicatorScore(indicator, null, points, null);
}
