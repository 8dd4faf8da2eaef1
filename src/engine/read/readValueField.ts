/** One value cell of a matched report row, checked against what the indicator's rule expects there. */
import type { Field, ParsedCell, Rule } from "../model";
import type { SheetSnapshot } from "../snapshot";
import type { FindingSink, SheetPlace } from "./findingSink";
import { formatNumberVi } from "./formatNumberVi";
import { numberCell, parseCell } from "./parseCell";
import { formatAt, rawAt, rawText } from "./sheetCells";

export type ValueField = "plan" | "actual" | "attainment" | "growth" | "selfScore" | "clusterScore";

const BLANK: ParsedCell = { kind: "blank" };
const NO_COLUMN: Field = { cell: null, value: BLANK };

/** Must this column hold a number for this rule? Pass and grade put words in actual (and attainment);
 * an unknown rule is not scored, so its words are not an error either. */
function isNumeric(field: ValueField, rule: Rule | null): boolean {
  const wordsAllowed = rule === null || rule === "pass" || rule === "grade";
  if (field === "plan" || field === "actual" || field === "attainment") return !wordsAllowed;
  return true;
}

export function readValueField(
  sheet: SheetSnapshot,
  row: number,
  col: number | undefined,
  field: ValueField,
  rule: Rule | null,
  place: SheetPlace,
  sink: FindingSink,
  address: (row: number, col: number) => string,
): Field {
  if (col === undefined) return NO_COLUMN;
  const raw = rawAt(sheet, row, col);
  const cell = address(row, col);
  if (raw === null) return { cell, value: BLANK };
  if (typeof raw === "number" && Number.isFinite(raw)) return { cell, value: numberCell(raw, formatAt(sheet, row, col)) };
  const reading = parseCell(raw, formatAt(sheet, row, col));
  const v = reading.value;
  switch (v.kind) {
    case "blank":
      return { cell, value: v };
    case "number":
      if (v.approximate) {
        sink.add("warning", "APPROXIMATE_VALUE", place.at(row, col), `Ô ${cell}: "${rawText(raw)}" là số ước lượng; tạm lấy ${formatNumberVi(v.value)}.`);
      }
      if (reading.englishDecimal) {
        sink.add("warning", "ENGLISH_DECIMAL", place.at(row, col), `Ô ${cell}: "${rawText(raw)}" dùng dấu chấm làm dấu thập phân; đã hiểu là ${formatNumberVi(v.value)}.`);
      }
      return { cell, value: v };
    case "error":
      sink.add("error", "EXCEL_ERROR", place.at(row, col), `Ô ${cell}: lỗi Excel "${v.text}"; cần sửa công thức hoặc nhập số liệu.`);
      return { cell, value: v };
    case "text":
    case "bool":
      if (!isNumeric(field, rule)) return { cell, value: v };
      // In a numeric column an "x" only marks the cell as not applicable.
      if (v.kind === "text" && v.text.toLowerCase() === "x") return { cell, value: BLANK };
      sink.add("error", "NOT_A_NUMBER", place.at(row, col), `Ô ${cell}: "${rawText(raw)}" không phải là số.`);
      return { cell, value: v };
  }
}
