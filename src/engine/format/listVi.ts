/** Joins names as Vietnamese prose: "A", "A và B", "A, B và C". */
export function listVi(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} và ${items[items.length - 1]}`;
}
