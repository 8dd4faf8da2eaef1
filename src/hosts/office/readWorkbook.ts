/**
 * Reads the workbook in bounded requests. Excel on the web refuses an answer
 * above 5 MB (ResponsePayloadSizeLimitExceeded) and every platform answers null
 * values for a read above 5 million cells, so no request asks for more than
 * RESPONSE_BUDGET_BYTES of cells, by estimate, and a sheet too large to read at
 * all is skipped (the engine reports it).
 *
 * When the host knows the sheets from its last read, one request loads the
 * sheet names in tab order (to check its list), the tool's workbook names, and
 * each known sheet's used range with its values (WorksheetCollection.getItem,
 * ExcelApi 1.1; getUsedRangeOrNullObject, 1.4), sized by what the sheet weighed
 * last time. Which worksheets exist is only known after a sync, so:
 * - sheets the list lacks (added by the user since) take one more request for
 *   their size, then their values;
 * - a known sheet deleted or renamed since makes getItem fail the request with
 *   ItemNotFound, and a sheet grown past the budget fails it with
 *   ResponsePayloadSizeLimitExceeded: readKnownWorkbook then answers null and
 *   the caller reads again knowing nothing.
 * Knowing nothing (the first read): the names, then the sizes, then the values
 * (in row blocks when a sheet is large): three requests for an ordinary workbook.
 * Worksheet events could keep the list fresh instead, but they need ExcelApi
 * 1.7 and a rename has no event before 1.17: the check in the request needs neither.
 */
import type { RawValue, SheetSnapshot, SkippedSheet } from "../../engine/read/snapshot";
import { parseCellAddress, rangeAddress } from "../../engine/a1";
import { isDateFormat } from "../../engine/read/parseDate";
import { TEMPORARY_SHEET } from "./applyWriteSpec";
import { officeErrorCode } from "./officeHostError";
import { utf8Length } from "./sheetSteps";
import type { WorkbookLayout } from "./workbookLayout";
import { queueLayout } from "./workbookLayout";

/** Below Excel on the web's 5 MB answer, with room for the JSON around the cells. */
export const RESPONSE_BUDGET_BYTES = 4.5 * 1024 * 1024;
/** A sheet with more cells than this in its used range is not read (Excel's own cap is 5 million per read). */
export const MAX_SHEET_CELLS = 2_000_000;
/** Estimated answer bytes per cell of a sheet never read: its value and its number format in JSON. */
const BYTES_PER_UNSEEN_CELL = 24;
/** Days between the 1900 and 1904 date systems' day 0. */
const DAYS_1904 = 1462;

/** What the host remembers between reads. */
export interface ReadMemory {
  /** Sheet names as of the last read or write: what the one-request read asks for. */
  readonly sheets: readonly string[];
  /** Answer bytes of each sheet at its last read, by sheet key. */
  readonly bytes: ReadonlyMap<string, number>;
  /** The workbook's date system, once known. */
  readonly date1904: boolean | null;
}

export const EMPTY_MEMORY: ReadMemory = { sheets: [], bytes: new Map(), date1904: null };

export interface ReadResult {
  readonly sheets: readonly SheetSnapshot[];
  readonly skipped: readonly SkippedSheet[];
  readonly layout: WorkbookLayout;
  readonly memory: ReadMemory;
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
 * matched to the loaded names case-blind.
 */
function sheetKey(name: string): string {
  return name.toLowerCase();
}

interface SheetRead {
  readonly name: string;
  top: number;
  left: number;
  rows: number;
  columns: number;
  empty: boolean;
  values: RawValue[][] | null;
  formats: string[][] | null;
}

/** The answer of one range: values and formats, null when Excel gave none (above its cell cap). */
function cellsOf(range: Excel.Range): { values: RawValue[][]; formats: string[][] } | null {
  if (range.values === null || range.numberFormat === null) return null;
  return {
    values: range.values.map((row) => row.map(rawValue)),
    formats: range.numberFormat.map((row) => row.map((f) => (typeof f === "string" && f.length > 0 ? f : "General"))),
  };
}

/** Serials in a 1904 workbook count from 1904-01-01; the engine reads 1900 serials. */
function to1900Dates(values: RawValue[][], formats: readonly (readonly string[])[]): void {
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === "number" && isDateFormat(formats[r]![c]!)) row[c] = v + DAYS_1904;
    }),
  );
}

function bytesOf(read: SheetRead): number {
  return utf8Length(JSON.stringify(read.values)) + utf8Length(JSON.stringify(read.formats));
}

interface Block {
  readonly read: SheetRead;
  readonly first: number;
  readonly last: number;
  readonly bytes: number;
}

/** Halves of a block of rows (a one-row block stays whole), each estimated at the whole's bytes: the estimate fell short by at least that much. */
function halves(block: Block): Block[] {
  if (block.last === block.first) return [block];
  const mid = Math.floor((block.first + block.last) / 2);
  return [
    { read: block.read, first: block.first, last: mid, bytes: block.bytes },
    { read: block.read, first: mid + 1, last: block.last, bytes: block.bytes },
  ];
}

/**
 * Reads the blocks in requests within the budget, in order. A sheet's cells may
 * weigh more than the estimate: when Excel refuses an answer as too large
 * (nothing is lost, it is a read), the blocks of that request are halved and
 * read again, down to single rows.
 */
async function readBlocks(context: Excel.RequestContext, blocks: readonly Block[]): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const queue = [...blocks];
  while (queue.length > 0) {
    const request: { block: Block; range: Excel.Range }[] = [];
    let requestBytes = 0;
    while (queue.length > 0 && (request.length === 0 || requestBytes + queue[0]!.bytes <= RESPONSE_BUDGET_BYTES)) {
      const block = queue.shift()!;
      const { read } = block;
      const range = worksheets.getItem(read.name).getRange(rangeAddress(read.top + block.first, read.left, read.top + block.last, read.left + read.columns - 1));
      range.load("values,numberFormat");
      request.push({ block, range });
      requestBytes += block.bytes;
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per 4.5 MB of cells: the loop only runs again for a workbook that large
      await context.sync();
    } catch (error) {
      const split = request.flatMap(({ block }) => halves(block));
      if (officeErrorCode(error) !== "ResponsePayloadSizeLimitExceeded" || split.length === request.length) throw error;
      queue.unshift(...split);
      continue;
    }
    for (const { block, range } of request) {
      const cells = cellsOf(range);
      if (cells === null) throw new Error(`Excel gave no values for ${block.read.name}`);
      cells.values.forEach((row, i) => (block.read.values![block.first + i] = row));
      cells.formats.forEach((row, i) => (block.read.formats![block.first + i] = row));
    }
  }
}

async function readSheets(context: Excel.RequestContext, memory: ReadMemory): Promise<ReadResult> {
  const worksheets = context.workbook.worksheets;
  const layoutQuery = queueLayout(context);
  const dateProbe = memory.date1904 === null ? context.workbook.functions.date(1904, 1, 1).load("value") : null;

  // Request 1: the known sheets, with their values while the estimate stays within the budget.
  const used = new Map<string, { range: Excel.Range; withCells: boolean }>();
  let budget = RESPONSE_BUDGET_BYTES;
  for (const name of memory.sheets) {
    const last = memory.bytes.get(sheetKey(name));
    const withCells = last !== undefined && last <= budget;
    if (withCells) budget -= last;
    const range = worksheets.getItem(name).getUsedRangeOrNullObject(true);
    if (withCells) range.load("address,rowCount,columnCount,values,numberFormat");
    else range.load("address,rowCount,columnCount");
    used.set(sheetKey(name), { range, withCells });
  }
  await context.sync();
  const layout = layoutQuery.take();
  const date1904 = dateProbe === null ? memory.date1904 : dateProbe.value === 0;

  // A ThiDua~n sheet is the tool's, stranded by a failed write: never the user's data (the next write deletes it).
  const userSheets = layout.sheets.filter((name) => !TEMPORARY_SHEET.test(name));
  const unknown = userSheets.filter((name) => !used.has(sheetKey(name)));
  if (unknown.length > 0) {
    for (const name of unknown) {
      const range = worksheets.getItem(name).getUsedRangeOrNullObject(true);
      range.load("address,rowCount,columnCount");
      used.set(sheetKey(name), { range, withCells: false });
    }
    await context.sync();
  }

  const reads: SheetRead[] = userSheets.map((name) => {
    const { range, withCells } = used.get(sheetKey(name))!;
    if (range.isNullObject) return { name, top: 0, left: 0, rows: 0, columns: 0, empty: true, values: [], formats: [] };
    const { top, left } = topLeftOf(range.address);
    const cells = withCells ? cellsOf(range) : null;
    return { name, top, left, rows: range.rowCount, columns: range.columnCount, empty: false, values: cells?.values ?? null, formats: cells?.formats ?? null };
  });

  // The rest, in row blocks packed into requests within the budget.
  const skipped: SkippedSheet[] = [];
  const pending = reads.filter((r) => r.values === null);
  const blocks: Block[] = [];
  for (const read of pending) {
    if (read.rows * read.columns > MAX_SHEET_CELLS) {
      skipped.push({ name: read.name, rows: read.rows, columns: read.columns });
      continue;
    }
    const rowBytes = Math.max(1, read.columns * BYTES_PER_UNSEEN_CELL);
    const rowsPerBlock = Math.max(1, Math.floor(RESPONSE_BUDGET_BYTES / rowBytes));
    read.values = [];
    read.formats = [];
    for (let first = 0; first < read.rows; first += rowsPerBlock) {
      const last = Math.min(read.rows, first + rowsPerBlock) - 1;
      blocks.push({ read, first, last, bytes: (last - first + 1) * rowBytes });
    }
  }
  await readBlocks(context, blocks);

  const bytes = new Map<string, number>();
  const skippedNames = new Set(skipped.map((s) => s.name));
  // A skipped sheet stays known (its size comes with the first request) but is never asked for its cells.
  for (const name of skippedNames) bytes.set(sheetKey(name), Number.POSITIVE_INFINITY);
  const sheets = reads
    .filter((r) => !skippedNames.has(r.name))
    .map((r): SheetSnapshot => {
      const values = r.values ?? [];
      const formats = r.formats ?? [];
      bytes.set(sheetKey(r.name), bytesOf(r));
      if (date1904 === true) to1900Dates(values, formats);
      return { name: r.name, top: r.top, left: r.left, values, formats, tag: layout.tagSheets.get(r.name) ?? null };
    });
  return { sheets, skipped, layout, memory: { sheets: reads.map((r) => r.name), bytes, date1904 } };
}

/** The whole workbook, learning the sheet names and sizes first. */
export function readWorkbook(context: Excel.RequestContext, memory: ReadMemory = EMPTY_MEMORY): Promise<ReadResult> {
  return readSheets(context, { ...EMPTY_MEMORY, date1904: memory.date1904 });
}

/** The whole workbook in one request when the host's memory still holds; null when a known sheet is gone or grew too large. */
export async function readKnownWorkbook(context: Excel.RequestContext, memory: ReadMemory): Promise<ReadResult | null> {
  try {
    return await readSheets(context, memory);
  } catch (error) {
    const code = officeErrorCode(error);
    if (code === "ItemNotFound" || code === "ResponsePayloadSizeLimitExceeded") return null;
    throw error;
  }
}
