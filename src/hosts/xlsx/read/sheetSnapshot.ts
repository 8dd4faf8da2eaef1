/**
 * The cells of a sheet → its SheetSnapshot: the rectangle around where the data is. A stray cell far
 * away (XFD1048576) is left out with a warning instead of stretching the rectangle up to it.
 */
import { cellAddress } from "../../../engine/a1";
import type { RawValue, SheetSnapshot } from "../../../engine/read/snapshot";
import type { SheetCells } from "./sheetCells";
import { MAX_CELLS } from "./sheetCells";

/** Empty rows / columns that separate the data from a stray cell. */
const ROW_GAP = 1_000;
const COLUMN_GAP = 200;
/** The rectangle may be sparser than the cells, but not beyond this. */
const MAX_AREA = 4 * MAX_CELLS;

export type SheetNote =
  | { readonly kind: "farAway"; readonly count: number; readonly first: string }
  | { readonly kind: "outOfBounds"; readonly count: number; readonly first: string }
  | { readonly kind: "tooLarge"; readonly cells: number };

export interface SheetRead {
  readonly snapshot: SheetSnapshot | null;
  readonly notes: readonly SheetNote[];
}

export function sheetSnapshot(name: string, tag: string | null, cells: SheetCells, formats: readonly string[]): SheetRead {
  const notes: SheetNote[] = [];
  if (cells.outOfBounds.count > 0) notes.push({ kind: "outOfBounds", count: cells.outOfBounds.count, first: cells.outOfBounds.first ?? "" });
  if (cells.tooMany) return { snapshot: null, notes: [...notes, { kind: "tooLarge", cells: cells.count }] };
  if (cells.count === 0) return { snapshot: { name, top: 0, left: 0, values: [], formats: [], tag }, notes };

  const keep = new Uint8Array(cells.count).fill(1);
  const rowSpan = densest(cells.rows, keep, ROW_GAP);
  markOutside(cells.rows, keep, rowSpan);
  const colSpan = densest(cells.cols, keep, COLUMN_GAP);
  markOutside(cells.cols, keep, colSpan);
  let dropped = 0;
  let first = "";
  for (let i = 0; i < cells.count; i++) {
    if (keep[i]) continue;
    if (dropped++ === 0) first = cellAddress(cells.rows[i]!, cells.cols[i]!);
  }
  if (dropped > 0) notes.push({ kind: "farAway", count: dropped, first });

  const [top, bottom] = rowSpan;
  const [left, right] = colSpan;
  const height = bottom - top + 1;
  const width = right - left + 1;
  if (height * width > MAX_AREA) return { snapshot: null, notes: [...notes, { kind: "tooLarge", cells: cells.count }] };
  const values: RawValue[][] = [];
  const formatRows: string[][] = [];
  for (let r = 0; r < height; r++) {
    values.push(new Array<RawValue>(width).fill(null));
    formatRows.push(new Array<string>(width).fill("General"));
  }
  for (let i = 0; i < cells.count; i++) {
    if (!keep[i]) continue;
    const r = cells.rows[i]! - top;
    const c = cells.cols[i]! - left;
    values[r]![c] = cells.values[i]!;
    formatRows[r]![c] = formats[cells.styles[i]!] ?? "General";
  }
  // Blank cells inside the range keep their own format too (a % column with a missing value).
  for (let i = 0; i < cells.blanks.length; i += 3) {
    const r = cells.blanks[i]! - top;
    const c = cells.blanks[i + 1]! - left;
    if (r >= 0 && r < height && c >= 0 && c < width && formatRows[r]![c] === "General") formatRows[r]![c] = formats[cells.blanks[i + 2]!] ?? "General";
  }
  // Only a merge's top-left cell holds its value.
  for (const m of cells.merges) {
    for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, bottom); r++) {
      for (let c = Math.max(m.left, left); c <= Math.min(m.right, right); c++) {
        if (r !== m.top || c !== m.left) values[r - top]![c - left] = null;
      }
    }
  }
  return { snapshot: { name, top, left, values, formats: formatRows, tag }, notes };
}

/** The span [first, last] of the group of positions (split where `gap` empty lines separate them) that holds most cells. */
function densest(positions: Int32Array, keep: Uint8Array, gap: number): [number, number] {
  const counts = new Map<number, number>();
  for (let i = 0; i < positions.length; i++) if (keep[i]) counts.set(positions[i]!, (counts.get(positions[i]!) ?? 0) + 1);
  const sorted = [...counts.keys()].sort((a, b) => a - b);
  let best: [number, number] = [sorted[0]!, sorted[0]!];
  let bestCount = -1;
  let start = sorted[0]!;
  let count = 0;
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i]!;
    if (i > 0 && p - sorted[i - 1]! > gap) {
      if (count > bestCount) [best, bestCount] = [[start, sorted[i - 1]!], count];
      start = p;
      count = 0;
    }
    count += counts.get(p)!;
  }
  if (count > bestCount) best = [start, sorted[sorted.length - 1]!];
  return best;
}

function markOutside(positions: Int32Array, keep: Uint8Array, [first, last]: [number, number]): void {
  for (let i = 0; i < positions.length; i++) if (positions[i]! < first || positions[i]! > last) keep[i] = 0;
}
