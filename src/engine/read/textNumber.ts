/** A number written inside a rule text ("98,5", "0.5", "1,5"): Vietnamese or English, as docs/so-lieu.md §4 reads
 * a cell; spaces after a sign are dropped ("- 0,25", "+ 0,5": decided reading). null when it is no plain number. */
import { parseCell } from "./parseCell";

export function textNumber(text: string): number | null {
  const tight = text.trim().replace(/^([+\-−–])\s+/, "$1");
  if (tight === "") return null;
  const v = parseCell(tight, "General").value;
  return v.kind === "number" && !v.approximate ? v.value : null;
}

/** The number pattern used inside rule texts (folded: no diacritics), e.g. in "từ 97,5% đến dưới 98%". */
export const NUMBER = String.raw`[+\-]?\s*\d+(?:[.,]\d+)*`;
