import type { Indicator, ReportRow } from "../model";
import type { IndicatorScore } from "./result";
import { indicatorScore, zeroScore } from "./indicatorScore";
import { cellText, isReaderFlagged } from "./readNumber";
import { indicatorRef, makeFinding } from "../findings/makeFinding";
import { onReport, rowCell, type MemberContext } from "./memberContext";
import { foldedWord, wordField } from "./scorePass";
import { atLeast } from "./tolerance";

/** Share of M per grade word and abbreviation, folded (docs/cham-diem.md, "grade"). */
const GRADE_SHARES: ReadonlyMap<string, number> = new Map([
  ["hoan thanh xuat sac", 1],
  ["htxs", 1],
  ["xuat sac", 1],
  ["hoan thanh tot", 0.85],
  ["htt", 0.85],
  ["tot", 0.85],
  ["hoan thanh", 0.7],
  ["ht", 0.7],
  ["kha", 0.7],
  ["trung binh", 0.5],
  ["khong hoan thanh", 0],
  ["kht", 0],
  ["yeu", 0],
  ["kem", 0],
]);

/** "Hoàn thành tốt nhiệm vụ." is how the grade is usually written in full. */
function gradeShare(word: string): number | undefined {
  return GRADE_SHARES.get(word) ?? GRADE_SHARES.get(word.replace(/\.$/, "").replace(/ nhiem vu$/, ""));
}

/** The grade method: a completion level gives a share of M. */
export function scoreGrade(ctx: MemberContext, indicator: Indicator, row: ReportRow): IndicatorScore {
  const field = wordField(row);
  const word = foldedWord(ctx, field);
  const share = word === null ? undefined : gradeShare(word);
  if (share !== undefined) {
    const points = share * indicator.maxPoints;
    return indicatorScore(indicator, null, points, atLeast(points, indicator.maxPoints));
  }
  if (word === null) {
    const cell = field.cell ?? rowCell(row);
    ctx.findings.push(makeFinding("MISSING_DATA", "error", onReport(ctx.report, cell), { indicator: indicatorRef(indicator), expected: "grade", missing: [] }));
  } else if (!isReaderFlagged(ctx, field)) {
    const facts = { indicator: indicatorRef(indicator), text: cellText(field.value) };
    ctx.findings.push(makeFinding("INVALID_GRADE_VALUE", "error", onReport(ctx.report, field.cell), facts));
  }
  return zeroScore(indicator);
}
