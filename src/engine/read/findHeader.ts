/** Finds a table's header row (or two rows) by its synonyms in the first rows of a sheet. */
import type { SheetSnapshot } from "./snapshot";
import type { TableField } from "./columnSynonyms";
import type { HeaderKey, LabelCache } from "./labelCache";
import { rawAt, widthOf } from "./sheetCells";

export type Columns = Readonly<Partial<Record<TableField, number>>>;

export interface TableHeader {
  /** Grid rows of the header: top === bottom for a one-row header. */
  readonly top: number;
  readonly bottom: number;
  /** Grid column of each field found. */
  readonly columns: Columns;
}

/** Title rows, notes and blank rows may stand above the table; headers start within these rows. */
const SEARCH_ROWS = 16;

const NO_KEY: HeaderKey = { key: "", year: null, field: null };

export function findHeader(sheet: SheetSnapshot, labels: LabelCache): TableHeader | null {
  const rows = Math.min(sheet.values.length, SEARCH_ROWS + 1);
  const width = widthOf(sheet, rows);
  const keys: HeaderKey[][] = [];
  for (let r = 0; r < rows; r++) {
    const line = new Array<HeaderKey>(width);
    for (let c = 0; c < width; c++) {
      const raw = rawAt(sheet, r, c);
      line[c] = typeof raw === "string" && raw.trim() !== "" ? labels.header(raw) : NO_KEY;
    }
    keys.push(line);
  }

  const singles = keys.map(assignRow);
  let best: { header: TableHeader; score: number } | null = null;
  for (let r = 0; r < Math.min(rows, SEARCH_ROWS); r++) {
    const single = singles[r] ?? {};
    const upper = keys[r] ?? [];
    const lower = keys[r + 1];
    const double = lower ? assignTwoRows(upper, lower, labels) : null;
    // Two rows only when together they name more than either row alone (a title above a header is not a header).
    const alone = Math.max(score(single), score(singles[r + 1] ?? {}));
    const pick = double && score(double) > alone ? { columns: double, bottom: r + 1 } : { columns: single, bottom: r };
    const s = score(pick.columns);
    if (s > 0 && (!best || s > best.score)) best = { header: { top: r, bottom: pick.bottom, columns: pick.columns }, score: s };
  }
  return best?.header ?? null;
}

/** Which column names which field; of two columns for one field, the later year wins. */
class ColumnChoice {
  readonly columns: Partial<Record<TableField, number>> = {};
  private readonly years: Partial<Record<TableField, number | null>> = {};

  offer(field: TableField, col: number, year: number | null): void {
    const seenYear = this.years[field] ?? null;
    if (this.columns[field] === undefined || (year !== null && (seenYear === null || year > seenYear))) {
      this.columns[field] = col;
      this.years[field] = year;
    }
  }
}

/** What a row naming no field gives: most rows searched are titles or indicators, so they share it. */
const NO_COLUMNS: Columns = {};

/** A one-row header: each cell that names a field. */
function assignRow(line: readonly HeaderKey[]): Columns {
  let choice: ColumnChoice | null = null;
  for (let col = 0; col < line.length; col++) {
    const k = line[col] ?? NO_KEY;
    if (k.field !== null) (choice ??= new ColumnChoice()).offer(k.field, col, k.year);
  }
  return choice?.columns ?? NO_COLUMNS;
}

/** A two-row header: in the grid only the top-left cell of a merge holds text, so the upper row's
 * text is carried across the blank cells to its right and read together with the lower row. Per
 * column the first of these that names a field wins: the lower text, the two together, the upper text. */
function assignTwoRows(upper: readonly HeaderKey[], lower: readonly HeaderKey[], labels: LabelCache): Columns {
  let choice: ColumnChoice | null = null;
  let carried: HeaderKey = NO_KEY;
  for (let col = 0; col < Math.max(upper.length, lower.length); col++) {
    const own = upper[col] ?? NO_KEY;
    const below = lower[col] ?? NO_KEY;
    if (own.key !== "") carried = own;
    let k: HeaderKey = NO_KEY;
    if (below.key !== "") {
      k = below;
      if (k.field === null && carried.key !== "") k = labels.combinedHeader(carried, below);
    }
    if (k.field === null) k = own;
    if (k.field !== null) (choice ??= new ColumnChoice()).offer(k.field, col, k.year);
  }
  return choice?.columns ?? NO_COLUMNS;
}

/** How many fields a candidate header names; 0 unless it has an indicator column (code or name) and one more. */
function score(columns: Columns): number {
  // Counted in place: this runs for every candidate row of every sheet.
  let n = 0;
  for (const field in columns) if (columns[field as TableField] !== undefined) n++;
  return (columns.code !== undefined || columns.name !== undefined) && n >= 2 ? n : 0;
}
