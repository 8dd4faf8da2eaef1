/** What a report row is matched against: the pledge's scored rows (leaves and adjustments) by code segments and
 * by name, and the rows (groups, headings, labels) that a report may repeat without them being "unmatched". */
import type { Heading, Indicator } from "../model";

export interface PledgeIndex {
  /** Leaves and adjustments by entryKey (code segments, with the group when codes repeat across groups). */
  readonly byCode: ReadonlyMap<string, Indicator>;
  /** Leaves by normalised name; null when two leaves share the name (matching by it would be a guess). */
  readonly byName: ReadonlyMap<string, Indicator | null>;
  /** Keys (as in byCode) and normalised names of headings and other unscored coded rows. */
  readonly headingCodes: ReadonlySet<string>;
  readonly headingNames: ReadonlySet<string>;
  /** Headings by key, and by normalised name (null when two share it): "không giao" on one passes to its leaves. */
  readonly headingByKey: ReadonlyMap<string, Heading>;
  readonly headingByName: ReadonlyMap<string, Heading | null>;
  /** Group code by normalised group name. */
  readonly groupByName: ReadonlyMap<string, string>;
  /** Codes repeat from group to group in this pledge, so Indicator.code is "<group>.<code>" ("II.1"). */
  readonly qualified: boolean;
  /** Every scored row, in pledge order (adjustments too: Indicator.adjusts). */
  readonly leaves: readonly Indicator[];
}

export function qualifyCode(group: string | null, code: string, qualified: boolean): string {
  return qualified && group !== null ? `${group}.${code}` : code;
}
