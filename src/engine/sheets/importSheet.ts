import { fitToWidthPage } from "./fitToWidthPage";
import type { CellStyle, SpecValue, Rect, SheetSpec } from "./sheetSpec";
import type { ImportSource } from "../model";
import type { SheetSnapshot } from "../read/snapshot";
import { LabelCache } from "../read/labelCache";
import { labelledMember } from "../read/memberName";
import { sourceNoteText } from "../read/sourceNote";
import { FONT, rect } from "./sheetGrid";
import { cleanSheetName, tagSlug } from "./sheetNames";

/** Does a "Đơn vị: huyện Kbang" label already name the member? Asked of the reader itself (docs/so-lieu.md §3),
 * over the whole sheet since the header is not known here, so that the two never disagree. */
function hasMemberLabel(sheet: SheetSnapshot): boolean {
  return labelledMember(sheet, sheet.values.length, new LabelCache()) !== null;
}

/** Rectangles of one number format each: runs along a row, stacked while the runs below are the same. */
export function formatRanges(sheet: SheetSnapshot): { range: Rect; style: CellStyle }[] {
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
export function importSheet(sheet: SheetSnapshot, member: string, source: ImportSource | null = null): SheetSpec {
  const sourceWidth = sheet.values[0]?.length ?? 0;
  const width = Math.max(1, sheet.left + sourceWidth);
  const copied = Math.max(1, sheet.top + sheet.values.length);
  // Under the copy, after a blank row: where it came from (read back by engine/read/sourceNote.ts).
  const noteRow = source === null ? null : copied + 1;
  const height = noteRow === null ? copied : noteRow + 1;
  const values: SpecValue[][] = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => {
      const row = sheet.values[r - sheet.top];
      return row === undefined || c < sheet.left ? null : (row[c - sheet.left] ?? null);
    }),
  );
  if (noteRow !== null && source !== null) values[noteRow]![sheet.left] = sourceNoteText(source);
  const firstRow = values[0];
  if (firstRow && firstRow[0] === null && !hasMemberLabel(sheet)) firstRow[0] = `Đơn vị: ${member}`;

  // The note may run past its cell; it does not widen the column it starts in.
  const copiedRows = values.slice(0, copied);
  const columnWidths = Array.from({ length: width }, (_, c) =>
    // A loop, not Math.max(...rows): spreading 250 k rows as arguments overflows the stack.
    Math.min(50, copiedRows.reduce((widest, row) => Math.max(widest, widthOf(row[c] ?? null)), 8)),
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
    page: fitToWidthPage({ orientation: width > 8 ? "landscape" : "portrait", margins: { top: 20, bottom: 20, left: 20, right: 15 }, printArea: rect(0, 0, height - 1, width - 1), printTitleRows: null }),
    table: null,
    chart: null,
  };
}
