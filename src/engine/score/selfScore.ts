import type { Finding } from "../findings";
import type { Indicator, MemberReport } from "../model";
import { capitalize, formatNumber } from "./messageText";
import { reportFinding } from "./rowContext";
import { EPSILON } from "./tolerance";

/** Self-scores and the computed total may differ by rounding up to this many points. */
const SELF_SCORE_TOLERANCE = 0.5;

/** Sum of the member's self-scores over the pledged indicators, or null when it gave none. */
export function selfScoreSum(report: MemberReport, indicators: readonly Indicator[]): number | null {
  let sum: number | null = null;
  for (const indicator of indicators) {
    const value = report.rows[indicator.code]?.selfScore.value;
    if (value?.kind === "number") sum = (sum ?? 0) + value.value;
  }
  return sum;
}

/** A warning when the self-scores add up to something else than the computed total. */
export function selfScoreFinding(report: MemberReport, selfScore: number | null, total: number): Finding | null {
  if (selfScore === null || Math.abs(selfScore - total) <= SELF_SCORE_TOLERANCE + EPSILON) return null;
  const message =
    `${capitalize(report.member)} tự chấm tổng ${formatNumber(selfScore)} điểm, ` +
    `khác điểm tính theo giao ước (${formatNumber(total)} điểm) ${formatNumber(Math.abs(selfScore - total))} điểm.`;
  return reportFinding(report, "warning", "SELF_SCORE_DIFFERS", null, message);
}
