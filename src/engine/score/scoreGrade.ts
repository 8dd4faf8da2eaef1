import { failedOutcome, type Outcome } from "./outcome";
import { cellText } from "./readNumber";
import { cellLabel, rowCell, rowFinding, type RowContext } from "./rowContext";
import { foldedWord, isReaderFlagged, wordField } from "./scorePass";
import { atLeast } from "./tolerance";

/** Share of M per grade word and abbreviation, folded (scoring.md, "grade"). */
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
  const bare = word.replace(/\.$/, "").replace(/ nhiem vu$/, "");
  return GRADE_SHARES.get(bare);
}

/** The grade method: a completion level gives a share of M. */
export function scoreGrade(ctx: RowContext): Outcome {
  const field = wordField(ctx);
  const word = foldedWord(field);
  const m = ctx.indicator.maxPoints;
  if (word === null) {
    const cell = field.cell ?? rowCell(ctx.row);
    const message = `${cellLabel(ctx, cell)}: thiếu số liệu (chưa ghi mức hoàn thành); chỉ tiêu được 0 điểm.`;
    return failedOutcome([rowFinding(ctx, "error", "MISSING_DATA", cell, message)]);
  }
  const share = gradeShare(word);
  if (share !== undefined) {
    const points = share * m;
    return { attainment: null, points, met: atLeast(points, m), findings: [] };
  }
  if (isReaderFlagged(ctx, field)) return failedOutcome([]);
  const message =
    `${cellLabel(ctx, field.cell)}: "${cellText(field.value)}" không phải là mức hoàn thành ` +
    `(Hoàn thành xuất sắc, Hoàn thành tốt, Hoàn thành, Trung bình, Không hoàn thành); chỉ tiêu được 0 điểm.`;
  return failedOutcome([rowFinding(ctx, "error", "INVALID_GRADE_VALUE", field.cell, message)]);
}
