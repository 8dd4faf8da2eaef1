/** The in-memory workbook behind the fake Excel: plain state plus the rules Excel enforces. */
import type { Box } from "./fakeAddress";
import { formatBox, quoteSheet } from "./fakeAddress";

export type FakeValue = string | number | boolean;
export type BorderWeight = "Thin" | "Medium" | "Thick" | "Hairline";

export interface FakeFont {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  underline: "None" | "Single" | "Double";
  color: string;
}

export interface FakeCell {
  /** null for an empty cell or a formula (the fake does not calculate). */
  value: FakeValue | null;
  /** "=…" when Excel took the input as a formula. */
  formula: string | null;
  numberFormat: string;
  font: FakeFont;
  fill: string | null;
  horizontal: string;
  vertical: string;
  wrap: boolean;
  borders: { top: BorderWeight | null; bottom: BorderWeight | null; left: BorderWeight | null; right: BorderWeight | null };
  /** documentReference of an internal hyperlink. */
  hyperlink: string | null;
}

export interface FakePageLayout {
  paperSize: string;
  orientation: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  margins: { top: number; bottom: number; left: number; right: number };
  printArea: string | null;
  printTitleRows: string | null;
  printTitleColumns: string | null;
  centerHorizontally: boolean;
  /** Zero-based rows a manual break sits above, and columns it sits left of. */
  rowBreaks: number[];
  columnBreaks: number[];
}

export interface FakeChart {
  type: string;
  title: string;
  source: string;
  seriesBy: string;
  categories: string | null;
  position: { from: string; to: string } | null;
  legendVisible: boolean;
}

export interface FakeSheet {
  name: string;
  readonly cells: Map<string, FakeCell>;
  readonly merges: Box[];
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
  freeze: { rows: number; columns: number } | null;
  pageLayout: FakePageLayout;
  readonly conditionalFormats: { type: string; address: string; fillColor: string | null }[];
  readonly tables: { name: string; address: string; style: string; hasHeaders: boolean }[];
  readonly charts: FakeChart[];
  deleted: boolean;
}

export interface FakeName {
  readonly name: string;
  /** Held by reference, as Excel does: renaming the sheet keeps the name pointing at it. */
  readonly sheet: FakeSheet;
  readonly box: Box;
}

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string };

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export const DEFAULT_FONT: FakeFont = { name: "Calibri", size: 11, bold: false, italic: false, underline: "None", color: "#000000" };

export function emptyCell(): FakeCell {
  return {
    value: null,
    formula: null,
    numberFormat: "General",
    font: { ...DEFAULT_FONT },
    fill: null,
    horizontal: "General",
    vertical: "Bottom",
    wrap: false,
    borders: { top: null, bottom: null, left: null, right: null },
    hyperlink: null,
  };
}

export function cellKey(row: number, col: number): string {
  return `${row}:${col}`;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;

/**
 * Stores a value the way Excel (en-US) takes a value assigned through Range.values:
 * like typed input unless the cell is formatted as Text ("@").
 */
export function storeValue(cell: FakeCell, input: FakeValue | null): void {
  cell.formula = null;
  if (input === null || input === "") {
    cell.value = null;
    return;
  }
  if (typeof input !== "string" || cell.numberFormat === "@") {
    cell.value = input;
    return;
  }
  const t = input.trim();
  if (NUMBER.test(t)) {
    cell.value = Number(t);
  } else if (PERCENT.test(t)) {
    cell.value = Number(t.slice(0, -1)) / 100;
    if (cell.numberFormat === "General") cell.numberFormat = "0%";
  } else if (/^(true|false)$/i.test(t)) {
    cell.value = t.toLowerCase() === "true";
  } else if (/^[=+\-@]/.test(input)) {
    cell.value = null;
    cell.formula = input.startsWith("=") ? input : `=${input}`;
  } else if (input.startsWith("'")) {
    cell.value = input.slice(1);
  } else {
    cell.value = input;
  }
}

const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/;

export function checkSheetName(name: string, others: readonly FakeSheet[]): void {
  if (name.length === 0 || name.length > 31 || FORBIDDEN_IN_SHEET_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new FakeOfficeError("InvalidArgument", `The sheet name "${name}" is not valid.`);
  }
  const folded = name.toLowerCase();
  if (others.some((s) => s.name.toLowerCase() === folded)) {
    throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
  }
}

export function newSheet(name: string): FakeSheet {
  return {
    name,
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    freeze: null,
    pageLayout: {
      paperSize: "Letter",
      orientation: "Portrait",
      zoom: { scale: 100 },
      margins: { top: 54, bottom: 54, left: 51, right: 51 },
      printArea: null,
      printTitleRows: null,
      printTitleColumns: null,
      centerHorizontally: false,
      rowBreaks: [],
      columnBreaks: [],
    },
    conditionalFormats: [],
    tables: [],
    charts: [],
    deleted: false,
  };
}

/** "'Xếp hạng 2024'!$A$1" — how Excel reports a named range's value. */
export function nameValue(n: FakeName): string {
  if (n.sheet.deleted) return "#REF!";
  return `${quoteSheet(n.sheet.name)}!${formatBox(n.box).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
}
