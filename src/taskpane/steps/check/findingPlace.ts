import type { Where } from "../../../engine";

/** "Báo cáo!E12" as Excel writes a reference; null for a finding about the whole workbook. */
export function findingPlace(where: Pick<Where, "sheet" | "cell">): string | null {
  if (where.sheet === null) return null;
  return where.cell === null ? where.sheet : `${where.sheet}!${where.cell}`;
}
