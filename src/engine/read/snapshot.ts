import type { Finding } from "../findings";

/**
 * What a host hands the engine: sheet names and, per sheet, the raw values and
 * number formats of its used range. Plain data, JSON-serialisable.
 */

/** A raw cell value as a host reads it. Dates arrive as Excel serial numbers
 * (with a date number format); Excel error values as their text ("#DIV/0!"). */
export type RawValue = string | number | boolean | null;

export interface SheetSnapshot {
  readonly name: string;
  /** Zero-based row and column of values[0][0] on the sheet (the used range may not start at A1). */
  readonly top: number;
  readonly left: number;
  /** Rectangular: every row has the same length. */
  readonly values: readonly (readonly RawValue[])[];
  /** Same shape as values; "General" where the cell has no format. */
  readonly formats: readonly (readonly string[])[];
  /** The tool's tag when the tool wrote this sheet (e.g. "ranking_2024"), else null. */
  readonly tag: string | null;
}

/** A sheet the host did not read: its used range is too large to bring over (a stray value far from the table). */
export interface SkippedSheet {
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
}

export interface WorkbookSnapshot {
  /** File name (no folder) when the workbook came from a file, else null. */
  readonly file: string | null;
  readonly sheets: readonly SheetSnapshot[];
  /** Sheets left out of `sheets` because they were too large to read. */
  readonly skipped?: readonly SkippedSheet[];
  /** What the host met while reading (a sheet too large to read, stray cells left out). */
  readonly findings?: readonly Finding[];
}
