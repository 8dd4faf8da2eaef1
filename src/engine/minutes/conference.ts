/** What the secretary fills in for the minutes; prefilled from the data. */
import type { SimpleDate } from "../model";

export interface ConferenceForm {
  readonly date: SimpleDate | null;
  /** "8 giờ 00" or null for a blank. */
  readonly startTime: string | null;
  /** Place name for the header line "<Địa danh>, ngày …" (e.g. "An Khê"). */
  readonly locality: string | null;
  readonly place: string | null;
  readonly chair: string | null;
  readonly secretary: string | null;
  readonly attendees: string | null;
  readonly votesFor: number | null;
  readonly votesTotal: number | null;
  readonly nextHead: string | null;
  readonly nextDeputy: string | null;
  /** Code of the key indicator for section I; null = first indicator of the first group. */
  readonly keyIndicator: string | null;
  /** K of section V; null = the number of indicators in the pledge. */
  readonly nextPledgeCount: number | null;
}
