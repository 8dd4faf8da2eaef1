/** One cell's raw value and number format → what it means (docs/so-lieu.md §4). */
import type { RawValue } from "./snapshot";
import type { Field, ParsedCell } from "../model";
import { isExcelError } from "./excelErrors";

export interface CellReading {
  readonly value: ParsedCell;
  /** A text number read with an English decimal point ("100.05"): accepted, but worth a warning. */
  readonly englishDecimal: boolean;
}

/** Every cell reading and every field has one shape, whatever its kind: the `.kind` of a value is read at every
 * scored cell, and a shape per kind would make those reads slow (megamorphic) in V8. The fields a kind does not
 * use are undefined, so `toEqual` and JSON see only the kind's own; a reading that is not a report cell has no
 * cell (undefined too). */
function reading(kind: ParsedCell["kind"], value: number | boolean | undefined, text: string | undefined, percent: boolean | undefined, approximate: boolean | undefined, cell: string | null | undefined): Field {
  return { kind, value, text, percent, approximate, cell } as Field;
}

const BLANK_CELL: ParsedCell = reading("blank", undefined, undefined, undefined, undefined, undefined);

export function numberValue(value: number, percent: boolean, approximate: boolean): ParsedCell {
  return reading("number", value, undefined, percent, approximate, undefined);
}

export function textValue(text: string): ParsedCell {
  return reading("text", undefined, text, undefined, undefined, undefined);
}

export function boolValue(value: boolean): ParsedCell {
  return reading("bool", value, undefined, undefined, undefined, undefined);
}

function errorValue(text: string): ParsedCell {
  return reading("error", undefined, text, undefined, undefined, undefined);
}

/** A report cell's reading at its address. */
export function fieldOf(cell: string | null, v: ParsedCell): Field {
  const u = v as { readonly kind: ParsedCell["kind"]; readonly value?: number | boolean; readonly text?: string; readonly percent?: boolean; readonly approximate?: boolean };
  return reading(u.kind, u.value, u.text, u.percent, u.approximate, cell);
}

/** A field as a RowTable keeps it: the number slot holds a number's value or a boolean (1 or 0). */
export function storedField(kind: ParsedCell["kind"], n: number, text: string | undefined, percent: boolean, approximate: boolean, cell: string | null): Field {
  switch (kind) {
    case "number":
      return reading("number", n, undefined, percent, approximate, cell);
    case "bool":
      return reading("bool", n !== 0, undefined, undefined, undefined, cell);
    case "text":
    case "error":
      return reading(kind, undefined, text, undefined, undefined, cell);
    case "blank":
      return reading("blank", undefined, undefined, undefined, undefined, cell);
  }
}

/** A blank cell at an address (null: the report has no such column). */
export function blankField(cell: string | null): Field {
  return reading("blank", undefined, undefined, undefined, undefined, cell);
}

const BLANK: CellReading = { value: BLANK_CELL, englishDecimal: false };

/** Lower-cased (NFC) texts that mean "no value". "x" is not here: it is blank only in a numeric column. */
const BLANK_WORDS: ReadonlySet<string> = new Set(["-", "–", "—", "--", "không có", "khong co", "k/c", "k/có", "kc"]);

/** Words and signs in front of a number that make it an approximation: "khoảng 2.700", ">= 95". */
const APPROXIMATION = /^(?:~|≈|>=|<=|≥|≤|>|<|khoảng|khoang|trên|tren|dưới|duoi|hơn|hon|gần|gan|xấp xỉ|xap xi|ước tính|uoc tinh|ước đạt|uoc dat|ước|uoc)\s*/;

const SIGNED = /^([+\-−–]?)\s*(.*?)\s*(%?)$/s;
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?$/;
const DIGITS_AND_MARKS = /^\d+(?:[.,]\d+)*$/;

export function parseCell(raw: RawValue, numberFormat: string): CellReading {
  if (raw === null) return BLANK;
  if (typeof raw === "boolean") return { value: boolValue(raw), englishDecimal: false };
  if (typeof raw === "number") return readNumber(raw, numberFormat);
  return readText(raw);
}

function readNumber(n: number, numberFormat: string): CellReading {
  return { value: numberCell(n, numberFormat), englishDecimal: false };
}

/** A numeric cell (the common case, kept cheap: a report has hundreds of thousands). */
export function numberCell(n: number, numberFormat: string): ParsedCell {
  if (!Number.isFinite(n)) return errorValue("#NUM!");
  if (!isPercentFormat(numberFormat)) return numberValue(n, false, false);
  const value = percentOf(n);
  // ×100 overflows past ±1.8e306: Excel shows #NUM! for such a cell, so the reader says the same.
  return Number.isFinite(value) ? numberValue(value, true, false) : errorValue("#NUM!");
}

/** A percent format displays a fraction: 0.0332 shows as 3,32 %, and 3.32 is what the user means. "General" is by
 * far the most common format, and a comparison with it spares the search for a "%". */
export function isPercentFormat(numberFormat: string): boolean {
  return numberFormat !== "General" && numberFormat.includes("%");
}

/** 0.0332 → 3.32, not 3.3200000000000003: the float noise of ×100 is rounded off where it can arise. */
export function percentOf(fraction: number): number {
  const v = fraction * 100;
  return Math.abs(v) < 1e6 ? Math.round(v * 1e9) / 1e9 : v;
}

function readText(raw: string): CellReading {
  const text = raw.trim();
  if (text === "") return BLANK;
  if (isExcelError(text)) return { value: errorValue(text.toUpperCase()), englishDecimal: false };
  const lower = text.normalize("NFC").toLowerCase();
  if (BLANK_WORDS.has(lower)) return BLANK;

  let rest = lower;
  let approximate = false;
  for (let i = 0; i < 3; i++) {
    const m = APPROXIMATION.exec(rest);
    if (!m || m[0] === "") break;
    approximate = true;
    rest = rest.slice(m[0].length);
  }
  const number = readNumberText(rest);
  if (number === null) return { value: textValue(text), englishDecimal: false };
  return {
    value: numberValue(number.value, number.percent, approximate),
    englishDecimal: number.englishDecimal,
  };
}

interface NumberText {
  readonly value: number;
  readonly percent: boolean;
  readonly englishDecimal: boolean;
}

/** "-2.735,764" → -2735.764; "100,05%" → 100.05 percent; null when the text is not a number. */
function readNumberText(text: string): NumberText | null {
  const m = SIGNED.exec(text);
  if (!m) return null;
  const negative = m[1] !== "" && m[1] !== "+";
  const body = m[2] ?? "";
  const percent = m[3] === "%";
  const read = SPACE_GROUPED.test(body) ? { canonical: body.replace(/[ \u00a0]/g, "").replace(",", "."), englishDecimal: false } : readMarks(body);
  if (read === null) return null;
  const value = Number(read.canonical);
  if (!Number.isFinite(value)) return null;
  return { value: negative ? -value : value, percent, englishDecimal: read.englishDecimal };
}

/** Decides which of "." and "," is the decimal mark (Vietnamese: comma), per docs/so-lieu.md §4. */
function readMarks(body: string): { canonical: string; englishDecimal: boolean } | null {
  if (!DIGITS_AND_MARKS.test(body)) return null;
  const lastDot = body.lastIndexOf(".");
  const lastComma = body.lastIndexOf(",");
  if (lastDot < 0 && lastComma < 0) return { canonical: body, englishDecimal: false };
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const grouping = decimal === "." ? "," : ".";
    const cut = Math.max(lastDot, lastComma);
    const whole = body.slice(0, cut);
    if (whole.includes(decimal) || !isGrouped(whole, grouping)) return null;
    return { canonical: `${whole.split(grouping).join("")}.${body.slice(cut + 1)}`, englishDecimal: false };
  }
  const mark = lastDot >= 0 ? "." : ",";
  const parts = body.split(mark);
  if (parts.length > 2) return isGrouped(body, mark) ? { canonical: parts.join(""), englishDecimal: false } : null;
  const [whole = "", fraction = ""] = parts;
  if (mark === ",") return { canonical: `${whole}.${fraction}`, englishDecimal: false };
  // One dot: "10.858" groups thousands; "100.05" and "0.500" can only be an English decimal point.
  if (fraction.length === 3 && whole.length <= 3 && whole !== "0") return { canonical: whole + fraction, englishDecimal: false };
  return { canonical: `${whole}.${fraction}`, englishDecimal: true };
}

/** "1.234.567": a first group of 1–3 digits, then groups of exactly three. */
function isGrouped(text: string, mark: string): boolean {
  const parts = text.split(mark);
  if ((parts[0] ?? "").length > 3 && parts.length > 1) return false;
  return parts.every((p, i) => (i === 0 ? p.length >= 1 : p.length === 3));
}
