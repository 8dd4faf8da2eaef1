import type { CellStyle, SpecValue, Rect, SheetSpec } from "./sheetSpec";
import type { SheetSnapshot } from "../read/snapshot";
import { fold } from "../text";
import { FONT, rect } from "./sheetGrid";
import { cleanSheetName, tagSlug } from "./sheetNames";

const MEMBER_LABELS = ["don vi", "ten don vi", "don vi bao cao"];

/** A cell such as "Đơn vị: huyện Kbang" or "Tên đơn vị" names the member for the reader (docs/so-lieu.md §3). */
function hasMemberLabel(sheet: SheetSnapshot): boolean {
  return sheet.values.some((row) =>
    row.some((v) => {
      if (typeof v !== "string") return false;
      const label = fold(v).split(":")[0]?.trim() ?? "";
      return MEMBER_LABELS.includes(label) && (v.includes(":") || fold(v) === label);
    }),
  );
}

/** Rectangles of one number format each: runs along a row, stacked while the runs below are the same. */
function formatRanges(sheet: SheetSnapshot): { range: Rect; style: CellStyle }[] {
  const out: { range: Rect; style: CellStyle }[] = [];
  let previous = new Map<string, number>();
  sheet.formats.forEach((formats, r) => {
    const row = sheet.top + r;
    const current = new Map<string, number>();
    let c = 0;
    while (c < formats.length) {
      const format = formats[c] ?? "General";
      let end = c;
      while (end + 1 < formats.length && formats[end + 1] === format) end++;
      if (format !== "General") {
        const left = sheet.left + c;
        const right = sheet.left + end;
        const key = `${left}:${right}:${format}`;
        const above = previous.get(key);
        const entry = above === undefined ? undefined : out[above];
        if (above !== undefined && entry) {
          out[above] = { ...entry, range: { ...entry.range, bottom: row } };
          current.set(key, above);
        } else {
          out.push({ range: rect(row, left, row, right), style: { numberFormat: format } });
          current.set(key, out.length - 1);
        }
      }
      c = end + 1;
    }
    previous = current;
  });
  return out;
}

function widthOf(value: SpecValue): number {
  if (value === null) return 0;
  if (typeof value === "number") return 12;
  return String(value).length + 2;
}

/**
 * "TH <member>": the member's report copied value for value at the same cells (so findings' addresses still hold),
 * number formats kept, readable again by the reader. A name label is added in A1 only when the report has none
 * and A1 is free, because the sheet name "TH …" would otherwise become the member's name.
 */
export function importSheet(sheet: SheetSnapshot, member: string): SheetSpec {
  const sourceWidth = sheet.values[0]?.length ?? 0;
  const width = Math.max(1, sheet.left + sourceWidth);
  const height = Math.max(1, sheet.top + sheet.values.length);
  const values: SpecValue[][] = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => {
      const row = sheet.values[r - sheet.top];
      return row === undefined || c < sheet.left ? null : (row[c - sheet.left] ?? null);
    }),
  );
  const firstRow = values[0];
  if (firstRow && firstRow[0] === null && !hasMemberLabel(sheet)) firstRow[0] = `Đơn vị: ${member}`;

  const columnWidths = Array.from({ length: width }, (_, c) =>
    // A loop, not Math.max(...rows): spreading 250 k rows as arguments overflows the stack.
    Math.min(50, values.reduce((widest, row) => Math.max(widest, widthOf(row[c] ?? null)), 8)),
  );
  const slug = tagSlug(member);
  return {
    kind: "import",
    tag: slug.length > 0 ? `import_${slug}` : "import",
    name: cleanSheetName(`TH ${member}`),
    values,
    styles: [{ range: rect(0, 0, height - 1, width - 1), style: { fontName: FONT, size: 12 } }, ...formatRanges(sheet)],
    merges: [],
    columnWidths,
    rowHeights: [],
    freeze: null,
    links: [],
    conditionalFormats: [],
    page: {
      orientation: width > 8 ? "landscape" : "portrait",
      scale: { kind: "fit", pagesWide: 1, pagesTall: 0 },
      margins: { top: 20, bottom: 20, left: 20, right: 15 },
      centerHorizontally: false,
      printArea: rect(0, 0, height - 1, width - 1),
      printTitleRows: null,
      printTitleColumns: null,
      rowBreaks: [],
      columnBreaks: [],
    },
    table: null,
    chart: null,
  };
}
