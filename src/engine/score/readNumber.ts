import type { ValueField } from "../findings";
import type { Field, Indicator, ParsedCell } from "../model";
import { indicatorRef, makeFinding } from "../findings/makeFinding";
import { onReport, type MemberContext } from "./memberContext";

/** A number cell is returned as it is, so reading allocates nothing. */
export type NumberRead =
  | Extract<ParsedCell, { kind: "number" }>
  | { readonly kind: "missing" }
  /** Not a number: the indicator scores 0; the reader or readNumber has reported the cell. */
  | { readonly kind: "invalid" };

/** In the one shape of every cell reading (parseCell.ts), so that the `.kind` of a NumberRead stays a fast read. */
const MISSING = { kind: "missing", value: undefined, text: undefined, percent: undefined, approximate: undefined, cell: null } as NumberRead;
const INVALID = { kind: "invalid", value: undefined, text: undefined, percent: undefined, approximate: undefined, cell: null } as NumberRead;

/** The text a clerk typed, for quoting: a boolean reads as Excel shows it. */
export function cellText(value: ParsedCell): string {
  switch (value.kind) {
    case "blank":
      return "";
    case "number":
      return String(value.value);
    case "text":
    case "error":
      return value.text;
    case "bool":
      return value.value ? "TRUE" : "FALSE";
  }
}

export function isReaderFlagged(ctx: MemberContext, field: Field): boolean {
  return field.cell !== null && ctx.run.isFlagged(ctx.report.file, ctx.report.sheet, field.cell);
}

/** A field's number; anything else than a number or a blank is reported, unless the reader already did. */
export function readNumber(ctx: MemberContext, indicator: Indicator, field: Field, name: ValueField): NumberRead {
  const value = field;
  if (value.kind === "blank") return MISSING;
  if (value.kind === "number") return value;
  if (isReaderFlagged(ctx, field)) return INVALID;
  const facts = { field: name, text: cellText(value), indicator: indicatorRef(indicator) };
  const where = onReport(ctx.report, field.cell);
  ctx.findings.push(value.kind === "error" ? makeFinding("EXCEL_ERROR", "error", where, facts) : makeFinding("NOT_A_NUMBER", "error", where, facts));
  return INVALID;
}
