/** The value cells of one report's matched rows, kept in typed arrays rather than as an object per cell.
 *
 * A read of 500 reports × 200 rows made some 320 000 field objects that all outlived V8's young generation, and
 * allocating and copying them cost more than the rest of the read. Here the reader stores each checked cell as a
 * kind, a number and two flags (a text as its place in the read's list of texts); a row
 * (ReportRowView) makes its fields when asked for, and what scoring asks for dies young. The arrays are slices
 * of blocks that SharedCells hands out per read, so a report costs no buffer of its own. */
import type { ValueField } from "../findings";
import type { Field, NotAssigned, ReportRow } from "../model";
import type { Columns } from "./findHeader";
import { blankField, storedField } from "./parseCell";
import type { SharedCells } from "./sharedCells";
import type { SheetSnapshot } from "./snapshot";

/** The six value fields, in the order of a row's slots. */
export const VALUE_COLUMNS = ["plan", "actual", "attainment", "growth", "selfScore", "clusterScore"] as const;
/** Slots per row: the six fields, then the reason's and the note's text ids (−1: none). */
const WIDTH = 8;
const REASON = 6;
const NOTE = 7;
export const BLANK = 0;
export const NUMBER = 1;
export const TEXT = 2;
const ERROR = 4;
const KINDS = ["blank", "number", "text", "bool", "error"] as const;
const CODE: Readonly<Record<(typeof KINDS)[number], number>> = { blank: 0, number: 1, text: 2, bool: 3, error: 4 };
const PERCENT = 1;
const APPROXIMATE = 2;
const NO_COLUMN: Field = blankField(null);

/** Typed arrays for `rows` rows: kind, flags and number per field, and each row's grid row. */
export interface RowBlock {
  readonly kinds: Uint8Array;
  readonly flags: Uint8Array;
  readonly numbers: Float64Array;
  readonly gridRows: Int32Array;
}

export class RowTable {
  private block: RowBlock;
  private length = 0;
  /** "Không giao" by row (base), for the few rows that say it; kinds[base + REASON] is 1 for those. */
  private readonly unassigned = new Map<number, NotAssigned>();
  /** Grid column of each value field, −1 when the report has none. */
  private readonly cols: Int32Array;
  /** The fields made for the row last asked about: scoring asks for each field of its row several times. */
  private cachedBase = -1;
  private readonly cached: (Field | undefined)[] = [undefined, undefined, undefined, undefined, undefined, undefined];

  constructor(
    private readonly sheet: SheetSnapshot,
    columns: Columns,
    private readonly cells: SharedCells,
    capacity: number,
  ) {
    this.block = cells.rowBlock(Math.max(1, capacity), WIDTH);
    this.cols = Int32Array.from(VALUE_COLUMNS, (f) => columns[f] ?? -1);
  }

  /** A new row for grid row `gridRow`, with its reason and note; its fields are at the base returned + 0…5
   * (VALUE_COLUMNS). */
  begin(gridRow: number, reason: string | null, note: string | null): number {
    if (this.length === this.block.gridRows.length) this.grow();
    const slot = this.length++;
    this.block.gridRows[slot] = gridRow;
    const base = slot * WIDTH;
    this.block.numbers[base + REASON] = reason === null ? -1 : this.cells.textId(reason);
    this.block.numbers[base + NOTE] = note === null ? -1 : this.cells.textId(note);
    return base;
  }

  /** Sheet row (1-based) of the row at `base`. */
  sheetRow(base: number): number {
    return this.sheet.top + this.block.gridRows[base / WIDTH]! + 1;
  }

  textAt(base: number, slot: typeof REASON | typeof NOTE): string | null {
    const id = this.block.numbers[base + slot]!;
    return id < 0 ? null : this.cells.textOf(id);
  }

  reason(base: number): string | null {
    return this.textAt(base, REASON);
  }

  note(base: number): string | null {
    return this.textAt(base, NOTE);
  }

  notAssigned(base: number): NotAssigned | null {
    return this.block.kinds[base + REASON] === 0 ? null : (this.unassigned.get(base) ?? null);
  }

  setNotAssigned(base: number, notAssigned: NotAssigned): void {
    this.block.kinds[base + REASON] = 1;
    this.unassigned.set(base, notAssigned);
  }

  blank(i: number): number {
    this.block.kinds[i] = BLANK;
    return BLANK;
  }

  number(i: number, value: number, percent: boolean, approximate: boolean): number {
    const { kinds, numbers, flags } = this.block;
    kinds[i] = NUMBER;
    numbers[i] = value;
    flags[i] = (percent ? PERCENT : 0) | (approximate ? APPROXIMATE : 0);
    return NUMBER;
  }

  /** Stores a field as the reader made it; its kind. */
  put(i: number, field: Field): number {
    switch (field.kind) {
      case "blank":
        return this.blank(i);
      case "number":
        return this.number(i, field.value, field.percent, field.approximate);
      case "bool":
        this.block.numbers[i] = field.value ? 1 : 0;
        break;
      case "text":
      case "error":
        // A text's number is its place in the read's list of texts: pass and grade words recur in every report.
        this.block.numbers[i] = this.cells.textId(field.text);
    }
    this.block.kinds[i] = CODE[field.kind];
    return CODE[field.kind];
  }

  kind(i: number): number {
    return this.block.kinds[i]!;
  }

  /** The text of a text or error cell. */
  text(i: number): string {
    return this.cells.textOf(this.block.numbers[i]!);
  }

  /** The number of field `f` of the row at `base`, or null when it holds no number: no object made. */
  numberAt(base: number, f: number): number | null {
    const i = base + f;
    return this.block.kinds[i] === NUMBER ? this.block.numbers[i]! : null;
  }

  hasColumn(f: number): boolean {
    return this.cols[f]! >= 0;
  }

  /** Field `f` (an index into VALUE_COLUMNS) of the row whose fields start at `base`, as the reader made it. */
  field(base: number, f: number): Field {
    const cached = this.cached;
    if (base !== this.cachedBase) {
      this.cachedBase = base;
      cached[0] = cached[1] = cached[2] = cached[3] = cached[4] = cached[5] = undefined;
    } else {
      const known = cached[f];
      if (known !== undefined) return known;
    }
    const made = this.make(base, f);
    cached[f] = made;
    return made;
  }

  private make(base: number, f: number): Field {
    const i = base + f;
    const col = this.cols[f]!;
    const { kinds, flags, numbers, gridRows } = this.block;
    const kind = kinds[i]!;
    const { sheet, cells } = this;
    const row = sheet.top + gridRows[base / WIDTH]!;
    if (kind === BLANK) return col < 0 ? NO_COLUMN : cells.blankField(row, sheet.left + col);
    const cell = col < 0 ? null : cells.address(row, sheet.left + col);
    const flag = flags[i]!;
    const text = kind === TEXT || kind === ERROR ? cells.textOf(numbers[i]!) : undefined;
    return storedField(KINDS[kind]!, numbers[i]!, text, (flag & PERCENT) !== 0, (flag & APPROXIMATE) !== 0, cell);
  }

  private grow(): void {
    const old = this.block;
    const next = this.cells.rowBlock(old.gridRows.length * 2, WIDTH);
    next.kinds.set(old.kinds);
    next.flags.set(old.flags);
    next.numbers.set(old.numbers);
    next.gridRows.set(old.gridRows);
    this.block = next;
  }
}

/** A matched report row whose cells live in its report's RowTable: each field is made when asked for. Three
 * properties of its own, so that 100 000 rows stay small. */
export class ReportRowView implements ReportRow {
  readonly #table: RowTable;
  readonly #base: number;

  constructor(
    readonly indicatorCode: string,
    table: RowTable,
    base: number,
  ) {
    this.#table = table;
    this.#base = base;
  }

  /** Sheet row, 1-based. */
  get row(): number {
    return this.#table.sheetRow(this.#base);
  }

  get reason(): string | null {
    return this.#table.reason(this.#base);
  }

  get note(): string | null {
    return this.#table.note(this.#base);
  }

  get notAssigned(): NotAssigned | null {
    return this.#table.notAssigned(this.#base);
  }

  get plan(): Field {
    return this.#table.field(this.#base, 0);
  }

  get actual(): Field {
    return this.#table.field(this.#base, 1);
  }

  get attainment(): Field {
    return this.#table.field(this.#base, 2);
  }

  get growth(): Field {
    return this.#table.field(this.#base, 3);
  }

  get selfScore(): Field {
    return this.#table.field(this.#base, 4);
  }

  get clusterScore(): Field {
    return this.#table.field(this.#base, 5);
  }

  numberAt(f: number): number | null {
    return this.#table.numberAt(this.#base, f);
  }

  hasColumn(f: number): boolean {
    return this.#table.hasColumn(f);
  }

  /** Marks the row not assigned: "không giao" on its heading's row passes to it (its cells stay as they were
   * read). Done while the report is read, before anyone sees the row. */
  markNotAssigned(notAssigned: NotAssigned): void {
    this.#table.setNotAssigned(this.#base, notAssigned);
  }
}

/** Each field's slot in a row (its place in VALUE_COLUMNS). */
const FIELD_INDEX = Object.fromEntries(VALUE_COLUMNS.map((field, i) => [field, i])) as Readonly<Record<ValueField, number>>;

/** The number in a row's field, or null when it holds none: for a row the reader made, without making the field.
 * Scoring asks this of every row, several times. */
export function numberIn(row: ReportRow, field: ValueField): number | null {
  if (row instanceof ReportRowView) return row.numberAt(FIELD_INDEX[field]);
  const f = row[field];
  return f.kind === "number" ? f.value : null;
}

/** Whether the row's report has a column for the field. */
export function hasColumnIn(row: ReportRow, field: ValueField): boolean {
  return row instanceof ReportRowView ? row.hasColumn(FIELD_INDEX[field]) : row[field].cell !== null;
}
