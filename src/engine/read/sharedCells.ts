/** What every sheet of one read shares about cells. Member reports repeat one layout and the same
 * codes and words, so a read of 500 reports builds each A1 address, each blank field and each reading
 * of a recurring code or text once, not once per member (the results are readonly, so sharing is safe). */
import { columnLetters } from "../a1";
import type { Field, ParsedCell } from "../model";
import type { RawValue } from "./snapshot";
import { readCode, type IndicatorCode } from "./indicatorCode";
import { numberCell, parseCell, type CellReading } from "./parseCell";

const BLANK: ParsedCell = { kind: "blank" };
/** Counts, points and many plans are small whole numbers: their readings are shared below this. */
const SMALL_WHOLE = 10_000;

export class SharedCells {
  private readonly letters: string[] = [];
  /** By sheet row, then sheet column (both zero-based). */
  private readonly addresses: (string | undefined)[][] = [];
  private readonly blanks: (Field | undefined)[][] = [];
  private readonly codes = new Map<string | number, IndicatorCode>();
  private readonly texts = new Map<string, CellReading>();
  private readonly wholes: (ParsedCell | undefined)[] = [];

  /** A1 address of a zero-based sheet position. */
  address(row: number, col: number): string {
    const line = this.addresses[row] ?? (this.addresses[row] = []);
    let a = line[col];
    if (a === undefined) {
      a = this.columnLetters(col) + String(row + 1);
      line[col] = a;
    }
    return a;
  }

  /** The field of a blank cell at a zero-based sheet position. */
  blankField(row: number, col: number): Field {
    const line = this.blanks[row] ?? (this.blanks[row] = []);
    let f = line[col];
    if (f === undefined) {
      f = { cell: this.address(row, col), value: BLANK };
      line[col] = f;
    }
    return f;
  }

  /** readCode, remembered: the same codes head the rows of every report. */
  code(raw: RawValue): IndicatorCode {
    if (raw === null || typeof raw === "boolean") return readCode(raw);
    let c = this.codes.get(raw);
    if (c === undefined) {
      c = readCode(raw);
      this.codes.set(raw, c);
    }
    return c;
  }

  /** numberCell, with one shared reading per small whole number outside percent formats. */
  number(n: number, numberFormat: string): ParsedCell {
    if (!(n >= 0 && n < SMALL_WHOLE && Number.isInteger(n) && !Object.is(n, -0)) || numberFormat.includes("%")) return numberCell(n, numberFormat);
    let v = this.wholes[n];
    if (v === undefined) {
      v = numberCell(n, numberFormat);
      this.wholes[n] = v;
    }
    return v;
  }

  /** parseCell of a text cell (the format does not matter for text), remembered: "Đạt" and grades recur. */
  text(raw: string): CellReading {
    let t = this.texts.get(raw);
    if (t === undefined) {
      t = parseCell(raw, "General");
      this.texts.set(raw, t);
    }
    return t;
  }

  private columnLetters(col: number): string {
    let l = this.letters[col];
    if (l === undefined) {
      l = columnLetters(col);
      this.letters[col] = l;
    }
    return l;
  }
}
