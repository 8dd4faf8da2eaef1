/**
 * A sheet to write, as plain data: hosts (Office.js, ExcelJS) replay it.
 * Coordinates are zero-based; a Rect is inclusive on all sides.
 */

export type SpecValue = string | number | boolean | null;

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface CellStyle {
  readonly fontName?: string;
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** "RRGGBB" */
  readonly color?: string;
  /** Solid fill, "RRGGBB" */
  readonly fill?: string;
  readonly numberFormat?: string;
  readonly horizontal?: "left" | "center" | "right" | "justify";
  readonly vertical?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  /** Thin or medium border on every edge of every cell in the range. */
  readonly border?: "thin" | "medium";
}

export type OutputKind = "ranking" | "detail" | "minutes" | "findings" | "import";

/**
 * How the printed page is scaled (Excel's "Adjust to" or "Fit to").
 * Excel ignores manual breaks under "fit", so a sheet that sets rowBreaks/columnBreaks uses "percent".
 */
export type PrintScale =
  /** A fixed zoom, 10–400 percent. */
  | { readonly kind: "percent"; readonly percent: number }
  /** Shrink to this many pages wide and tall; 0 = as many as needed on that axis. */
  | { readonly kind: "fit"; readonly pagesWide: number; readonly pagesTall: number };

/** Zero-based, inclusive row or column span. */
export interface Span {
  readonly first: number;
  readonly last: number;
}

export interface PageSetup {
  /** Always A4. */
  readonly orientation: "portrait" | "landscape";
  readonly scale: PrintScale;
  /** Millimetres. */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  /** Centre the printed area between the left and right margins. */
  readonly centerHorizontally: boolean;
  readonly printArea: Rect | null;
  /** Rows repeated at the top of every printed page, or null. */
  readonly printTitleRows: Span | null;
  /** Columns repeated at the left of every printed page, or null. */
  readonly printTitleColumns: Span | null;
  /** Manual page breaks: a new page starts above each of these zero-based rows (never 0). */
  readonly rowBreaks: readonly number[];
  /** Manual page breaks: a new page starts left of each of these zero-based columns (never 0). */
  readonly columnBreaks: readonly number[];
}

export interface SheetSpec {
  readonly kind: OutputKind;
  /** Identity across runs, ASCII [A-Za-z0-9_] (e.g. "ranking_2024"): a re-run replaces the sheet with the same tag. */
  readonly tag: string;
  /** Wanted sheet name, before the same-name rule (at most 31 characters, no []:*?/\). */
  readonly name: string;
  /** Dense from A1; every row has the same length. Strings are always written literally, never as formulas. */
  readonly values: readonly (readonly SpecValue[])[];
  /** Applied in order; later entries override earlier ones where they overlap. */
  readonly styles: readonly { readonly range: Rect; readonly style: CellStyle }[];
  readonly merges: readonly Rect[];
  /** Excel character widths, one per column from A. */
  readonly columnWidths: readonly number[];
  /** Points. */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  readonly freeze: { readonly rows: number; readonly columns: number } | null;
  /** Internal hyperlinks: the cell shows its value and jumps to sheet!cell. */
  readonly links: readonly { readonly row: number; readonly col: number; readonly sheet: string; readonly cell: string }[];
  readonly conditionalFormats: readonly { readonly range: Rect; readonly kind: "dataBar"; readonly color: string }[];
  readonly page: PageSetup;
  /** A native Excel table over this range (header row = range.top), where the host supports it. */
  readonly table: { readonly range: Rect; readonly style: string } | null;
  /** A clustered bar chart, where the host supports it. */
  readonly chart: { readonly title: string; readonly categories: Rect; readonly values: Rect; readonly anchor: Rect } | null;
}

/** One sheet to write, after the same-name rule. */
export interface SheetWrite {
  readonly spec: SheetSpec;
  /** Final sheet name. */
  readonly name: string;
  /** Name of the tool's own earlier sheet that this one replaces (same tag), or null. */
  readonly replaces: string | null;
}

export interface WriteSpec {
  readonly sheets: readonly SheetWrite[];
  /** Sheet to activate after writing. */
  readonly activate: string | null;
}
