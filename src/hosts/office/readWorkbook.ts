/**
 * Reads the workbook in one sync when the host already knows its sheet names.
 * One request loads the sheet names in tab order (to check the host's list),
 * the tool's workbook names, and the used range of every sheet the host knows
 * (WorksheetCollection.getItem by name, ExcelApi 1.1; getUsedRangeOrNullObject,
 * 1.4). Which worksheets exist is only known after a sync, so:
 * - sheets the list lacks (added by the user since) are read in one more sync;
 * - a known sheet deleted or renamed since makes getItem fail the request with
 *   ItemNotFound (documented for getItem): readKnownWorkbook then answers null
 *   and the caller reads again knowing nothing.
 * Knowing nothing (the first read) is the same path with an empty list: two syncs.
 * Worksheet events (onAdded/onDeleted) could keep the list fresh instead, but
 * they need ExcelApi 1.7, above the 1.4 the host requires, and a rename has no
 * event before ExcelApi 1.17 (onNameChanged): the check in the request needs neither.
 */
import type { RawValue, SheetSnapshot } from "../../engine/read/snapshot";
import { parseCellAddress } from "../../engine/a1";
import { officeErrorCode } from "./officeHostError";
import { TEMPORARY_SHEET } from "./applyWriteSpec";
import type { WorkbookLayout } from "./workbookLayout";
import { queueLayout } from "./workbookLayout";

export interface ReadResult {
  readonly sheets: readonly SheetSnapshot[];
  readonly layout: WorkbookLayout;
}

/** "'Báo cáo'!B3:F40" → { top: 2, left: 1 }. */
export function topLeftOf(address: string): { top: number; left: number } {
  const local = address.slice(address.lastIndexOf("!") + 1).split(":")[0] ?? "";
  const cell = parseCellAddress(local);
  return cell === null ? { top: 0, left: 0 } : { top: cell.row, left: cell.col };
}

/** Excel reports an empty cell as ""; the snapshot says null. */
function rawValue(value: unknown): RawValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/**
 * Excel refuses two sheet names that differ only in case, so the host's list is
 * matched to the loaded names case-blind. (Were getItem case-sensitive, a sheet
 * renamed only in case would just take the ItemNotFound path.)
 */
function sheetKey(name: string): string {
  return name.toLowerCase();
}

/** Queues the used range (valuesOnly: formatting far below the data must not inflate the grid) of each named sheet. */
function queueUsedRanges(context: Excel.RequestContext, names: readonly string[], into: Map<string, Excel.Range>): void {
  const worksheets = context.workbook.worksheets;
  for (const name of names) {
    const range = worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load("address,values,numberFormat");
    into.set(sheetKey(name), range);
  }
}

function sheetSnapshot(name: string, range: Excel.Range, tag: string | null): SheetSnapshot {
  if (range.isNullObject) return { name, top: 0, left: 0, values: [], formats: [], tag };
  const { top, left } = topLeftOf(range.address);
  const values = range.values.map((row) => row.map(rawValue));
  const formats = range.numberFormat.map((row) => row.map((f) => (typeof f === "string" && f.length > 0 ? f : "General")));
  return { name, top, left, values, formats, tag };
}

async function readSheets(context: Excel.RequestContext, knownSheets: readonly string[]): Promise<ReadResult> {
  const layoutQuery = queueLayout(context);
  const used = new Map<string, Excel.Range>();
  queueUsedRanges(context, knownSheets, used);
  await context.sync();
  const layout = layoutQuery.take();

  // A ThiDua~n sheet is the tool's, stranded by a failed write: never the user's data (the next write deletes it).
  const userSheets = layout.sheets.filter((name) => !TEMPORARY_SHEET.test(name));
  const unknown = userSheets.filter((name) => !used.has(sheetKey(name)));
  if (unknown.length > 0) {
    queueUsedRanges(context, unknown, used);
    await context.sync();
  }

  const sheets = userSheets.map((name) => sheetSnapshot(name, used.get(sheetKey(name))!, layout.tagSheets.get(name) ?? null));
  return { sheets, layout };
}

/** The whole workbook, learning the sheet names first: two syncs. */
export function readWorkbook(context: Excel.RequestContext): Promise<ReadResult> {
  return readSheets(context, []);
}

/** The whole workbook, given the sheet names the host last saw: one sync (two when sheets were added); null when one of them is gone. */
export async function readKnownWorkbook(context: Excel.RequestContext, knownSheets: readonly string[]): Promise<ReadResult | null> {
  try {
    return await readSheets(context, knownSheets);
  } catch (error) {
    if (officeErrorCode(error) === "ItemNotFound") return null;
    throw error;
  }
}
