/** "- Có: 3 điểm" / "- Không: 0 điểm" rows under an item (docs/so-lieu.md §2): the item is then `pass`. */
import { fold } from "../text";
import { NUMBER, textNumber } from "./textNumber";

export interface OptionRow {
  readonly yes: boolean;
  /** From the text ("Có: 3 điểm"), else from the Chuẩn cell; null when neither gives one. */
  readonly points: number | null;
}

const LEAD = /^[-+•*–'’\s]+/;
const TRAILING_POINTS = new RegExp(String.raw`:\s*(${NUMBER})\s*(?:diem)?\s*\.?$`);

export function readOptionRow(text: string, cellPoints: number | null): OptionRow | null {
  const f = fold(text).replace(LEAD, "");
  const yes = /^co(?:\b|:)/.test(f);
  const no = /^khong(?:\b|:)/.test(f);
  if (!yes && !no) return null;
  const m = TRAILING_POINTS.exec(f);
  const fromText = m === null ? null : textNumber(m[1] ?? "");
  return { yes, points: fromText ?? cellPoints };
}
