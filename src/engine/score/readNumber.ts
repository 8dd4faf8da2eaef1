import type { Finding } from "../findings";
import type { Field, ParsedCell } from "../model";
import { cellLabel, rowFinding, type RowContext } from "./rowContext";

export type NumberRead =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "missing" }
  /** Not a number: the indicator scores 0. findings is empty when the reader already reported the cell. */
  | { readonly kind: "invalid"; readonly findings: readonly Finding[] };

const MISSING: NumberRead = { kind: "missing" };

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

export function readNumber(ctx: RowContext, field: Field): NumberRead {
  const value = field.value;
  if (value.kind === "blank") return MISSING;
  if (value.kind === "number") return { kind: "number", value: value.value };
  const cell = field.cell;
  if (cell !== null && ctx.flagged.has(ctx.report.file, ctx.report.sheet, cell)) return { kind: "invalid", findings: [] };
  const text = cellText(value);
  const finding =
    value.kind === "error"
      ? rowFinding(ctx, "error", "EXCEL_ERROR", cell, `${cellLabel(ctx, cell)}: ô có lỗi Excel "${text}"; chỉ tiêu được 0 điểm.`)
      : rowFinding(ctx, "error", "NOT_A_NUMBER", cell, `${cellLabel(ctx, cell)}: "${text}" không phải là số; chỉ tiêu được 0 điểm.`);
  return { kind: "invalid", findings: [finding] };
}
