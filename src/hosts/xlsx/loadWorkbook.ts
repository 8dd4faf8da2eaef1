/** Bytes → ExcelJS workbook, with every input problem turned into one XlsxInputError. */
import ExcelJS from "exceljs";
import { XlsxInputError, checkXlsxBytes, toBytes } from "./xlsxInputError";

export async function loadWorkbook(data: ArrayBuffer | Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  const bytes = toBytes(data);
  checkXlsxBytes(bytes, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for a Node Buffer; JSZip underneath takes any byte array, also in the browser.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (cause) {
    throw new XlsxInputError("corrupt", fileName, { cause });
  }
  // A zip that is not a spreadsheet (a .docx renamed) loads as a workbook without sheets.
  if (workbook.worksheets.length === 0) throw new XlsxInputError("notXlsx", fileName);
  return workbook;
}
