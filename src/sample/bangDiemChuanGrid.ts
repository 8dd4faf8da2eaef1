/** The real Tiền Giang table (src/engine/testing/bangDiemChuan.ts) as a sheet grid, with the merges of the document:
 * "ĐIỂM" over Chuẩn | Thưởng | Trừ, STT and TIÊU CHUẨN THI ĐUA over two rows, and the rows whose STT and name
 * cells are one cell ("- Có báo cáo …"). Written as an .xlsx by scripts/write-bang-diem-chuan.ts. */
import { BANG_DIEM_CHUAN_FIRST_ROW, bangDiemChuanSheet } from "../engine/testing/bangDiemChuan";
import { readCode } from "../engine/read/indicatorCode";
import type { GridRow, RowStyle, SheetGrid } from "./sheetGrid";

export function bangDiemChuanGrid(): SheetGrid {
  const sheet = bangDiemChuanSheet();
  const header = BANG_DIEM_CHUAN_FIRST_ROW - 2;
  const merges: string[] = ["A1:E1", "A2:E2", `A${header + 1}:A${header + 2}`, `B${header + 1}:B${header + 2}`, `C${header + 1}:E${header + 1}`];
  const rows: GridRow[] = sheet.values.map((values, r): GridRow => {
    const style: RowStyle = r < 2 ? (r === 0 ? "title" : "subtitle") : r < header ? "body" : r < BANG_DIEM_CHUAN_FIRST_ROW ? "header" : "body";
    if (r >= BANG_DIEM_CHUAN_FIRST_ROW && typeof values[0] === "string" && readCode(values[0]).kind === "other" && values[1] === null) {
      merges.push(`A${r + 1}:B${r + 1}`);
    }
    return { style: r === header - 1 ? "subtitle" : style, cells: values.map((v) => (typeof v === "boolean" ? String(v) : v)) };
  });
  return { name: sheet.name, rows, merges, widths: [9, 80, 9, 9, 9] };
}
