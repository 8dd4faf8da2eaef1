/** normalizeLabel and fold are slow (Unicode normalisation); the same header and indicator names recur
 * in every member's sheet, so each distinct text is normalised once per read. */
import { fold, normalizeLabel } from "../text";
import { headerKey } from "./columnSynonyms";
import { nameTokens } from "./nameOverlap";

type HeaderKey = ReturnType<typeof headerKey>;

export class LabelCache {
  private readonly labels = new Map<string, string>();
  private readonly folds = new Map<string, string>();
  private readonly tokenSets = new Map<string, ReadonlySet<string>>();
  private readonly headerKeys = new Map<string, HeaderKey>();

  label(text: string): string {
    let v = this.labels.get(text);
    if (v === undefined) {
      v = normalizeLabel(text);
      this.labels.set(text, v);
    }
    return v;
  }

  fold(text: string): string {
    let v = this.folds.get(text);
    if (v === undefined) {
      v = fold(text);
      this.folds.set(text, v);
    }
    return v;
  }

  /** headerKey of a raw header text or of an already normalised one. */
  header(text: string, normalised = false): HeaderKey {
    const mapKey = normalised ? `\u0000${text}` : text;
    let v = this.headerKeys.get(mapKey);
    if (v === undefined) {
      v = headerKey(normalised ? text : this.label(text));
      this.headerKeys.set(mapKey, v);
    }
    return v;
  }

  /** Words of an already normalised name, for close-name matching. */
  tokens(normalised: string): ReadonlySet<string> {
    let v = this.tokenSets.get(normalised);
    if (v === undefined) {
      v = nameTokens(normalised);
      this.tokenSets.set(normalised, v);
    }
    return v;
  }
}
