/** Sentence starts in Vietnamese messages. (Numbers and name lists: formatVi.ts, listVi.ts.) */

/** "chỉ tiêu 3 …" → "Chỉ tiêu 3 …" at the start of a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
