import { fitToWidthPage } from "./fitToWidthPage";
import type { Finding } from "../findings";
import { findingMessage } from "../findings/messages";
import type { ClusterResult } from "../score/result";
import type { SheetSpec } from "./sheetSpec";
import { estimateRowHeight, FONT, rect, SheetGrid, wrappedLines } from "./sheetGrid";
import { yearName, yearTag } from "./sheetNames";

const HEADERS = ["Mức độ", "Đơn vị", "Tệp", "Trang tính", "Ô", "Nội dung"] as const;
/** 125 characters: A4 landscape at 100 %, so the 11 pt text prints at 11 pt. */
const WIDTHS = [9, 18, 16, 14, 6, 62] as const;
const SIZE = 11;
const CELL_COL = 4;
const ERROR_COLOR = "C00000";
const WARNING_COLOR = "9C5700";

/**
 * Where a finding's link should jump: by default the sheet the finding names. A host that imported member reports
 * under other names ("TH <member>") passes its own mapping; null means no link.
 */
export type LinkTarget = (finding: Finding) => string | null;

const sameSheet: LinkTarget = (f) => f.where.sheet;

/** "Kiểm tra <năm>": one finding a row, the cell linked to where the problem sits; null when there is nothing to show. */
export function findingsSheet(result: ClusterResult, linkTarget: LinkTarget = sameSheet): SheetSpec | null {
  if (result.findings.length === 0) return null;
  const year = result.year;
  const g = new SheetGrid();
  const last = HEADERS.length - 1;

  g.set(0, 0, `KẾT QUẢ KIỂM TRA SỐ LIỆU THI ĐUA NĂM ${year ?? "…"}`);
  g.merge(rect(0, 0, 0, last));
  const errors = result.findings.filter((f) => f.severity === "error").length;
  g.set(1, 0, `${errors} lỗi, ${result.findings.length - errors} cảnh báo.`);
  g.merge(rect(1, 0, 1, last));
  const head = 3;
  g.setRow(head, 0, HEADERS);

  const links: { row: number; col: number; sheet: string; cell: string }[] = [];
  result.findings.forEach((f, i) => {
    const row = head + 1 + i;
    // The cell column shows the address; a sheet-level finding still links to the sheet, at A1.
    const { file, sheet, cell, member } = f.where;
    const message = findingMessage(f);
    g.setRow(row, 0, [f.severity === "error" ? "Lỗi" : "Cảnh báo", member ?? "", file ?? "", sheet ?? "", cell ?? "", message]);
    g.style(rect(row, 0, row, 0), { bold: true, color: f.severity === "error" ? ERROR_COLOR : WARNING_COLOR });
    const target = linkTarget(f);
    if (target !== null) {
      links.push({ row, col: CELL_COL, sheet: target, cell: cell ?? "A1" });
      g.style(rect(row, CELL_COL, row, CELL_COL), { color: "0563C1", underline: true });
    }
    // Heights only where the message wraps; Excel sizes the other rows itself.
    const lines = wrappedLines(message, WIDTHS[last] ?? 62, SIZE);
    if (lines > 1) g.height(row, estimateRowHeight(message, WIDTHS[last] ?? 62, SIZE));
  });
  const lastRow = head + result.findings.length;

  return {
    kind: "findings",
    tag: yearTag("findings", year),
    name: yearName("Kiểm tra", year),
    values: g.values(HEADERS.length),
    styles: [
      { range: rect(0, 0, lastRow, last), style: { fontName: FONT, size: SIZE, vertical: "top" } },
      { range: rect(0, 0, 0, last), style: { bold: true, size: 13, horizontal: "center" } },
      { range: rect(1, 0, 1, last), style: { italic: true, horizontal: "center" } },
      // No fill: it prints grey in black and white; bold and the border mark the header.
      { range: rect(head, 0, head, last), style: { bold: true, horizontal: "center", wrap: true } },
      { range: rect(head, 0, lastRow, last), style: { border: "thin" } },
      { range: rect(head + 1, last, lastRow, last), style: { wrap: true } },
      { range: rect(head + 1, CELL_COL, lastRow, CELL_COL), style: { horizontal: "center" } },
      ...g.styles,
    ],
    merges: g.merges,
    columnWidths: [...WIDTHS],
    rowHeights: g.rowHeights,
    freeze: { rows: head + 1, columns: 0 },
    links,
    conditionalFormats: [],
    page: fitToWidthPage({ orientation: "landscape", margins: { top: 15, bottom: 15, left: 15, right: 15 }, printArea: rect(0, 0, lastRow, last), printTitleRows: { first: head, last: head } }),
    // No native table: its banded style fills rows, which print grey.
    table: null,
    chart: null,
  };
}
