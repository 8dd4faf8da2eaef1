import type { Finding } from "../findings";
import type { ClusterResult } from "../score/result";
import type { SheetSpec } from "./sheetSpec";
import { estimateRowHeight, FONT, rect, SheetGrid } from "./sheetGrid";
import { yearName, yearTag } from "./sheetNames";

const HEADERS = ["Mức độ", "Đơn vị", "Tệp", "Trang tính", "Ô", "Nội dung"] as const;
const WIDTHS = [11, 24, 20, 20, 8, 80] as const;
const CELL_COL = 4;
const ERROR_COLOR = "C00000";
const WARNING_COLOR = "9C5700";

/**
 * Where a finding's link should jump: by default the sheet the finding names. A host that imported member reports
 * under other names ("TH <member>") passes its own mapping; null means no link.
 */
export type LinkTarget = (finding: Finding) => string | null;

const sameSheet: LinkTarget = (f) => f.sheet;

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
    g.setRow(row, 0, [f.severity === "error" ? "Lỗi" : "Cảnh báo", f.member ?? "", f.file ?? "", f.sheet ?? "", f.cell ?? "", f.message]);
    g.style(rect(row, 0, row, 0), { bold: true, color: f.severity === "error" ? ERROR_COLOR : WARNING_COLOR });
    const target = linkTarget(f);
    if (target !== null) {
      links.push({ row, col: CELL_COL, sheet: target, cell: f.cell ?? "A1" });
      g.style(rect(row, CELL_COL, row, CELL_COL), { color: "0563C1", underline: true });
    }
    g.height(row, estimateRowHeight(f.message, WIDTHS[last] ?? 80, 12));
  });
  const lastRow = head + result.findings.length;

  return {
    kind: "findings",
    tag: yearTag("findings", year),
    name: yearName("Kiểm tra", year),
    values: g.values(HEADERS.length),
    styles: [
      { range: rect(0, 0, lastRow, last), style: { fontName: FONT, size: 12, vertical: "top" } },
      { range: rect(0, 0, 0, last), style: { bold: true, size: 14, horizontal: "center" } },
      { range: rect(1, 0, 1, last), style: { italic: true, horizontal: "center" } },
      { range: rect(head, 0, head, last), style: { bold: true, fill: "DDEBF7", horizontal: "center", wrap: true } },
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
    page: {
      orientation: "landscape",
      scale: { kind: "fit", pagesWide: 1, pagesTall: 0 },
      margins: { top: 20, bottom: 20, left: 20, right: 15 },
      centerHorizontally: false,
      printArea: rect(0, 0, lastRow, last),
      printTitleRows: { first: head, last: head },
      printTitleColumns: null,
      rowBreaks: [],
      columnBreaks: [],
    },
    table: { range: rect(head, 0, lastRow, last), style: "TableStyleLight9" },
    chart: null,
  };
}
