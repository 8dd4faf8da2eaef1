/** One value cell of a matched report row, checked against what the indicator's rule expects there. */
import type { Field, ParsedCell, Rule } from "../model";
import type { RawValue } from "./snapshot";
import type { FindingSink, SheetPlace } from "./findingSink";
import { formatNumberVi } from "../format/formatVi";
import { numberCell } from "./parseCell";
import { rawText } from "./sheetCells";
import type { SharedCells } from "./sharedCells";

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

/** The row's value and format arrays are passed in: this runs for every value cell of every report. */
export function readValueField(
  values: readonly RawValue[] | undefined,
  formats: readonly string[] | undefined,
  row: number,
  col: number | undefined,
  field: ValueField,
  rule: Rule | null,
  place: SheetPlace,
  sink: FindingSink,
  cells: SharedCells,
): Field {
  if (col === undefined) return NO_COLUMN;
  const raw = values?.[col] ?? null;
  const sheet = place.sheet;
  if (raw === null) return cells.blankField(sheet.top + row, sheet.left + col);
  const cell = cells.address(sheet.top + row, sheet.left + col);
  if (typeof raw === "number" && Number.isFinite(raw)) return { cell, value: cells.number(raw, formats?.[col] ?? "General") };
  const reading = typeof raw === "string" ? cells.text(raw) : { value: numberOrBool(raw, formats?.[col] ?? "General"), englishDecimal: false };
  const v = reading.value;
  switch (v.kind) {
    case "blank":
      return cells.blankField(sheet.top + row, sheet.left + col);
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
      if (v.kind === "text" && v.text.toLowerCase() === "x") return cells.blankField(sheet.top + row, sheet.left + col);
      sink.add("error", "NOT_A_NUMBER", place.at(row, col), `Ô ${cell}: "${rawText(raw)}" không phải là số.`);
      return { cell, value: v };
  }
}

/** A boolean, or a number that is not finite (numberCell makes that an error). */
function numberOrBool(raw: number | boolean, format: string): ParsedCell {
  return typeof raw === "boolean" ? { kind: "bool", value: raw } : numberCell(raw, format);
}
