/** A new workbook made of the tool's sheets only: a member's report form (docs/dong-lenh.md, template). */
import ExcelJS from "exceljs";
import type { SheetSpec } from "../../engine/sheets/sheetSpec";
import { writeSheetSpec } from "./writeSheetSpec";

export async function formWorkbook(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  // Excel and LibreOffice recompute the tool's formulas on opening, whatever cached result the file holds.
  workbook.calcProperties = { fullCalcOnLoad: true };
  for (const spec of sheets) writeSheetSpec(workbook.addWorksheet(spec.name), spec);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
