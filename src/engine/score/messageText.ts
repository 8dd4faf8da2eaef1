/** Pieces of the Vietnamese messages: numbers, name lists, sentence starts. */

/** 2735.764 → "2.735,764": Vietnamese decimal comma and dot grouping, at most three decimals.
 * Written by hand because Intl.NumberFormat is slow enough to matter when every row of 500 reports has a warning. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(Math.abs(value) * 1000) / 1000;
  const [whole = "0", decimals] = String(rounded).split(".");
  if (whole.includes("e")) return String(value);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ".");
  const sign = value < 0 && rounded !== 0 ? "-" : "";
  return decimals === undefined ? sign + grouped : `${sign}${grouped},${decimals}`;
}

/** ["A", "B", "C"] → "A, B và C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} và ${names[names.length - 1]}`;
}

/** "chỉ tiêu 3 …" → "Chỉ tiêu 3 …" at the start of a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
