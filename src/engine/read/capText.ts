/** Caps written in a row's own text or in a "Ghi chú" row (docs/so-lieu.md §2): "tối đa 1 điểm", "không quá
 * 1,5 điểm", "Ghi chú: Tổng điểm trừ của mục a1 không quá 1,5 điểm". */
import { fold } from "../text";
import { NUMBER, textNumber } from "./textNumber";

const CAP = new RegExp(String.raw`(?:toi da|khong qua)\s*(?:la\s*)?(?:khong qua\s*)?(${NUMBER})\s*diem`);

/** The first cap figure of a text (decided reading: several figures, the first), or null. */
export function capInText(text: string): number | null {
  const m = CAP.exec(fold(text));
  return m === null ? null : textNumber(m[1] ?? "");
}

export interface NoteCap {
  readonly kind: "penalty" | "bonus";
  readonly cap: number;
  /** The code named ("mục a1"), as written, or null for the item above. */
  readonly code: string | null;
}

const NOTE = /^ghi chu\s*:/;
const TOTAL_OF = /tong diem (tru|cong)\b/;
const NAMED = /\bmuc\s+([a-z0-9][a-z0-9.]*[a-z0-9]|[a-z0-9])/;

/** A "Ghi chú:" row that caps the penalties or bonuses of an item, or null. */
export function readNoteCap(text: string): NoteCap | null {
  const f = fold(text);
  if (!NOTE.test(f)) return null;
  const kind = TOTAL_OF.exec(f);
  const cap = capInText(text);
  if (kind === null || cap === null) return null;
  const named = NAMED.exec(f);
  return { kind: kind[1] === "tru" ? "penalty" : "bonus", cap, code: named === null ? null : (named[1] ?? null) };
}
