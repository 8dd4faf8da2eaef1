/** Test factories: build snapshots from plain 2D arrays, so tests read like the sheets they describe. */
import type { RawValue, SheetSnapshot, WorkbookSnapshot } from "../read/snapshot";

export interface GridOptions {
  /** Zero-based position of the first cell on the sheet (the used range may not start at A1). */
  readonly top?: number;
  readonly left?: number;
  /** Number formats by A1-relative position "row,col" (zero-based, relative to the grid), e.g. { "3,4": "0.00%" }. */
  readonly formats?: Readonly<Record<string, string>>;
  /** One format for every numeric cell of a column (zero-based, relative to the grid). */
  readonly columnFormats?: Readonly<Record<number, string>>;
  readonly tag?: string | null;
}

/** A sheet from rows of raw values; short rows are padded with null so the grid is rectangular. */
export function grid(name: string, rows: readonly (readonly RawValue[])[], options: GridOptions = {}): SheetSnapshot {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  const formats = values.map((r, ri) =>
    r.map((v, ci) => options.formats?.[`${ri},${ci}`] ?? (typeof v === "number" ? options.columnFormats?.[ci] : undefined) ?? "General"),
  );
  return { name, top: options.top ?? 0, left: options.left ?? 0, values, formats, tag: options.tag ?? null };
}

export function workbook(file: string | null, ...sheets: readonly SheetSnapshot[]): WorkbookSnapshot {
  return { file, sheets };
}
