/** The cells of one worksheet part, read in one streaming pass, within Excel's bounds. */
import type { RawValue } from "../../../engine/read/snapshot";
import type { XlsxPackage } from "../package/XlsxPackage";
import { StopReading } from "../zip/inflateEntry";
import { decodeEscapes, localName, xmlBool } from "../xml/xmlText";
import { parseCellRef } from "./cellRef";
import type { Rect } from "../../../engine/sheets/sheetSpec";

/** Excel's own sheet size. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** Cells with a value per sheet: beyond this the sheet is skipped (the engine reads reports of a few thousand). */
export const MAX_CELLS = 2_000_000;

export interface SheetCells {
  readonly count: number;
  readonly rows: Int32Array;
  readonly cols: Int32Array;
  readonly values: readonly RawValue[];
  /** cellXfs index of each cell (0 when none). */
  readonly styles: Int32Array;
  /** Styled cells without a value: row, col, style triples. */
  readonly blanks: readonly number[];
  readonly merges: readonly Rect[];
  /** Over MAX_CELLS: reading stopped. */
  readonly tooMany: boolean;
  /** Cells beyond row 1,048,576 or column XFD, left out: how many and the first address. */
  readonly outOfBounds: { readonly count: number; readonly first: string | null };
  /** Whether the first sheet view is tab-selected; null when the part was not parsed (skipped as too large). */
  readonly tabSelected: boolean | null;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = 25_569;
const EPOCH_1904 = 24_107;

class Grow {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  done(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** The shortest cell with a value, `<c><v>1</v></c>`: a part smaller than MAX_CELLS of these cannot exceed the bound. */
const SHORTEST_CELL = 15;
const LT = 0x3c;
const V = 0x76;
const I = 0x69;
const S = 0x73;
const GT = 0x3e;

/** Cell elements with or without a value: blank styled cells cost memory too. */
export const MAX_CELL_ELEMENTS = 4 * MAX_CELLS;
const C = 0x63;
const R = 0x72;
const SPACE = 0x20;
const SLASH = 0x2f;

/**
 * A cheap first look at a big part: counts "<v>" and "<is>" (the elements that carry a value), "<c"
 * (every cell) and "<row" on the raw bytes, so that a sheet far over a bound is skipped without being
 * parsed. Prefixed names ("<x:v>") are not counted; the parse then still stops at the bounds.
 */
function overCellBound(pkg: XlsxPackage, part: string): boolean {
  const size = pkg.size(part) ?? 0;
  if (size < MAX_CELLS * SHORTEST_CELL) return false;
  let values = 0;
  let cells = 0;
  let rows = 0;
  let a = 0;
  let b = 0;
  let c = 0;
  try {
    pkg.stream(part, (chunk) => {
      for (let i = 0; i < chunk.length; i++) {
        const d = chunk[i]!;
        if ((b === LT && c === V && d === GT) || (a === LT && b === I && c === S && d === GT)) {
          if (++values > MAX_CELLS) throw new StopReading();
        } else if (b === LT && c === C && (d === SPACE || d === GT || d === SLASH)) {
          if (++cells > MAX_CELL_ELEMENTS) throw new StopReading();
        } else if (a === LT && b === R && c === 0x6f && d === 0x77) {
          if (++rows > MAX_ROWS) throw new StopReading();
        }
        a = b;
        b = c;
        c = d;
      }
    });
  } catch (error) {
    if (error instanceof StopReading) return true;
    throw error;
  }
  return false;
}

const TOO_MANY: SheetCells = {
  count: MAX_CELLS,
  rows: new Int32Array(0),
  cols: new Int32Array(0),
  values: [],
  styles: new Int32Array(0),
  blanks: [],
  merges: [],
  tooMany: true,
  outOfBounds: { count: 0, first: null },
  tabSelected: null,
};

export function readSheetCells(pkg: XlsxPackage, part: string, strings: readonly string[], date1904: boolean, formats: readonly string[]): SheetCells {
  if (overCellBound(pkg, part)) return TOO_MANY;
  const rows = new Grow();
  const cols = new Grow();
  const styles = new Grow();
  const values: RawValue[] = [];
  const blanks: number[] = [];
  const merges: Rect[] = [];
  let outCount = 0;
  let outFirst: string | null = null;
  let tooMany = false;
  let cellElements = 0;
  let rowElements = 0;

  let rowIndex = -1;
  let colIndex = -1;
  let inCell = false;
  let cellRow = 0;
  let cellCol = 0;
  let cellType = "n";
  let cellStyle = 0;
  let cellOut = false;
  let text: string | null = null;
  let value: string | null = null;
  let inline: string | null = null;
  let phonetic = 0;
  let collecting: "v" | "t" | null = null;
  let views = 0;
  let tabSelected = false;

  const finishCell = (): void => {
    if (cellOut) return;
    const raw = rawValue(cellType, value, inline, strings, date1904);
    if (raw === null || raw === "") {
      if (cellStyle > 0 && (formats[cellStyle] ?? "General") !== "General") blanks.push(cellRow, cellCol, cellStyle);
      return;
    }
    if (values.length >= MAX_CELLS) {
      tooMany = true;
      throw new StopReading();
    }
    rows.push(cellRow);
    cols.push(cellCol);
    styles.push(cellStyle);
    values.push(raw);
  };

  pkg.parse(part, {
    open(tag, a) {
      const name = localName(tag);
      if (name === "c") {
        if (++cellElements > MAX_CELL_ELEMENTS) {
          tooMany = true;
          throw new StopReading();
        }
        inCell = true;
        value = null;
        inline = null;
        cellType = a.t ?? "n";
        cellStyle = a.s === undefined ? 0 : Number(a.s) | 0;
        const at = a.r === undefined ? null : parseCellRef(a.r);
        cellRow = at ? at.row : rowIndex;
        cellCol = at ? at.col : colIndex + 1;
        colIndex = cellCol;
        cellOut = cellRow < 0 || cellRow >= MAX_ROWS || cellCol >= MAX_COLUMNS;
        if (cellOut) {
          outCount++;
          outFirst ??= a.r ?? `hàng ${cellRow + 1}`;
        }
      } else if (name === "row") {
        if (++rowElements > MAX_ROWS) {
          tooMany = true;
          throw new StopReading();
        }
        const r = a.r === undefined ? rowIndex + 1 : Number(a.r) - 1;
        rowIndex = Number.isFinite(r) ? r : rowIndex + 1;
        colIndex = -1;
      } else if (inCell && name === "v") {
        collecting = "v";
        text = "";
      } else if (inCell && name === "t" && phonetic === 0) {
        collecting = "t";
        text = "";
      } else if (name === "rPh") phonetic++;
      else if (name === "sheetView" && views++ === 0) tabSelected = xmlBool(a.tabSelected);
      else if (name === "mergeCell" && a.ref !== undefined) {
        const [from, to] = a.ref.split(":");
        const start = from === undefined ? null : parseCellRef(from);
        const end = to === undefined ? start : parseCellRef(to);
        if (start && end) merges.push({ top: start.row, left: start.col, bottom: end.row, right: end.col });
      }
    },
    text(chunk) {
      if (collecting !== null) text += chunk;
    },
    close(tag) {
      const name = localName(tag);
      if (name === "v" && collecting === "v") {
        value = text;
        collecting = null;
      } else if (name === "t" && collecting === "t") {
        inline = (inline ?? "") + (text ?? "");
        collecting = null;
      } else if (name === "rPh") phonetic--;
      else if (name === "c" && inCell) {
        inCell = false;
        finishCell();
      }
    },
  });
  return {
    count: values.length,
    rows: rows.done(),
    cols: cols.done(),
    values,
    styles: styles.done(),
    blanks,
    merges,
    tooMany,
    outOfBounds: { count: outCount, first: outFirst },
    tabSelected,
  };
}

function rawValue(type: string, value: string | null, inline: string | null, strings: readonly string[], date1904: boolean): RawValue {
  switch (type) {
    case "s":
      return value === null ? null : (strings[Number(value)] ?? null);
    case "inlineStr":
      return inline === null ? (value === null ? null : decodeEscapes(value)) : decodeEscapes(inline);
    case "str":
      return value === null ? null : decodeEscapes(value);
    case "b":
      return value === null ? null : xmlBool(value.trim()) || value.trim().toUpperCase() === "TRUE";
    case "e":
      return value;
    case "d": {
      if (value === null) return null;
      const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : value + "Z");
      return Number.isFinite(ms) ? ms / MS_PER_DAY + (date1904 ? EPOCH_1904 : EPOCH_1900) : value;
    }
    default: {
      if (value === null || value.trim() === "") return null;
      const n = Number(value);
      return Number.isFinite(n) ? n : value;
    }
  }
}
