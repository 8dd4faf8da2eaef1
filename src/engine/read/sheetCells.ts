/** Safe access to a snapshot's grid (hosts promise a rectangle; the reader does not rely on it). */
import type { RawValue, SheetSnapshot } from "./snapshot";
import { cellAddress } from "../a1";

export function rawAt(sheet: SheetSnapshot, row: number, col: number): RawValue {
  return sheet.values[row]?.[col] ?? null;
}

export function formatAt(sheet: SheetSnapshot, row: number, col: number): string {
  return sheet.formats[row]?.[col] ?? "General";
}

/** The cell's text as the user sees it, trimmed; "" for blank. */
export function textAt(sheet: SheetSnapshot, row: number, col: number): string {
  return rawText(rawAt(sheet, row, col));
}

export function rawText(raw: RawValue): string {
  if (raw === null) return "";
  if (typeof raw === "string") return raw.trim();
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  return String(raw);
}

/** A1 address on the sheet of a grid position (the grid may start below or right of A1). */
export function addressAt(sheet: SheetSnapshot, row: number, col: number): string {
  return cellAddress(sheet.top + row, sheet.left + col);
}

/** 1-based sheet row of a grid row. */
export function sheetRow(sheet: SheetSnapshot, row: number): number {
  return sheet.top + row + 1;
}

/** The longest row's length, among the first `rows` rows when given (cells beyond a row's end are blank,
 * so a scan of the rows above a table need not look at the whole sheet). */
export function widthOf(sheet: SheetSnapshot, rows = sheet.values.length): number {
  let w = 0;
  const end = Math.min(rows, sheet.values.length);
  for (let r = 0; r < end; r++) {
    const length = sheet.values[r]?.length ?? 0;
    if (length > w) w = length;
  }
  return w;
}
