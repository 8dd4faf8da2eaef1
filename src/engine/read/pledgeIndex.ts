/** What a report row is matched against: the pledge's scored leaves by code and by name, and the rows
 * (groups, headings) that a report may repeat without them being "unmatched". */
import type { Indicator } from "../model";

export interface PledgeIndex {
  /** Leaves by Indicator.code. */
  readonly byCode: ReadonlyMap<string, Indicator>;
  /** Leaves by normalised name; null when two leaves share the name (matching by it would be a guess). */
  readonly byName: ReadonlyMap<string, Indicator | null>;
  /** Codes (as in byCode) and normalised names of headings that have sub-items. */
  readonly headingCodes: ReadonlySet<string>;
  readonly headingNames: ReadonlySet<string>;
  /** Group code by normalised group name. */
  readonly groupByName: ReadonlyMap<string, string>;
  /** Codes repeat from group to group in this pledge, so Indicator.code is "<group>.<code>" ("II.1"). */
  readonly qualified: boolean;
  readonly leaves: readonly Indicator[];
}

export function qualifyCode(group: string | null, code: string, qualified: boolean): string {
  return qualified && group !== null ? `${group}.${code}` : code;
}
