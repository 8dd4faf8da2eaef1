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

/** Same unit? Names match ignoring case, diacritics and spacing, and "huyện Đak Đoa" matches "Đak Đoa", but never
 * across unit kinds: "huyện Cai Lậy" and "thị xã Cai Lậy" are two members (Tiền Giang has both). */
export function sameMemberName(a: string, b: string): boolean {
  const ua = unitOf(fold(a));
  const ub = unitOf(fold(b));
  if (ua.rest.length === 0 || ua.rest !== ub.rest) return false;
  return ua.kind === null || ub.kind === null || ua.kind === ub.kind;
}

/** Unit kinds (folded): the kind of a member is never ignored. "so", "ban" are offices (Sở, Ban), kept as before. */
const UNIT_KINDS = ["thanh pho", "thi xa", "thi tran", "huyen", "quan", "xa", "phuong", "so", "ban"];

function unitOf(folded: string): { kind: string | null; rest: string } {
  for (const k of UNIT_KINDS) {
    if (folded.startsWith(k + " ")) return { kind: k, rest: folded.slice(k.length + 1) };
  }
  return { kind: null, rest: folded };
}
