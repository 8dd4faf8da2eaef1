/**
 * How big a sheet prints, from its own page setup: the sheets use it to choose an orientation and a scale, and the
 * tests to check what a clerk would get on paper. Units follow Excel: a column of width w (Excel characters of the
 * default Calibri 11, 7 px a digit) is 7w + 5 px wide at 96 dpi; a point is 1/72 in.
 */
import type { PageSetup, SheetSpec, Span } from "./sheetSpec";

const MM_PER_INCH = 25.4;
const A4 = { short: 210, long: 297 } as const;
/** Excel's height of a row nobody sized, for text up to 12 pt. */
export const DEFAULT_ROW_POINTS = 15;

export function columnPoints(width: number): number {
  return (width * 7 + 5) * 0.75;
}

export function mmToPoints(mm: number): number {
  return (mm / MM_PER_INCH) * 72;
}

/** Width and height inside the margins, in points. */
export function printablePoints(page: Pick<PageSetup, "orientation" | "margins">): { readonly width: number; readonly height: number } {
  const [w, h] = page.orientation === "portrait" ? [A4.short, A4.long] : [A4.long, A4.short];
  const { top, bottom, left, right } = page.margins;
  return { width: mmToPoints(w - left - right), height: mmToPoints(h - top - bottom) };
}

export function columnsPoints(widths: readonly number[], span: Span): number {
  let sum = 0;
  for (let c = span.first; c <= span.last; c++) sum += columnPoints(widths[c] ?? 8.43);
  return sum;
}

export function rowsPoints(spec: Pick<SheetSpec, "rowHeights">, span: Span): number {
  const heights = new Map(spec.rowHeights.map((h) => [h.row, h.height]));
  let sum = 0;
  for (let r = span.first; r <= span.last; r++) sum += heights.get(r) ?? DEFAULT_ROW_POINTS;
  return sum;
}

/**
 * The zoom Excel prints at: a fixed percent, or for "fit" the largest zoom up to 100 % that fits the print area on
 * the pages asked for (an axis with 0 pages does not limit it).
 */
export function printScale(spec: SheetSpec): number {
  const page = spec.page;
  if (page.scale.kind === "percent") return page.scale.percent / 100;
  const area = page.printArea ?? { top: 0, left: 0, bottom: spec.values.length - 1, right: (spec.values[0]?.length ?? 1) - 1 };
  const room = printablePoints(page);
  const width = columnsPoints(spec.columnWidths, { first: area.left, last: area.right });
  const height = rowsPoints(spec, { first: area.top, last: area.bottom });
  const { pagesWide, pagesTall } = page.scale;
  const byWidth = pagesWide > 0 ? (room.width * pagesWide) / width : 1;
  const byHeight = pagesTall > 0 ? (room.height * pagesTall) / height : 1;
  return Math.min(1, byWidth, byHeight);
}
