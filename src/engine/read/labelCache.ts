/** normalizeLabel and fold are slow (Unicode normalisation); the same header and indicator names recur
 * in every member's sheet, so each distinct text is normalised once per read. */
import { fold, normalizeLabel } from "../text";
import { fieldOfKey, headerKey, type TableField } from "./columnSynonyms";
import { nameTokens } from "./nameOverlap";

/** A header cell's key, with the field it names worked out once. */
export interface HeaderKey {
  readonly key: string;
  readonly year: number | null;
  readonly field: TableField | null;
}

/** Distinct texts remembered per map, at most: the same names recur from report to report, but a sheet of
 * 250 000 rows that match nothing has 250 000 names of its own, and remembering them all (with their word sets)
 * took hundreds of megabytes. Past this, a text is worked out again each time it is asked for. */
const REMEMBERED = 50_000;

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  if (map.size < REMEMBERED) map.set(key, value);
}

export class LabelCache {
  private readonly labels = new Map<string, string>();
  private readonly folds = new Map<string, string>();
  private readonly tokenSets = new Map<string, ReadonlySet<string>>();
  private readonly headerKeys = new Map<string, HeaderKey>();
  private readonly combinedKeys = new Map<HeaderKey, Map<HeaderKey, HeaderKey>>();

  label(text: string): string {
    let v = this.labels.get(text);
    if (v === undefined) {
      v = normalizeLabel(text);
      remember(this.labels, text, v);
    }
    return v;
  }

  fold(text: string): string {
    let v = this.folds.get(text);
    if (v === undefined) {
      v = fold(text);
      remember(this.folds, text, v);
    }
    return v;
  }

  /** headerKey of a raw header text or of an already normalised one. */
  header(text: string, normalised = false): HeaderKey {
    const mapKey = normalised ? `\u0000${text}` : text;
    let v = this.headerKeys.get(mapKey);
    if (v === undefined) {
      const k = headerKey(normalised ? text : this.label(text));
      v = { key: k.key, year: k.year, field: k.key === "" ? null : (fieldOfKey(k.key) ?? null) };
      remember(this.headerKeys, mapKey, v);
    }
    return v;
  }

  /** The key of an upper header text read together with the one below it (a two-row header);
   * remembered by the pair, so no text is joined again for the next sheet of the same form. */
  combinedHeader(upper: HeaderKey, lower: HeaderKey): HeaderKey {
    let byLower = this.combinedKeys.get(upper);
    if (byLower === undefined) {
      byLower = new Map();
      this.combinedKeys.set(upper, byLower);
    }
    let v = byLower.get(lower);
    if (v === undefined) {
      v = this.header(`${upper.key} ${lower.key}`, true);
      byLower.set(lower, v);
    }
    return v;
  }

  /** Words of an already normalised name, for close-name matching. */
  tokens(normalised: string): ReadonlySet<string> {
    let v = this.tokenSets.get(normalised);
    if (v === undefined) {
      v = nameTokens(normalised);
      remember(this.tokenSets, normalised, v);
    }
    return v;
  }
}
