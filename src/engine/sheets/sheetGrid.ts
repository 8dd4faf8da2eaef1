import type { CellStyle, SpecValue, Rect } from "./sheetSpec";

export const FONT = "Times New Roman";

export function rect(top: number, left: number, bottom: number, right: number): Rect {
  return { top, left, bottom, right };
}

/**
 * Collects the cells, styles, merges and row heights of a plan while it is laid out, so the plan builders can place
 * things by position; `values()` pads every row to the same width, as SheetSpec requires.
 */
export class SheetGrid {
  private readonly rows: SpecValue[][] = [];
  readonly styles: { range: Rect; style: CellStyle }[] = [];
  readonly merges: Rect[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];

  set(row: number, col: number, value: SpecValue): void {
    while (this.rows.length <= row) this.rows.push([]);
    const cells = this.rows[row]!;
    while (cells.length < col) cells.push(null);
    cells[col] = value;
  }

  setRow(row: number, col: number, values: readonly SpecValue[]): void {
    // As set() for each value, without its padding loops per cell (a comparison sheet sets 18 000 rows).
    while (this.rows.length <= row) this.rows.push([]);
    const cells = this.rows[row]!;
    while (cells.length < col) cells.push(null);
    for (let i = 0; i < values.length; i++) {
      if (!(i in values)) continue;
      if (cells.length < col + i) this.set(row, col + i, values[i]!);
      else cells[col + i] = values[i]!;
    }
  }

  style(range: Rect, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  merge(range: Rect): void {
    if (range.top === range.bottom && range.left === range.right) return;
    this.merges.push(range);
  }

  height(row: number, height: number): void {
    this.rowHeights.push({ row, height });
  }

  get rowCount(): number {
    return this.rows.length;
  }

  values(width: number, rowCount = this.rows.length): SpecValue[][] {
    const out: SpecValue[][] = [];
    for (let r = 0; r < rowCount; r++) {
      const cells = this.rows[r] ?? [];
      const line: SpecValue[] = [];
      for (let c = 0; c < width; c++) line.push(cells[c] ?? null);
      out.push(line);
    }
    return out;
  }
}

/**
 * Points needed to show `text` wrapped in a cell `widthChars` Excel characters wide: Excel does not grow rows under
 * merged cells, so the plans set heights themselves. Vietnamese text in Times New Roman averages about 0.35 em a
 * character (measured on rendered minutes); 0.42 errs tall so the last line stays visible.
 */
export function estimateRowHeight(text: string, widthChars: number, fontSize: number): number {
  return Math.ceil(wrappedLines(text, widthChars, fontSize) * fontSize * 1.35 + 4);
}

/** Lines `text` takes wrapped in a cell `widthChars` wide, by the same measure as estimateRowHeight. */
export function wrappedLines(text: string, widthChars: number, fontSize: number): number {
  const widthPx = widthChars * 7 + 5;
  const charPx = fontSize * (96 / 72) * 0.42;
  const perLine = Math.max(1, Math.floor(widthPx / charPx));
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/**
 * Lines of `text` word-wrapped in a cell `widthChars` wide, for table cells where a tall guess would cost the page:
 * Times New Roman averages about 0.355 em a character in Vietnamese text (capitals more); 0.38, and 0.42 in bold, keep the last line visible (measured on the printed ranking).
 */
export function wordWrappedLines(text: string, widthChars: number, fontSize: number, bold = false): number {
  const widthPx = widthChars * 7 + 5 - 4;
  const charPx = fontSize * (96 / 72) * (bold ? 0.42 : 0.38);
  const perLine = Math.max(1, Math.floor(widthPx / charPx));
  let lines = 0;
  for (const part of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of part.split(/\s+/).filter((w) => w.length > 0)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) used = need;
      else {
        lines += used === 0 ? 0 : 1;
        used = word.length;
        // A word longer than the line breaks inside it.
        while (used > perLine) {
          lines++;
          used -= perLine;
        }
      }
    }
  }
  return lines;
}

/** Excel refuses a row taller than 409 points. */
export const MAX_ROW_HEIGHT = 409;

/**
 * Cuts `text` at spaces into pieces that each fit a row of at most MAX_ROW_HEIGHT (estimateRowHeight),
 * for a paragraph too long for one row. A single word longer than a row stays whole.
 */
export function splitToRows(text: string, widthChars: number, fontSize: number): string[] {
  if (estimateRowHeight(text, widthChars, fontSize) <= MAX_ROW_HEIGHT) return [text];
  const pieces: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    const next = current === "" ? word : `${current} ${word}`;
    if (current !== "" && estimateRowHeight(next, widthChars, fontSize) > MAX_ROW_HEIGHT) {
      pieces.push(current);
      current = word;
    } else current = next;
  }
  if (current !== "") pieces.push(current);
  return pieces;
}
