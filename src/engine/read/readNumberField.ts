/** A numeric cell of the pledge (points, bonus per 1 %, …): the number, or a finding saying why not. */
import type { FindingCode } from "../findings";
import type { SheetSnapshot } from "./snapshot";
import type { FindingSink, SheetPlace } from "./findingSink";
import { formatNumberVi } from "../format/formatVi";
import { parseCell } from "./parseCell";
import { addressAt, formatAt, rawAt, rawText } from "./sheetCells";

/** null for a blank cell or a cell that is not a number (then a finding with `badCode` names it). */
export function readNumberField(
  sheet: SheetSnapshot,
  row: number,
  col: number | undefined,
  place: SheetPlace,
  sink: FindingSink,
  badCode: FindingCode,
  what: string,
): number | null {
  if (col === undefined) return null;
  const raw = rawAt(sheet, row, col);
  const reading = parseCell(raw, formatAt(sheet, row, col));
  const v = reading.value;
  const address = addressAt(sheet, row, col);
  switch (v.kind) {
    case "blank":
      return null;
    case "number":
      if (v.approximate) {
        sink.add("warning", "APPROXIMATE_VALUE", place.at(row, col), `Ô ${address}: ${what} "${rawText(raw)}" là số ước lượng; tạm lấy ${formatNumberVi(v.value)}.`);
      }
      if (reading.englishDecimal) {
        sink.add("warning", "ENGLISH_DECIMAL", place.at(row, col), `Ô ${address}: "${rawText(raw)}" dùng dấu chấm làm dấu thập phân; đã hiểu là ${formatNumberVi(v.value)}.`);
      }
      return v.value;
    case "error":
      sink.add("error", "EXCEL_ERROR", place.at(row, col), `Ô ${address}: ${what} bị lỗi Excel "${v.text}"; cần sửa công thức hoặc nhập số.`);
      return null;
    case "text":
    case "bool":
      sink.add("error", badCode, place.at(row, col), `Ô ${address}: ${what} "${rawText(raw)}" không phải là số.`);
      return null;
  }
}
