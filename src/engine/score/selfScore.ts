import type { Finding } from "../findings";
import type { MemberReport } from "../model";
import { makeFinding } from "../findings/makeFinding";
import { onReport } from "./memberContext";
import { EPSILON } from "./tolerance";
import { numberIn } from "../read/rowTable";

/** Self-scores and the computed total may differ by rounding up to this many points. */
const SELF_SCORE_TOLERANCE = 0.5;

/** Sum of the member's self-scores over its matched rows, or null when it gave none. */
export function selfScoreSum(report: MemberReport): number | null {
  // A plain number and a flag, not number | null: V8 would box every partial sum.
  let sum = 0;
  let any = false;
  for (const row of Object.values(report.rows)) {
    const self = numberIn(row, "selfScore");
    if (self !== null) {
      sum += self;
      any = true;
    }
  }
  return any ? sum : null;
}

/** A warning when the self-scores add up to something else than the computed total. */
export function selfScoreFinding(report: MemberReport, selfScore: number | null, total: number): Finding | null {
  if (selfScore === null || Math.abs(selfScore - total) <= SELF_SCORE_TOLERANCE + EPSILON) return null;
  return makeFinding("SELF_SCORE_DIFFERS", "warning", onReport(report, null), { selfScore, total });
}
