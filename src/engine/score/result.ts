/** The scored cluster: the result JSON of docs/dong-lenh.md, plus what the minutes need. */
import type { Finding } from "../findings";

export type Award = "flag" | "merit";

export interface IndicatorScore {
  readonly code: string;
  /** Percent, or null when not applicable or unknown. */
  readonly attainment: number | null;
  /** The indicator's points: the appraisal when one is given (docs/cham-diem.md, "Appraisal"); for an item with
   * adjustments, its points after them. */
  readonly points: number;
  /** The points computed by the method (after the item's adjustments), before any appraisal. */
  readonly computedPoints: number;
  /** null for bonus and penalty indicators (left out of the count) and for indicators not assigned. */
  readonly met: boolean | null;
  /** The member's report says the indicator is not assigned ("Không giao"): no points, out of its maximum. */
  readonly notAssigned: boolean;
}

/** An indicator with scored children: the sum of its leaves plus its own adjustments, floored at 0. */
export interface HeadingScore {
  readonly code: string;
  readonly points: number;
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
  /** The total on the cluster's scale: rawTotal converted when indicators are not assigned to the member
   * (docs/cham-diem.md, "Indicators not assigned"); equal to rawTotal otherwise. */
  readonly total: number;
  /** The sum of the member's points before conversion. */
  readonly rawTotal: number;
  /** The member's maximum Mm: the cluster's maximum less the M of its indicators not assigned. */
  readonly memberMax: number;
  /** Percent of the maximum, of the converted total. */
  readonly percentOfMax: number;
  /** The class of "Xếp loại" the member reaches, or null when the cluster sets none (or none is reached). */
  readonly classification: string | null;
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
  /** Scored leaves, adjustment rows and bonus/penalty rows, in pledge order. */
  readonly indicators: readonly IndicatorScore[];
  /** Headings (indicators with scored children), in pledge order; empty in a flat pledge. */
  readonly headings: readonly HeadingScore[];
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
