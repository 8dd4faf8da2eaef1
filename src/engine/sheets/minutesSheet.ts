import { fitToWidthPage } from "./fitToWidthPage";
import type { HeaderLine, MinutesModel, MinutesParagraph, RankingTable, TextRun } from "../minutes/minutesModel";
import type { CellStyle, SheetSpec } from "./sheetSpec";
import { estimateRowHeight, FONT, rect, SheetGrid, splitToRows } from "./sheetGrid";
import { yearName, yearTag } from "./sheetNames";

/** A, B hold the left header block; C–E the right one; A–E together are one A4 text width (165 mm). */
const COLUMN_WIDTHS = [6, 28, 13, 14, 24] as const;
const LAST_COL = COLUMN_WIDTHS.length - 1;
const FULL_WIDTH = COLUMN_WIDTHS.reduce((a, b) => a + b, 0);
const LEFT_WIDTH = COLUMN_WIDTHS[0] + COLUMN_WIDTHS[1];
const RIGHT_WIDTH = FULL_WIDTH - LEFT_WIDTH;
const BODY_SIZE = 14;
const SIGNATURE_SPACE = 4;

function textOf(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join("");
}

/** A cell has one font, so a line is bold (or italic) only when all its words are. */
function runStyle(runs: readonly TextRun[]): CellStyle {
  const shown = runs.filter((r) => r.text.trim().length > 0);
  const all = (key: "bold" | "italic" | "underline"): boolean => shown.length > 0 && shown.every((r) => r[key] === true);
  return { bold: all("bold"), italic: all("italic"), underline: all("underline") };
}

/**
 * "Biên bản <năm>": the minutes laid out for an A4 portrait page with the NĐ 30 margins. Text sits in rows
 * merged across the five columns, wrapped, with heights estimated so every line shows; the ranking is real cells.
 */
export function minutesSheet(minutes: MinutesModel): SheetSpec {
  const g = new SheetGrid();
  let row = 0;

  const headerRows = Math.max(minutes.header.left.length, minutes.header.right.length);
  const headerBlock = (line: HeaderLine | undefined, left: number, right: number, width: number): void => {
    g.merge(rect(row, left, row, right));
    if (line === undefined) return;
    const text = textOf(line.runs);
    g.set(row, left, text);
    g.style(rect(row, left, row, right), { ...runStyle(line.runs), size: line.size, horizontal: "center", wrap: true });
    g.height(row, estimateRowHeight(text, width, line.size));
  };
  for (let i = 0; i < headerRows; i++) {
    headerBlock(minutes.header.left[i], 0, 1, LEFT_WIDTH);
    headerBlock(minutes.header.right[i], 2, LAST_COL, RIGHT_WIDTH);
    row++;
  }
  row++;

  // A paragraph taller than Excel's 409-point row goes on as many rows as it needs, cut at spaces.
  const textRow = (text: string, style: CellStyle, size = BODY_SIZE): void => {
    for (const piece of splitToRows(text, FULL_WIDTH, size)) {
      g.set(row, 0, piece);
      g.merge(rect(row, 0, row, LAST_COL));
      g.style(rect(row, 0, row, LAST_COL), { size, wrap: true, vertical: "top", ...style });
      g.height(row, estimateRowHeight(piece, FULL_WIDTH, size));
      row++;
    }
  };
  for (const line of minutes.title) textRow(line, { bold: true, horizontal: "center" });
  row++;

  const paragraphRow = (p: MinutesParagraph): void => textRow(textOf(p.runs), { ...runStyle(p.runs), horizontal: "justify" });
  const tableRows = (table: RankingTable): void => {
    const top = row;
    g.setRow(row, 0, table.headers);
    g.style(rect(row, 0, row, LAST_COL), { bold: true, horizontal: "center", wrap: true });
    g.height(row, estimateRowHeight("Tỷ lệ so thang điểm", COLUMN_WIDTHS[3], 13));
    row++;
    for (const r of table.rows) {
      g.setRow(row, 0, [r.rank, r.member, r.total, r.percentOfMax / 100, r.award]);
      g.height(row, Math.max(estimateRowHeight(r.member, COLUMN_WIDTHS[1], 13), estimateRowHeight(r.award, COLUMN_WIDTHS[4], 13)));
      row++;
    }
    const bottom = row - 1;
    g.style(rect(top, 0, bottom, LAST_COL), { size: 13, border: "thin", vertical: "middle", wrap: true });
    if (bottom > top) {
      g.style(rect(top + 1, 0, bottom, 0), { numberFormat: "0", horizontal: "center" });
      g.style(rect(top + 1, 2, bottom, 2), { numberFormat: "#,##0.00" });
      g.style(rect(top + 1, 3, bottom, 3), { numberFormat: "0.00%" });
    }
  };
  for (const block of minutes.body) {
    if (block.kind === "paragraph") paragraphRow(block.paragraph);
    else tableRows(block.table);
  }
  for (const line of minutes.closing) textRow(line, { horizontal: "justify" });
  row++;

  const { left, right } = minutes.signatures;
  const signatureRow = (l: string, r: string, style: CellStyle): void => {
    g.setRow(row, 0, [l, null, r]);
    g.merge(rect(row, 0, row, 1));
    g.merge(rect(row, 2, row, LAST_COL));
    g.style(rect(row, 0, row, LAST_COL), { size: BODY_SIZE, horizontal: "center", ...style });
    row++;
  };
  signatureRow(left.title, right.title, { bold: true });
  signatureRow(left.note, right.note, { italic: true });
  row += SIGNATURE_SPACE;
  if (left.name !== null || right.name !== null) signatureRow(left.name ?? "", right.name ?? "", { bold: true });
  row++;

  const recipientRow = (text: string, style: CellStyle): void => {
    g.set(row, 0, text);
    g.merge(rect(row, 0, row, 1));
    g.style(rect(row, 0, row, 1), { horizontal: "left", ...style });
    row++;
  };
  recipientRow(minutes.recipients.heading, { bold: true, italic: true, size: 12 });
  for (const line of minutes.recipients.lines) recipientRow(line, { size: 11 });

  const lastRow = row - 1;
  return {
    kind: "minutes",
    tag: yearTag("minutes", minutes.year),
    name: yearName("Biên bản", minutes.year),
    values: g.values(COLUMN_WIDTHS.length, row),
    // The font goes first so every later style keeps it.
    styles: [{ range: rect(0, 0, lastRow, LAST_COL), style: { fontName: FONT, size: BODY_SIZE } }, ...g.styles],
    merges: g.merges,
    columnWidths: [...COLUMN_WIDTHS],
    rowHeights: g.rowHeights,
    freeze: null,
    links: [],
    conditionalFormats: [],
    page: fitToWidthPage({ orientation: "portrait", margins: { top: 20, bottom: 20, left: 30, right: 15 }, printArea: rect(0, 0, lastRow, LAST_COL), printTitleRows: null }),
    table: null,
    chart: null,
  };
}
