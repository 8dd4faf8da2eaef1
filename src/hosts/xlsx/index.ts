/** The .xlsx host (fflate + saxes, no ExcelJS), loaded lazily by the task pane's standalone mode. */
export { readWorkbook } from "./readWorkbook";
export { XlsxWorkbook } from "./XlsxWorkbook";
export { XlsxInputError, MAX_XLSX_BYTES } from "./xlsxInputError";
export type { XlsxInputProblem } from "./xlsxInputError";
export { formWorkbook } from "./formWorkbook";
