/**
 * A copy of the pledge sheet (docs/so-lieu.md §2) as values at the same cells, with its number formats, so that it
 * reads as the same pledge: inside a member's report form, and as next year's pledge. A snapshot keeps no merges
 * or fonts, so the layout is rebuilt as far as the values tell it: title rows centred across the table, a two-row
 * header merged where its cells are blank, borders over the table, group rows bold.
 */
import type { SheetSnapshot, RawValue } from "../read/snapshot";
import type { TableHeader } from "../read/findHeader";
import type { OutputKind, Rect, SheetProtection, SheetSpec, SpecValue } from "./sheetSpec";
import { readCode } from "../read/indicatorCode";
import { formatRanges } from "./importSheet";
import { formPage, HEADER_STYLE } from "./formStyle";
import { FONT, rect } from "./sheetGrid";
import { cleanSheetName } from "./sheetNames";

export interface PledgeCopyOptions {
  readonly kind: OutputKind;
  readonly tag: string;
  readonly name: string;
  /** Rewrites the text of the title rows above the header (next year's titles). */
  readonly title?: (text: string) => string;
  readonly protection?: SheetProtection | null;
}

const MAX_WIDTH = 50;

export function pledgeCopy(sheet: SheetSnapshot, header: TableHeader, options: PledgeCopyOptions): SheetSpec {
  const height = Math.max(1, sheet.top + sheet.values.length);
  const headerTop = sheet.top + header.top;
  const headerBottom = sheet.top + header.bottom;
  const values: SpecValue[][] = Array.from({ length: height }, (_, r) => {
    const row = sheet.values[r - sheet.top];
    const width = sheet.left + (sheet.values[0]?.length ?? 0);
    return Array.from({ length: Math.max(1, width) }, (_, c) => {
      const raw: RawValue = row === undefined || c < sheet.left ? null : (row[c - sheet.left] ?? null);
      return typeof raw === "string" && r < headerTop && options.title ? options.title(raw) : raw;
    });
  });
  const width = values[0]?.length ?? 1;
  const tableWidth = Math.max(1, lastFilled(values[headerTop] ?? [], values[headerBottom] ?? []) + 1);
  const lastRow = lastFilledRow(values);

  const styles: { range: Rect; style: SheetSpec["styles"][number]["style"] }[] = [
    { range: rect(0, 0, height - 1, width - 1), style: { fontName: FONT, size: 12, vertical: "middle" } },
    ...formatRanges(sheet),
  ];
  const merges: Rect[] = [];
  for (let r = 0; r < headerTop; r++) {
    const line = values[r] ?? [];
    const filled = line.filter((v) => v !== null && v !== "");
    if (filled.length === 1 && line[0] !== null && tableWidth > 1) {
      merges.push(rect(r, 0, r, tableWidth - 1));
      styles.push({ range: rect(r, 0, r, tableWidth - 1), style: { bold: true, horizontal: "center", wrap: true } });
    }
  }
  styles.push({ range: rect(headerTop, 0, headerBottom, tableWidth - 1), style: HEADER_STYLE });
  if (headerBottom > headerTop) merges.push(...headerMerges(values, headerTop, headerBottom, tableWidth));
  if (lastRow > headerBottom) {
    styles.push({ range: rect(headerBottom + 1, 0, lastRow, tableWidth - 1), style: { border: "thin", wrap: true } });
    for (let r = headerBottom + 1; r <= lastRow; r++) {
      if (readCode(values[r]?.[sheet.left + (header.columns.code ?? 0)] ?? null).kind === "roman") {
        styles.push({ range: rect(r, 0, r, tableWidth - 1), style: { bold: true } });
      }
    }
  }

  const columnWidths = Array.from({ length: width }, (_, c) => {
    let w = 6;
    for (let r = headerTop; r < height; r++) w = Math.max(w, textWidth(values[r]?.[c] ?? null));
    return Math.min(MAX_WIDTH, w);
  });
  return {
    kind: options.kind,
    tag: options.tag,
    name: cleanSheetName(options.name),
    values,
    styles,
    merges,
    columnWidths,
    rowHeights: [],
    freeze: { rows: headerBottom + 1, columns: 0 },
    links: [],
    conditionalFormats: [],
    page: formPage(rect(0, 0, lastRow, tableWidth - 1), { first: headerTop, last: headerBottom }, tableWidth > 6),
    table: null,
    chart: null,
    protection: options.protection ?? null,
  };
}

/** "Điểm" over "Thưởng/1%" | "Trừ/1%": a top cell spans the blank top cells to its right that have a cell
 * below; a top cell with nothing below spans both rows. */
function headerMerges(values: readonly (readonly SpecValue[])[], top: number, bottom: number, width: number): Rect[] {
  const upper = values[top] ?? [];
  const lower = values[bottom] ?? [];
  const blank = (v: SpecValue | undefined): boolean => v === null || v === undefined || v === "";
  const merges: Rect[] = [];
  for (let c = 0; c < width; c++) {
    if (blank(upper[c])) continue;
    if (blank(lower[c])) {
      merges.push(rect(top, c, bottom, c));
      continue;
    }
    let end = c;
    while (end + 1 < width && blank(upper[end + 1]) && !blank(lower[end + 1])) end++;
    if (end > c) merges.push(rect(top, c, top, end));
  }
  return merges;
}

function lastFilled(...rows: readonly (readonly SpecValue[])[]): number {
  let last = 0;
  for (const row of rows) row.forEach((v, c) => {
    if (v !== null && v !== "") last = Math.max(last, c);
  });
  return last;
}

function lastFilledRow(values: readonly (readonly SpecValue[])[]): number {
  for (let r = values.length - 1; r > 0; r--) if ((values[r] ?? []).some((v) => v !== null && v !== "")) return r;
  return 0;
}

function textWidth(value: SpecValue): number {
  if (value === null) return 0;
  if (typeof value === "number") return 10;
  return String(value).length + 2;
}
