import type { GradeLevel, Indicator, ReportRow } from "../model";
import type { IndicatorScore } from "./result";
import { indicatorScore, zeroScore } from "./indicatorScore";
import { cellText, isReaderFlagged } from "./readNumber";
import { indicatorRef, makeFinding } from "../findings/makeFinding";
import { onReport, rowCell, type MemberContext } from "./memberContext";
import { foldedWord, wordField } from "./scorePass";
import { atLeast } from "./tolerance";
import { GRADE_LEVELS } from "../read/gradeShareText";

/** The default share of M per level, when the pledge gives none for it. */
const DEFAULT_SHARES: Readonly<Record<GradeLevel, number>> = { excellent: 1, good: 0.85, fair: 0.7, average: 0.5, fail: 0 };

/** "Hoàn thành tốt nhiệm vụ." is how the grade is usually written in full. */
export function gradeLevel(word: string): GradeLevel | undefined {
  return GRADE_LEVELS.get(word) ?? GRADE_LEVELS.get(word.replace(/\.$/, "").replace(/ nhiem vu$/, ""));
}

/** Points of a level: the pledge's own share ("HTT: 80%" a share of M, "Tốt: 8" points), else the default. */
export function gradePoints(indicator: Indicator, level: GradeLevel): number {
  const m = indicator.maxPoints;
  for (const share of indicator.gradeShares) {
    if (share.level === level) return share.percent ? (share.value / 100) * m : share.value;
  }
  return DEFAULT_SHARES[level] * m;
}

/** The grade method: a completion level gives a share of M. */
export function scoreGrade(ctx: MemberContext, indicator: Indicator, row: ReportRow): IndicatorScore {
  const field = wordField(row);
  const word = foldedWord(ctx, field);
  const level = word === null ? undefined : gradeLevel(word);
  if (level !== undefined) {
    const points = gradePoints(indicator, level);
    return indicatorScore(indicator, null, points, atLeast(points, indicator.maxPoints));
  }
  if (word === null) {
    const cell = field.cell ?? rowCell(row);
    ctx.findings.push(makeFinding("MISSING_DATA", "error", onReport(ctx.report, cell), { indicator: indicatorRef(indicator), expected: "grade", missing: [] }));
  } else if (!isReaderFlagged(ctx, field)) {
    const facts = { indicator: indicatorRef(indicator), text: cellText(field) };
    ctx.findings.push(makeFinding("INVALID_GRADE_VALUE", "error", onReport(ctx.report, field.cell), facts));
  }
  return zeroScore(indicator);
}
