/** Pieces of the Vietnamese messages: numbers, name lists, sentence starts. */

const numberFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 3 });

/** 2735.764 → "2.735,764" (decimal comma, dot grouping). */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
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
