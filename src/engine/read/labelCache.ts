/** normalizeLabel and fold are slow (Unicode normalisation); the same header and indicator names recur
 * in every member's sheet, so each distinct text is normalised once per read. */
import { fold, normalizeLabel } from "../text";
import { nameTokens } from "./nameOverlap";

export class LabelCache {
  private readonly labels = new Map<string, string>();
  private readonly folds = new Map<string, string>();
  private readonly tokenSets = new Map<string, ReadonlySet<string>>();

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
