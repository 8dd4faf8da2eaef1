/** Finds a table's header row (or two rows) by its synonyms in the first rows of a sheet. */
import type { SheetSnapshot } from "../snapshot";
import { fieldOfKey, type TableField } from "./columnSynonyms";
import type { LabelCache } from "./labelCache";
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

interface Key {
  readonly key: string;
  readonly year: number | null;
}

const NO_KEY: Key = { key: "", year: null };

export function findHeader(sheet: SheetSnapshot, labels: LabelCache): TableHeader | null {
  const rows = Math.min(sheet.values.length, SEARCH_ROWS + 1);
  const width = widthOf(sheet);
  const keys: Key[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: Key[] = [];
    for (let c = 0; c < width; c++) {
      const raw = rawAt(sheet, r, c);
      line.push(typeof raw === "string" && raw.trim() !== "" ? labels.header(raw) : NO_KEY);
    }
    keys.push(line);
  }

  const singles = keys.map((line) => assign(line.map((k) => [k])));
  let best: { header: TableHeader; score: number } | null = null;
  for (let r = 0; r < Math.min(rows, SEARCH_ROWS); r++) {
    const single = singles[r] ?? {};
    const upper = keys[r] ?? [];
    const lower = keys[r + 1];
    const double = lower ? assign(twoRowCandidates(upper, lower, labels)) : null;
    // Two rows only when together they name more than either row alone (a title above a header is not a header).
    const alone = Math.max(score(single), score(singles[r + 1] ?? {}));
    const pick = double && score(double) > alone ? { columns: double, bottom: r + 1 } : { columns: single, bottom: r };
    const s = score(pick.columns);
    if (s > 0 && (!best || s > best.score)) best = { header: { top: r, bottom: pick.bottom, columns: pick.columns }, score: s };
  }
  return best?.header ?? null;
}

/** A two-row header: in the grid only the top-left cell of a merge holds text, so the upper row's
 * text is carried across the blank cells to its right and read together with the lower row. */
function twoRowCandidates(upper: readonly Key[], lower: readonly Key[], labels: LabelCache): Key[][] {
  const out: Key[][] = [];
  let carried: Key = NO_KEY;
  for (let c = 0; c < Math.max(upper.length, lower.length); c++) {
    const own = upper[c] ?? NO_KEY;
    const below = lower[c] ?? NO_KEY;
    if (own.key !== "") carried = own;
    if (below.key !== "") {
      const combined = carried.key !== "" ? labels.header(`${carried.key} ${below.key}`, true) : NO_KEY;
      out.push(own.key !== "" ? [below, combined, own] : [below, combined]);
    } else {
      out.push(own.key !== "" ? [own] : []);
    }
  }
  return out;
}

/** The first candidate of each column that names a field wins; of two columns for one field, the later year wins. */
function assign(candidates: readonly (readonly Key[])[]): Columns {
  const columns: Partial<Record<TableField, number>> = {};
  const years: Partial<Record<TableField, number | null>> = {};
  candidates.forEach((list, col) => {
    for (const k of list) {
      const field = k.key === "" ? undefined : fieldOfKey(k.key);
      if (!field) continue;
      const seen = columns[field];
      const seenYear = years[field] ?? null;
      if (seen === undefined || (k.year !== null && (seenYear === null || k.year > seenYear))) {
        columns[field] = col;
        years[field] = k.year;
      }
      break;
    }
  });
  return columns;
}

/** How many fields a candidate header names; 0 unless it has an indicator column (code or name) and one more. */
function score(columns: Columns): number {
  const n = Object.keys(columns).length;
  return (columns.code !== undefined || columns.name !== undefined) && n >= 2 ? n : 0;
}
