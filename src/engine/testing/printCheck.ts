/** Test helper: what a sheet prints like, judged from its own page setup (docs/architecture.md, "Printing"). */
import { columnsPoints, printablePoints, printScale, rowsPoints } from "../sheets/printGeometry";
import type { CellStyle, SheetSpec } from "../sheets/sheetSpec";

/** Excel's default font size for a cell no style sizes. */
const DEFAULT_SIZE = 11;

export interface PrintFacts {
  readonly orientation: "portrait" | "landscape";
  /** The zoom Excel prints at (1 = 100 %). */
  readonly scale: number;
  /** Pages across and down for the print area at that zoom, before any manual break. */
  readonly pagesWide: number;
  readonly pagesTall: number;
  /** The smallest text on paper, in points: the smallest font of a non-empty cell times the zoom. */
  readonly smallestText: number;
}

function finalStyles(spec: SheetSpec): CellStyle[][] {
  const grid = spec.values.map((row) => row.map((): CellStyle => ({})));
  for (const { range, style } of spec.styles) {
    for (let r = range.top; r <= Math.min(range.bottom, grid.length - 1); r++) {
      const row = grid[r]!;
      for (let c = range.left; c <= Math.min(range.right, row.length - 1); c++) row[c] = { ...row[c], ...style };
    }
  }
  return grid;
}

export function printFacts(spec: SheetSpec): PrintFacts {
  const area = spec.page.printArea ?? { top: 0, left: 0, bottom: spec.values.length - 1, right: (spec.values[0]?.length ?? 1) - 1 };
  const scale = printScale(spec);
  const room = printablePoints(spec.page);
  const width = columnsPoints(spec.columnWidths, { first: area.left, last: area.right }) * scale;
  const height = rowsPoints(spec, { first: area.top, last: area.bottom }) * scale;
  const styles = finalStyles(spec);
  let smallest = Infinity;
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      const v = spec.values[r]?.[c] ?? null;
      if (v === null || v === "") continue;
      smallest = Math.min(smallest, styles[r]?.[c]?.size ?? DEFAULT_SIZE);
    }
  }
  // A hair of slack: sums of rounded heights must not count as an extra page.
  const pages = (content: number, page: number): number => Math.max(1, Math.ceil(content / page - 1e-6));
  return {
    orientation: spec.page.orientation,
    scale,
    pagesWide: pages(width, room.width),
    pagesTall: pages(height, room.height),
    smallestText: smallest * scale,
  };
}
