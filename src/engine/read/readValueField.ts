/** One value cell of a matched report row, checked against what the indicator's rule expects there. */
import type { ValueField } from "../findings";
import type { Field, ParsedCell, Rule } from "../model";
import type { RawValue } from "./snapshot";
import type { FindingSink, SheetPlace } from "./findingSink";
import { makeFinding } from "../findings/makeFinding";
import { numberCell } from "./parseCell";
import { rawText } from "./sheetCells";
import type { SharedCells } from "./sharedCells";

const BLANK: ParsedCell = { kind: "blank" };
const NO_COLUMN: Field = { cell: null, value: BLANK };

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
  if (typeof raw === "number" && Number.isFinite(raw)) return { cell, value: cells.number(raw, at.formats?.[col] ?? "General") };
  const reading = typeof raw === "string" ? cells.text(raw) : { value: numberOrBool(raw, at.formats?.[col] ?? "General"), englishDecimal: false };
  const v = reading.value;
  switch (v.kind) {
    case "blank":
      return cells.blankField(sheet.top + row, sheet.left + col);
    case "number":
      if (v.approximate) at.sink.add(makeFinding("APPROXIMATE_VALUE", "warning", place.at(row, col), { field, text: rawText(raw), value: v.value }));
      if (reading.englishDecimal) at.sink.add(makeFinding("ENGLISH_DECIMAL", "warning", place.at(row, col), { field, text: rawText(raw), value: v.value }));
      return { cell, value: v };
    case "error":
      at.sink.add(makeFinding("EXCEL_ERROR", "error", place.at(row, col), { field, text: v.text, indicator: null }));
      return { cell, value: v };
    case "text":
    case "bool":
      if (!isNumeric(field, at.rule)) return { cell, value: v };
      // In a numeric column an "x" only marks the cell as not applicable.
      if (v.kind === "text" && v.text.toLowerCase() === "x") return cells.blankField(sheet.top + row, sheet.left + col);
      at.sink.add(makeFinding("NOT_A_NUMBER", "error", place.at(row, col), { field, text: rawText(raw), indicator: null }));
      return { cell, value: v };
  }
}

/** A boolean, or a number that is not finite (numberCell makes that an error). */
function numberOrBool(raw: number | boolean, format: string): ParsedCell {
  return typeof raw === "boolean" ? { kind: "bool", value: raw } : numberCell(raw, format);
}
