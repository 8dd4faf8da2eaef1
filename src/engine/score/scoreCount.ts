import { formatNumber } from "./messageText";
import type { Outcome } from "./outcome";
import { readNumber } from "./readNumber";
import { cellLabel, rowFinding, type RowContext } from "./rowContext";

export type CountKind = "bonus" | "penalty";

function noCount(findings: Outcome["findings"]): Outcome {
  return { attainment: null, points: 0, met: null, findings };
}

/** bonus (A × M, capped at C) and penalty (−A × M): M is the points per occurrence, A the count in the actual column. */
export function scoreCount(ctx: RowContext, kind: CountKind): Outcome {
  const read = readNumber(ctx, ctx.row.actual);
  if (read.kind === "invalid") return noCount(read.findings);
  // A blank count is the usual way to say "none".
  if (read.kind === "missing") return noCount([]);
  const count = read.value;
  const cell = ctx.row.actual.cell;
  if (count < 0) {
    const message = `${cellLabel(ctx, cell)}: số lần phải là số không âm, đơn vị ghi ${formatNumber(count)}; chỉ tiêu được 0 điểm.`;
    return noCount([rowFinding(ctx, "error", "NEGATIVE_COUNT", cell, message)]);
  }
  const { maxPoints, bonusCap } = ctx.indicator;
  const raw = count * maxPoints;
  // 0 - raw rather than -raw: no "-0" for a penalty that did not occur.
  const points = kind === "penalty" ? 0 - raw : bonusCap === null ? raw : Math.min(raw, bonusCap);
  return { attainment: null, points, met: null, findings: [] };
}
