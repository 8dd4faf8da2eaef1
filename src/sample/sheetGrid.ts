/** A sheet laid out as rows of typed cells, written either as an ExcelJS sheet or as a snapshot. */
import type ExcelJS from "exceljs";
import type { RawValue, SheetSnapshot } from "../engine/read/snapshot";

export type GridValue = string | number | Date | null;

export type RowStyle = "title" | "subtitle" | "label" | "header" | "group" | "body" | "total";

export interface GridRow {
  readonly style: RowStyle;
  readonly cells: readonly GridValue[];
  /** Number formats by column index; missing = General. */
  readonly formats?: Readonly<Record<number, string>>;
}

export interface SheetGrid {
  readonly name: string;
  readonly rows: readonly GridRow[];
  /** A1 ranges. */
  readonly merges: readonly string[];
  readonly widths: readonly number[];
}

const FONT = "Times New Roman";
const HEADER_FILL = "FFDDEBF7";
const MS_PER_DAY = 86_400_000;

export function writeGrid(ws: ExcelJS.Worksheet, grid: SheetGrid): void {
  const width = grid.widths.length;
  grid.rows.forEach((line, r) => {
    const row = ws.getRow(r + 1);
    for (let c = 0; c < width; c++) {
      const cell = row.getCell(c + 1);
      const value = line.cells[c] ?? null;
      if (value !== null) cell.value = value;
      const format = line.formats?.[c];
      if (format !== undefined) cell.numFmt = format;
      styleCell(cell, line.style, c);
    }
    if (line.style === "title") row.height = 20;
    if (line.style === "header") row.height = 32;
  });
  for (const range of grid.merges) ws.mergeCells(range);
  grid.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } as ExcelJS.Worksheet["pageSetup"];
}

function styleCell(cell: ExcelJS.Cell, style: RowStyle, col: number): void {
  const bold = style === "title" || style === "header" || style === "group" || style === "total";
  cell.font = { name: FONT, size: style === "title" ? 13 : 12, bold, italic: style === "subtitle" };
  const boxed = style === "header" || style === "group" || style === "body" || style === "total";
  if (boxed) {
    const thin = { style: "thin" as const };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style === "header") cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  const centred = style === "title" || style === "subtitle" || style === "header" || (boxed && col === 0);
  cell.alignment = { vertical: "middle", wrapText: boxed, ...(centred ? { horizontal: "center" } : {}) };
}

/** The same grid as the engine sees it after a host read it (for in-memory runs and the benchmark). */
export function gridSnapshot(grid: SheetGrid): SheetSnapshot {
  const width = grid.widths.length;
  const values: RawValue[][] = [];
  const formats: string[][] = [];
  for (const line of grid.rows) {
    values.push(Array.from({ length: width }, (_, c) => rawOf(line.cells[c] ?? null)));
    formats.push(Array.from({ length: width }, (_, c) => line.formats?.[c] ?? "General"));
  }
  return { name: grid.name, top: 0, left: 0, values, formats, tag: null };
}

function rawOf(value: GridValue): RawValue {
  return value instanceof Date ? value.getTime() / MS_PER_DAY + 25_569 : value;
}
