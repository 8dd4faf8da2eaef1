/** One value cell of a matched report row, checked against what the indicator's rule expects there. */
import type { ValueField } from "../findings";
import type { Field, Rule } from "../model";
import type { RawValue } from "./snapshot";
import type { FindingSink, SheetPlace } from "./findingSink";
import { makeFinding } from "../findings/makeFinding";
import { blankField, boolValue, fieldOf, isPercentFormat, numberCell, percentOf } from "./parseCell";
import type { RowTable } from "./rowTable";
import { rawText } from "./sheetCells";
import type { SharedCells } from "./sharedCells";

const NO_COLUMN: Field = blankField(null);

/** The matched report row being read, shared by its value cells. This runs for every value cell of every
 * report, so readReport keeps one per sheet and moves it from row to row: a fresh object per row cost 2–3 %
 * of the 500 × 200 bench. Only the row's fields change. */
export interface ValueRow {
  values: readonly RawValue[] | undefined;
  formats: readonly string[] | undefined;
  /** Grid row on the sheet snapshot. */
  row: number;
  rule: Rule | null;
  readonly place: SheetPlace;
  readonly sink: FindingSink;
  readonly cells: SharedCells;
}

/** Must this column hold a number for this rule? Pass and grade put words in actual (and attainment);
 * an unknown rule is not scored, so its words are not an error either. */
function isNumeric(field: ValueField, rule: Rule | null): boolean {
  const wordsAllowed = rule === null || rule === "pass" || rule === "grade";
  if (field === "plan" || field === "actual" || field === "attainment") return !wordsAllowed;
  return true;
}

/** The cell of `field` (at grid column `col`, undefined when the report has no such column). */
export function readValueField(at: ValueRow, col: number | undefined, field: ValueField): Field {
  if (col === undefined) return NO_COLUMN;
  const { row, place, cells } = at;
  const raw = at.values?.[col] ?? null;
  const sheet = place.sheet;
  if (raw === null) return cells.blankField(sheet.top + row, sheet.left + col);
  const cell = cells.address(sheet.top + row, sheet.left + col);
  if (typeof raw === "number") return fieldOf(cell, numberCell(raw, at.formats?.[col] ?? "General"));
  if (typeof raw === "boolean") return isNumeric(field, at.rule) ? notANumber(at, col, field, raw, fieldOf(cell, boolValue(raw))) : fieldOf(cell, boolValue(raw));
  const reading = cells.text(raw);
  const v = reading.value;
  switch (v.kind) {
    case "blank":
      return cells.blankField(sheet.top + row, sheet.left + col);
    case "number":
      if (v.approximate) at.sink.add(makeFinding("APPROXIMATE_VALUE", "warning", place.at(row, col), { field, text: rawText(raw), value: v.value }));
      if (reading.englishDecimal) at.sink.add(makeFinding("ENGLISH_DECIMAL", "warning", place.at(row, col), { field, text: rawText(raw), value: v.value }));
      return fieldOf(cell, v);
    case "error":
      at.sink.add(makeFinding("EXCEL_ERROR", "error", place.at(row, col), { field, text: v.text, indicator: null }));
      return fieldOf(cell, v);
    case "text":
    case "bool":
      if (!isNumeric(field, at.rule)) return fieldOf(cell, v);
      // In a numeric column an "x" only marks the cell as not applicable.
      if (v.kind === "text" && v.text.toLowerCase() === "x") return cells.blankField(sheet.top + row, sheet.left + col);
      return notANumber(at, col, field, raw, fieldOf(cell, v));
  }
}

/** A word or a boolean where the rule wants a number: reported, and kept as it is. */
function notANumber(at: ValueRow, col: number, field: ValueField, raw: string | boolean, value: Field): Field {
  at.sink.add(makeFinding("NOT_A_NUMBER", "error", at.place.at(at.row, col), { field, text: rawText(raw), indicator: null }));
  return value;
}

/** readValueField into a RowTable, making no object for the cells most reports are made of (finite numbers, read as
 * numberCell reads them, and blanks); any other cell goes through readValueField. Its kind code. */
export function storeValueField(at: ValueRow, col: number | undefined, field: ValueField, table: RowTable, i: number): number {
  if (col === undefined) return table.blank(i);
  const raw = at.values?.[col] ?? null;
  if (raw === null) return table.blank(i);
  if (typeof raw === "number" && Number.isFinite(raw)) {
    if (!isPercentFormat(at.formats?.[col] ?? "General")) return table.number(i, raw, false, false);
    const value = percentOf(raw);
    if (Number.isFinite(value)) return table.number(i, value, true, false);
  }
  return table.put(i, readValueField(at, col, field));
}
