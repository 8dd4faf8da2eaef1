import type { Indicator, ReportRow } from "../model";
import type { IndicatorScore } from "./result";
import { indicatorScore, zeroScore } from "./indicatorScore";
import { indicatorRef, makeFinding } from "../findings/makeFinding";
import { readNumber } from "./readNumber";
import { onReport, type MemberContext } from "./memberContext";

export type CountKind = "bonus" | "penalty";

/** bonus (A × M, capped at C) and penalty (−A × M, at most Trừ tối đa): M is the points per occurrence, A the count in the actual column.
 * A blank count is the usual way to say "none". */
export function scoreCount(ctx: MemberContext, indicator: Indicator, row: ReportRow, kind: CountKind): IndicatorScore {
  const read = readNumber(ctx, indicator, row.actual, "actual");
  if (read.kind !== "number") return zeroScore(indicator);
  const count = read.value;
  if (count < 0) {
    ctx.findings.push(makeFinding("NEGATIVE_COUNT", "error", onReport(ctx.report, row.actual.cell), { indicator: indicatorRef(indicator), count }));
    return zeroScore(indicator);
  }
  const raw = count * indicator.maxPoints;
  const cap = indicator.bonusCap;
  // 0 - raw rather than -raw: no "-0" for a penalty that did not occur.
  // "mỗi trường hợp trừ 0,5 điểm, tối đa trừ 1 điểm": Trừ tối đa caps a penalty row's own cases.
  const deduction = indicator.penaltyCap === null ? raw : Math.min(raw, indicator.penaltyCap);
  const points = kind === "penalty" ? 0 - deduction : cap === null ? raw : Math.min(raw, cap);
  return indicatorScore(indicator, null, points, null);
}
