/** An ExcelJS workbook → WorkbookSnapshot: per sheet the used range's raw values and number formats. */
import type { Workbook, Worksheet } from "exceljs";
import type { RawValue, SheetSnapshot, WorkbookSnapshot } from "../../engine/read/snapshot";
import { toRawValue } from "./rawValue";
import { readTags } from "./tags";

/** ExcelJS's ValueType.Merge: a cell covered by a merge (only the master holds the value). */
const MERGE_TYPE = 1;

export function workbookSnapshot(workbook: Workbook, fileName: string | null): WorkbookSnapshot {
  const tags = readTags(workbook);
  const date1904 = workbook.properties.date1904 === true;
  return {
    file: fileName,
    sheets: workbook.worksheets.map((ws) => sheetSnapshot(ws, tags.get(ws.name) ?? null, date1904)),
  };
}

interface CellEntry {
  readonly row: number;
  readonly col: number;
  readonly value: RawValue;
  readonly format: string;
}

function sheetSnapshot(ws: Worksheet, tag: string | null, date1904: boolean): SheetSnapshot {
  const cells: CellEntry[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = cell.type === MERGE_TYPE ? null : toRawValue(cell.value, date1904);
      if (value === null || value === "") return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      cells.push({ row: r, col: c, value, format: cell.numFmt || "General" });
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  if (cells.length === 0) return { name: ws.name, top: 0, left: 0, values: [], formats: [], tag };
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: RawValue[][] = Array.from({ length: height }, () => new Array<RawValue>(width).fill(null));
  const formats: string[][] = Array.from({ length: height }, () => new Array<string>(width).fill("General"));
  for (const cell of cells) {
    values[cell.row - top]![cell.col - left] = cell.value;
    formats[cell.row - top]![cell.col - left] = cell.format;
  }
  fillFormatsOfBlankCells(ws, top, left, formats);
  return { name: ws.name, top, left, values, formats, tag };
}

/** Blank cells inside the range keep their own format too (a % column with a missing value). */
function fillFormatsOfBlankCells(ws: Worksheet, top: number, left: number, formats: string[][]): void {
  formats.forEach((line, r) => {
    const row = ws.findRow(top + r + 1);
    if (!row) return;
    line.forEach((format, c) => {
      if (format !== "General") return;
      const numFmt = row.findCell(left + c + 1)?.numFmt;
      if (numFmt) line[c] = numFmt;
    });
  });
}
