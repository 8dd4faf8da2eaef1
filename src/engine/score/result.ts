/** The scored cluster: the result JSON of docs/dong-lenh.md, plus what the minutes need. */
import type { Finding } from "../findings";

export type Award = "flag" | "merit";

export interface IndicatorScore {
  readonly code: string;
  /** Percent, or null when not applicable or unknown. */
  readonly attainment: number | null;
  readonly points: number;
  /** null for bonus and penalty indicators (left out of the count). */
  readonly met: boolean | null;
}

export interface GroupScore {
  readonly code: string;
  readonly name: string;
  readonly points: number;
}

export interface MemberResult {
  readonly name: string;
  readonly source: { readonly file: string | null; readonly sheet: string };
  readonly rank: number;
  readonly total: number;
  readonly percentOfMax: number;
  readonly met: number;
  /** Mandatory indicators not met. */
  readonly mandatoryUnmet: number;
  readonly disqualified: boolean;
  /** The member has at least one error finding. */
  readonly hasErrors: boolean;
  readonly award: Award | null;
  /** Sum of the member's self-scores, or null when it gave none. */
  readonly selfScore: number | null;
  readonly groups: readonly GroupScore[];
  readonly indicators: readonly IndicatorScore[];
}

export interface Proposals {
  readonly leader: string | null;
  readonly merit: readonly string[];
  readonly nextHead: string | null;
  readonly nextDeputy: string | null;
  /** Why no leader was proposed (Vietnamese), or null. */
  readonly noLeaderReason: string | null;
}

export interface ClusterResult {
  readonly cluster: string | null;
  readonly year: number | null;
  readonly maxPoints: number;
  /** Rank order; equal members in Vietnamese name order. */
  readonly members: readonly MemberResult[];
  readonly proposals: Proposals;
  /** Reading and scoring findings together. */
  readonly findings: readonly Finding[];
}
