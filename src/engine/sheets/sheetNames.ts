import { fold } from "../text";

export const MAX_SHEET_NAME = 31;

/** Excel keeps "History" for its change-tracking sheet and refuses it as a name, in any case. */
const RESERVED_SHEET_NAME = "history";

/** Excel's limits: no []:*?/\, no leading or trailing apostrophe, at most 31 characters, not empty, not "History". */
export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "");
  const cut = Array.from(cleaned).slice(0, MAX_SHEET_NAME).join("").trim();
  if (cut.toLowerCase() === RESERVED_SHEET_NAME) return `${cut} (2)`;
  return cut.length > 0 ? cut : "Trang tính";
}

/** "huyện Đak Đoa" → "huyen_dak_doa": tags are ASCII [A-Za-z0-9_]. */
export function tagSlug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** "ranking_2024", or "ranking" when the year is unknown. */
export function yearTag(kind: string, year: number | null): string {
  return year === null ? kind : `${kind}_${year}`;
}

/** "Xếp hạng 2024", or "Xếp hạng" when the year is unknown. */
export function yearName(title: string, year: number | null): string {
  return year === null ? title : `${title} ${year}`;
}
