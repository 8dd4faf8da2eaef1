/** Helpers for the host's tests and the golden tests: build small workbooks, compare sheets. */
import ExcelJS from "exceljs";
import type { SheetSpec } from "../../../engine/sheets/sheetSpec";
import { XlsxPackage } from "../package/XlsxPackage";

/** One part of an .xlsx, unpacked, as text. */
export function partText(bytes: Uint8Array, name: string): string {
  const text = XlsxPackage.open(bytes, "test.xlsx").text(name);
  if (text === null) throw new Error(`${name} is not in the package`);
  return text;
}

export async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function openWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

/** Every non-empty cell of a sheet as "A1 → value | formula | numFmt | font", for before/after comparisons. */
export function sheetFingerprint(ws: ExcelJS.Worksheet): string[] {
  const lines: string[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      lines.push(
        [
          `${r}:${c}`,
          JSON.stringify(cell.value),
          cell.formula ?? "",
          cell.numFmt ?? "",
          JSON.stringify(cell.font ?? {}),
          JSON.stringify(cell.fill ?? {}),
          JSON.stringify(cell.border ?? {}),
          JSON.stringify(cell.alignment ?? {}),
        ].join(" | "),
      );
    });
  });
  const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  lines.push(`merges ${[...merges].sort().join(",")}`);
  return lines;
}

/** A small but complete plan: every field the host writes. */
export function sampleSpec(overrides: Partial<SheetSpec> = {}): SheetSpec {
  return {
    kind: "ranking",
    tag: "ranking_2024",
    name: "Xếp hạng 2024",
    values: [
      ["BẢNG XẾP HẠNG", null, null],
      ["Hạng", "Đơn vị", "Tổng điểm"],
      [1, "=SUM(A1)", 1012.5],
      [2, "+84 912", 990.25],
    ],
    styles: [
      { range: { top: 0, left: 0, bottom: 3, right: 2 }, style: { fontName: "Times New Roman", size: 13 } },
      { range: { top: 1, left: 0, bottom: 1, right: 2 }, style: { bold: true, fill: "DDEBF7", horizontal: "center", border: "thin" } },
      { range: { top: 2, left: 2, bottom: 3, right: 2 }, style: { numberFormat: "#,##0.00", italic: true, underline: true, color: "C00000", vertical: "middle", wrap: true } },
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    columnWidths: [8, 30, 14],
    rowHeights: [{ row: 0, height: 32 }],
    freeze: { rows: 2, columns: 0 },
    links: [{ row: 3, col: 0, sheet: "Báo cáo", cell: "E12" }],
    conditionalFormats: [{ range: { top: 2, left: 2, bottom: 3, right: 2 }, kind: "dataBar", color: "5B9BD5" }],
    page: {
      orientation: "landscape",
      scale: { kind: "fit", pagesWide: 1, pagesTall: 0 },
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      centerHorizontally: false,
      printArea: { top: 0, left: 0, bottom: 3, right: 2 },
      printTitleRows: { first: 1, last: 1 },
      printTitleColumns: null,
      rowBreaks: [],
      columnBreaks: [],
    },
    table: null,
    chart: null,
    ...overrides,
  };
}
