/** Small hand-made sheet specs for the host's tests. */
import type { SheetSpec, SheetWrite, WriteSpec } from "../../../engine/sheets/sheetSpec";

export function rankingSpec(overrides: Partial<SheetSpec> = {}): SheetSpec {
  return {
    kind: "ranking",
    tag: "ranking_2024",
    name: "Xếp hạng 2024",
    values: [
      ["BẢNG XẾP HẠNG CỤM THI ĐUA SỐ 2", null, null, null],
      ["Hạng", "Đơn vị", "Tổng điểm", "Tỷ lệ"],
      [1, "=SUM(A1)", 95.5, 0.955],
      [2, "+84 912", 90.25, 0.9025],
      [3, "Huyện Đak Đoa", 88, 0.88],
    ],
    styles: [
      { range: { top: 0, left: 0, bottom: 4, right: 3 }, style: { fontName: "Times New Roman", size: 12 } },
      { range: { top: 0, left: 0, bottom: 0, right: 3 }, style: { bold: true, size: 14, horizontal: "center" } },
      { range: { top: 1, left: 0, bottom: 4, right: 3 }, style: { border: "thin", wrap: true, vertical: "middle" } },
      { range: { top: 1, left: 0, bottom: 1, right: 3 }, style: { fill: "D9E1F2", bold: true } },
      { range: { top: 2, left: 2, bottom: 4, right: 2 }, style: { numberFormat: "#,##0.00" } },
      { range: { top: 2, left: 3, bottom: 4, right: 3 }, style: { numberFormat: "0.00%" } },
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
    columnWidths: [6, 30, 12, 12],
    rowHeights: [{ row: 0, height: 30 }],
    freeze: { rows: 2, columns: 0 },
    links: [{ row: 4, col: 1, sheet: "Báo cáo", cell: "B5" }],
    conditionalFormats: [{ range: { top: 2, left: 2, bottom: 4, right: 2 }, kind: "dataBar", color: "63BE7B" }],
    page: {
      orientation: "landscape",
      scale: { kind: "fit", pagesWide: 1, pagesTall: 0 },
      margins: { top: 20, bottom: 20, left: 15, right: 15 },
      centerHorizontally: false,
      printArea: { top: 0, left: 0, bottom: 4, right: 3 },
      printTitleRows: { first: 1, last: 1 },
      printTitleColumns: null,
      rowBreaks: [],
      columnBreaks: [],
    },
    table: { range: { top: 1, left: 0, bottom: 4, right: 3 }, style: "TableStyleLight9" },
    chart: {
      title: "Tổng điểm",
      categories: { top: 2, left: 1, bottom: 4, right: 1 },
      values: { top: 2, left: 2, bottom: 4, right: 2 },
      anchor: { top: 6, left: 0, bottom: 20, right: 5 },
    },
    ...overrides,
  };
}

export { plainSpec } from "../../../engine/testing/sheetSpecs";

export function writeOf(sheets: readonly SheetWrite[], activate: string | null = sheets[0]?.name ?? null): WriteSpec {
  return { sheets, activate };
}
