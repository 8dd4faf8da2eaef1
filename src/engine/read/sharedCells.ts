/** What every sheet of one read shares about cells. Member reports repeat one layout and the same
 * codes and words, so a read of 500 reports builds each A1 address, each blank field and each reading
 * of a recurring code or text once, not once per member (the results are readonly, so sharing is safe). */
import { columnLetters } from "../a1";
import type { Field } from "../model";
import type { RawValue } from "./snapshot";
import { readCode, type IndicatorCode } from "./indicatorCode";
import { blankField, parseCell, type CellReading } from "./parseCell";
import type { RowBlock } from "./rowTable";


/** Report rows per block of row tables, at most: 500 reports of 200 rows take a few. */
const BLOCK_ROWS = 65_536;

export class SharedCells {
  private readonly letters: string[] = [];
  /** By sheet row, then sheet column (both zero-based). */
  private readonly addresses: (string | undefined)[][] = [];
  private readonly blanks: (Field | undefined)[][] = [];
  private readonly codes = new Map<string | number, IndicatorCode>();
  private readonly texts = new Map<string, CellReading>();
  private readonly textIds = new Map<string, number>();
  private readonly textList: string[] = [];
  private blockRows = 0;
  private blockWidth = 0;
  private blockUsed = 0;
  private kinds = new Uint8Array(0);
  private flags = new Uint8Array(0);
  private numbers = new Float64Array(0);
  private gridRows = new Int32Array(0);

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
      f = blankField(this.address(row, col));
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

  /** Typed arrays for `rows` report rows (rowTable.ts), cut from blocks shared by the read: one buffer for many
   * reports, not one each (every buffer of its own would count towards V8's external memory and its GCs). */
  rowBlock(rows: number, width: number): RowBlock {
    if (this.blockUsed + rows > this.blockRows || width !== this.blockWidth) {
      this.blockWidth = width;
      // Small reads take small blocks; each new block doubles, up to BLOCK_ROWS rows.
      this.blockRows = Math.max(rows, Math.min(BLOCK_ROWS, Math.max(1024, this.blockRows * 2)));
      this.blockUsed = 0;
      const cells = this.blockRows * width;
      this.kinds = new Uint8Array(cells);
      this.flags = new Uint8Array(cells);
      this.numbers = new Float64Array(cells);
      this.gridRows = new Int32Array(this.blockRows);
    }
    const start = this.blockUsed;
    this.blockUsed += rows;
    return {
      kinds: this.kinds.subarray(start * width, (start + rows) * width),
      flags: this.flags.subarray(start * width, (start + rows) * width),
      numbers: this.numbers.subarray(start * width, (start + rows) * width),
      gridRows: this.gridRows.subarray(start, start + rows),
    };
  }

  /** A text's place in the read's list of texts (a row table keeps it as a number). */
  textId(text: string): number {
    let id = this.textIds.get(text);
    if (id === undefined) {
      id = this.textList.length;
      this.textList.push(text);
      this.textIds.set(text, id);
    }
    return id;
  }

  textOf(id: number): string {
    return this.textList[id] ?? "";
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
