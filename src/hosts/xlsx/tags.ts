/** The tool marks the sheets it writes with a workbook-level defined name ThiDua_<tag> on A1. */
import { sheetRef } from "../../engine/a1";
import type { DefinedNameEntry } from "./read/workbookIndex";

export const TAG_PREFIX = "ThiDua_";

/** Sheet name → tag, from the defined names. */
export function readTags(names: readonly DefinedNameEntry[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const { name, formula, localSheetId } of names) {
    if (!name.startsWith(TAG_PREFIX) || localSheetId !== null) continue;
    const sheet = sheetOfRange(formula.split(",")[0]!.trim());
    if (sheet !== null) tags.set(sheet, name.slice(TAG_PREFIX.length));
  }
  return tags;
}

export function tagName(sheet: string, tag: string): DefinedNameEntry {
  return { name: TAG_PREFIX + tag, localSheetId: null, formula: sheetRef(sheet, "$A$1") };
}

/** "'Xếp hạng 2024'!$A$1" → "Xếp hạng 2024"; "Sheet1!$A$1" → "Sheet1"; "'Cư M''gar'!A1" → "Cư M'gar". */
export function sheetOfRange(range: string): string | null {
  const bang = range.lastIndexOf("!");
  if (bang <= 0) return null;
  const sheet = range.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}
