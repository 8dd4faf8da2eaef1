/** ExcelJS cell values → the engine's RawValue (docs/so-lieu.md §4: what a host hands over). */
import type { CellValue } from "exceljs";
import type { RawValue } from "../../engine/read/snapshot";

const MS_PER_DAY = 86_400_000;
/** Days from the 1900 and 1904 date systems' day 0 to 1970-01-01. */
const EPOCH_1900 = 25_569;
const EPOCH_1904 = 24_107;

/** Excel serial number of a date ExcelJS decoded (it decodes serials as UTC). */
export function dateToSerial(date: Date, date1904: boolean): number {
  return date.getTime() / MS_PER_DAY + (date1904 ? EPOCH_1904 : EPOCH_1900);
}

/** Formula cells give their cached result, hyperlinks their text, rich text its joined runs,
 * error values their text ("#N/A"); dates become serial numbers. */
export function toRawValue(value: CellValue | undefined, date1904: boolean): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value, date1904);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) {
    return toRawValue((value as { result?: CellValue }).result, date1904);
  }
  if ("hyperlink" in value) return toRawValue(value.text as CellValue, date1904);
  return null;
}
