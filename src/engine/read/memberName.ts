/** Whose report a sheet is (docs/so-lieu.md §3): a "Đơn vị:" label above the table, else the sheet
 * name unless generic, else the file name. */
import type { SheetSnapshot } from "./snapshot";
import type { LabelCache } from "./labelCache";
import { rawAt, rawText, widthOf } from "./sheetCells";

/** "Đơn vị:", "Tên đơn vị:", "Đơn vị báo cáo:" (docs/so-lieu.md §3), as normalised labels. */
const MEMBER_LABELS: ReadonlySet<string> = new Set(["don vi", "ten don vi", "don vi bao cao"]);

/** "Đơn vị: triệu đồng" above a table is the unit of its figures, not a member. */
const MEASURE = /^(?:nghin |ngan |trieu |ty )?(?:dong|usd|%|ha|tan|nguoi|km|m2|kg|lit)$/;

/** Sheet names that say nothing about the member: Sheet1, Trang tính1, Báo cáo, Report, Biểu 01, Mẫu 2. */
const GENERIC = /^(?:sheet|trang tinh|bao cao|report|bieu|bieu mau|mau|bc|du lieu|so lieu|data)(?:\s*(?:so|nam)?\s*[\d\s.\-_()]*)?$/;

/** The value of a "Đơn vị:" label in the rows above the header, or null. */
export function labelledMember(sheet: SheetSnapshot, headerTop: number, labels: LabelCache): string | null {
  const width = widthOf(sheet, headerTop);
  for (let r = 0; r < headerTop; r++) {
    for (let c = 0; c < width; c++) {
      const raw = rawAt(sheet, r, c);
      if (typeof raw !== "string") continue;
      const colon = raw.indexOf(":");
      const head = colon >= 0 ? raw.slice(0, colon) : raw;
      if (!MEMBER_LABELS.has(labels.label(head))) continue;
      let value = colon >= 0 ? raw.slice(colon + 1).trim() : "";
      for (let k = c + 1; value === "" && k < width; k++) value = rawText(rawAt(sheet, r, k));
      if (value !== "" && !MEASURE.test(labels.fold(value))) return value;
    }
  }
  return null;
}

export function isGenericSheetName(name: string, labels: LabelCache): boolean {
  return GENERIC.test(labels.fold(name));
}

/** The member of a report sheet; `importedAs` is the member part of a "TH <member>" consolidation sheet. */
export function memberName(sheet: SheetSnapshot, headerTop: number, file: string | null, labels: LabelCache, importedAs: string | null): string {
  const labelled = labelledMember(sheet, headerTop, labels);
  if (labelled !== null) return labelled;
  if (importedAs !== null && importedAs !== "") return importedAs;
  if (!isGenericSheetName(sheet.name, labels) || file === null) return sheet.name.trim();
  const base = file.replace(/\.[^.]*$/, "").trim();
  return base === "" ? sheet.name.trim() : base;
}

/** "TH huyện Kbang (2)" → "huyện Kbang". */
export function importedMember(sheetName: string): string {
  return sheetName.replace(/^\s*TH\s+/i, "").replace(/\s*\(\d+\)\s*$/, "").trim();
}
