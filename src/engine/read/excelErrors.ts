/** Excel's error values, as a host passes them (value) or as a user pasted them (text). */
const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#DIV/0!",
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

export function isExcelError(text: string): boolean {
  return text.startsWith("#") && EXCEL_ERRORS.has(text.trim().toUpperCase());
}
