/** Label matching per docs/so-lieu.md: case, diacritics (đ = d), spacing, line breaks,
 * a trailing colon and a trailing unit in parentheses are ignored. */

const COMBINING = /[\u0300-\u036f]/g;

/** Lower case, no diacritics, đ → d, single spaces, trimmed. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** fold() and also drops a trailing colon and a trailing "(…)" unit: "Thực hiện (tỷ đồng):" → "thuc hien". */
export function normalizeLabel(text: string): string {
  let s = fold(text);
  for (;;) {
    const next = s.replace(/:\s*$/, "").replace(/\s*\([^()]*\)\s*$/, "").trim();
    if (next === s) return s;
    s = next;
  }
}

const collator = new Intl.Collator("vi");

/** Vietnamese collation (a < ă < â, d < đ, …) for ordering names; never for breaking ties. */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Same unit name? "huyện Đak Đoa" and "Đak Đoa" and "ĐAK ĐOA" match; so do exact folds. */
export function sameMemberName(a: string, b: string): boolean {
  const fa = stripUnitPrefix(fold(a));
  const fb = stripUnitPrefix(fold(b));
  return fa.length > 0 && fa === fb;
}

const UNIT_PREFIXES = ["thanh pho", "thi xa", "thi tran", "huyen", "quan", "xa", "phuong", "so", "ban"];

function stripUnitPrefix(folded: string): string {
  for (const p of UNIT_PREFIXES) {
    if (folded.startsWith(p + " ")) return folded.slice(p.length + 1);
  }
  return folded;
}
