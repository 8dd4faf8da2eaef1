/** A numeric cell of the pledge (points, bonus per 1 %, …): the number, or a finding saying why not. */
import type { PledgeNumberField, Severity } from "../findings";
import type { SheetSnapshot } from "./snapshot";
import type { FindingSink, SheetPlace } from "./findingSink";
import { makeFinding } from "../findings/makeFinding";
import { parseCell } from "./parseCell";
import { formatAt, rawAt, rawText } from "./sheetCells";

/** null for a blank cell or a cell that is not a number (then a finding names it: INVALID_POINTS for the
 * standard points, NOT_A_NUMBER for the others). */
export function readNumberField(
  sheet: SheetSnapshot,
  row: number,
  col: number | undefined,
  place: SheetPlace,
  sink: FindingSink,
  field: PledgeNumberField,
  /** "warning" for the Trừ and Thưởng columns, where a text ("(không xếp loại)") is a note of the table. */
  textSeverity: Severity = "error",
): number | null {
  if (col === undefined) return null;
  const raw = rawAt(sheet, row, col);
  // Points are often written with their unit: "100 điểm" (the real tables' total rows).
  const cell = typeof raw === "string" ? raw.replace(/\s*(?:điểm|diem)\s*\.?\s*$/i, "") : raw;
  const reading = parseCell(cell, formatAt(sheet, row, col));
  const v = reading.value;
  switch (v.kind) {
    case "blank":
      return null;
    case "number":
      if (v.approximate) {
        sink.add(makeFinding("APPROXIMATE_VALUE", "warning", place.at(row, col), { field, text: rawText(raw), value: v.value }));
      }
      if (reading.englishDecimal) {
        sink.add(makeFinding("ENGLISH_DECIMAL", "warning", place.at(row, col), { field, text: rawText(raw), value: v.value }));
      }
      return v.value;
    case "error":
      sink.add(makeFinding("EXCEL_ERROR", "error", place.at(row, col), { field, text: v.text, indicator: null }));
      return null;
    case "text":
    case "bool":
      sink.add(
        field === "maxPoints"
          ? makeFinding("INVALID_POINTS", "error", place.at(row, col), { reason: "notANumber", text: rawText(raw) })
          : makeFinding("NOT_A_NUMBER", textSeverity, place.at(row, col), { field, text: rawText(raw), indicator: null }),
      );
      return null;
  }
}
