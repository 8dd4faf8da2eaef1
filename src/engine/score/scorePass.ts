import type { Field, Indicator, ReportRow } from "../model";
import type { IndicatorScore } from "./result";
import { indicatorScore, zeroScore } from "./indicatorScore";
import { cellText, isReaderFlagged } from "./readNumber";
import { indicatorRef, makeFinding } from "../findings/makeFinding";
import { onReport, rowCell, type MemberContext } from "./memberContext";
import { atLeast } from "./tolerance";

const PASS_WORDS = new Set(["dat", "hoan thanh", "co", "x", "✓", "✔", "1", "true", "yes"]);
const FAIL_WORDS = new Set(["khong dat", "chua dat", "khong hoan thanh", "khong", "0", "false", "no"]);

/** Under a blank method (docs/cham-diem.md, decided readings): a pass or fail word makes the row `pass`; "x" only
 * when the row has no plan; a number 1 or 0 stays a number, so the words "1" and "0" are left out. */
export function isBlankMethodPassWord(word: string, hasPlan: boolean): boolean {
  if (word === "1" || word === "0") return false;
  if (word === "x") return !hasPlan;
  return PASS_WORDS.has(word) || FAIL_WORDS.has(word);
}

/** For pass and grade the value sits in the actual column, or in the attainment column when that is empty. */
export function wordField(row: ReportRow): Field {
  return row.actual.kind === "blank" ? row.attainment : row.actual;
}

/** The word in a cell, folded for matching, or null when the cell is blank. */
export function foldedWord(ctx: MemberContext, field: Field): string | null {
  const value = field;
  if (value.kind === "blank") return null;
  if (value.kind === "bool") return value.value ? "true" : "false";
  return ctx.run.foldWord(cellText(value));
}

/** The pass method: Đạt → M, Không đạt → 0. */
export function scorePass(ctx: MemberContext, indicator: Indicator, row: ReportRow): IndicatorScore {
  const field = wordField(row);
  const word = foldedWord(ctx, field);
  if (word !== null && PASS_WORDS.has(word)) return indicatorScore(indicator, null, indicator.maxPoints, true);
  if (word !== null && FAIL_WORDS.has(word)) return indicatorScore(indicator, null, 0, atLeast(0, indicator.maxPoints));
  if (word === null) {
    const cell = field.cell ?? rowCell(row);
    ctx.findings.push(makeFinding("MISSING_DATA", "error", onReport(ctx.report, cell), { indicator: indicatorRef(indicator), expected: "passFail", missing: [] }));
  } else if (!isReaderFlagged(ctx, field)) {
    const facts = { indicator: indicatorRef(indicator), text: cellText(field) };
    ctx.findings.push(makeFinding("INVALID_PASS_VALUE", "error", onReport(ctx.report, field.cell), facts));
  }
  return zeroScore(indicator);
}
