import type { Field } from "../model";
import { fold } from "../text";
import { failedOutcome, type Outcome } from "./outcome";
import { cellText } from "./readNumber";
import { cellLabel, rowCell, rowFinding, type RowContext } from "./rowContext";
import { atLeast } from "./tolerance";

const PASS_WORDS = new Set(["dat", "hoan thanh", "co", "x", "✓", "✔", "1", "true", "yes"]);
const FAIL_WORDS = new Set(["khong dat", "chua dat", "khong hoan thanh", "khong", "0", "false", "no"]);

/** For pass and grade the value sits in the actual column, or in the attainment column when that is empty. */
export function wordField(ctx: RowContext): Field {
  return ctx.row.actual.value.kind === "blank" ? ctx.row.attainment : ctx.row.actual;
}

/** The word in a cell, folded for matching, or null when the cell is blank. */
export function foldedWord(field: Field): string | null {
  const value = field.value;
  if (value.kind === "blank") return null;
  if (value.kind === "bool") return value.value ? "true" : "false";
  return fold(cellText(value));
}

export function isReaderFlagged(ctx: RowContext, field: Field): boolean {
  return field.cell !== null && ctx.flagged.has(ctx.report.file, ctx.report.sheet, field.cell);
}

/** The pass method: Đạt → M, Không đạt → 0. */
export function scorePass(ctx: RowContext): Outcome {
  const field = wordField(ctx);
  const word = foldedWord(field);
  const m = ctx.indicator.maxPoints;
  if (word !== null && PASS_WORDS.has(word)) return { attainment: null, points: m, met: true, findings: [] };
  if (word !== null && FAIL_WORDS.has(word)) return { attainment: null, points: 0, met: atLeast(0, m), findings: [] };
  if (word === null) {
    const cell = field.cell ?? rowCell(ctx.row);
    const message = `${cellLabel(ctx, cell)}: thiếu số liệu (chưa ghi Đạt hay Không đạt); chỉ tiêu được 0 điểm.`;
    return failedOutcome([rowFinding(ctx, "error", "MISSING_DATA", cell, message)]);
  }
  if (isReaderFlagged(ctx, field)) return failedOutcome([]);
  const message = `${cellLabel(ctx, field.cell)}: "${cellText(field.value)}" không phải là Đạt hay Không đạt; chỉ tiêu được 0 điểm.`;
  return failedOutcome([rowFinding(ctx, "error", "INVALID_PASS_VALUE", field.cell, message)]);
}
