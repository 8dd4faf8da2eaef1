/** The tool marks the sheets it writes with a workbook-level defined name ThiDua_<tag> on A1. */
import type { Workbook } from "exceljs";
import { sheetRef } from "../../engine/a1";

export const TAG_PREFIX = "ThiDua_";

/** Sheet name → tag, from the defined names. */
export function readTags(workbook: Workbook): Map<string, string> {
  const tags = new Map<string, string>();
  for (const { name, ranges } of definedNames(workbook)) {
    if (!name.startsWith(TAG_PREFIX)) continue;
    const sheet = ranges[0] === undefined ? null : sheetOfRange(ranges[0]);
    if (sheet !== null) tags.set(sheet, name.slice(TAG_PREFIX.length));
  }
  return tags;
}

export function addTag(workbook: Workbook, sheet: string, tag: string): void {
  workbook.definedNames.add(sheetRef(sheet, "$A$1"), TAG_PREFIX + tag);
}

/** Drops every defined name that points into the sheet (its tag, and any other of ours). */
export function removeNamesOf(workbook: Workbook, sheet: string): void {
  const kept = definedNames(workbook)
    .map(({ name, ranges }) => ({ name, ranges: ranges.filter((r) => sheetOfRange(r) !== sheet) }))
    .filter(({ ranges }) => ranges.length > 0);
  (workbook.definedNames as unknown as { model: DefinedName[] }).model = kept;
}

interface DefinedName {
  readonly name: string;
  readonly ranges: readonly string[];
}

// ExcelJS types definedNames without its `model`, which is the only way to list them.
function definedNames(workbook: Workbook): readonly DefinedName[] {
  return (workbook.definedNames as unknown as { model: DefinedName[] }).model;
}

/** "'Xếp hạng 2024'!$A$1" → "Xếp hạng 2024"; "Sheet1!$A$1" → "Sheet1". */
function sheetOfRange(range: string): string | null {
  const bang = range.lastIndexOf("!");
  if (bang <= 0) return null;
  const sheet = range.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}
