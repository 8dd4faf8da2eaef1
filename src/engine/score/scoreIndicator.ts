import type { Indicator, MemberReport } from "../model";
import { attainmentRate } from "./attainmentRate";
import type { FlaggedCells } from "./flaggedCells";
import { capitalize } from "./messageText";
import { failedOutcome, type Outcome } from "./outcome";
import { indicatorLabel, reportFinding, rowCell, type RowContext } from "./rowContext";
import { scoreCount } from "./scoreCount";
import { scoreDirect } from "./scoreDirect";
import { scoreGrade } from "./scoreGrade";
import { scorePass } from "./scorePass";
import { scoreRatio } from "./scoreRatio";
import { scoreRelative } from "./scoreRelative";

const MISSING_ROW: Outcome = failedOutcome([]);
const MISSING_COUNT: Outcome = { attainment: null, points: 0, met: null, findings: [] };

/** One indicator for every member, in the order of reports (relative needs them all at once). */
export function scoreIndicator(indicator: Indicator, reports: readonly MemberReport[], flagged: FlaggedCells): readonly Outcome[] {
  const rule = indicator.rule;
  if (rule === null) return reports.map((report) => notScored(indicator, report));
  const contexts = reports.map((report): RowContext | null => {
    const row = report.rows[indicator.code];
    return row === undefined ? null : { indicator, report, row, flagged };
  });
  if (rule === "relative") return scoreRelative(indicator.maxPoints, contexts.map((ctx) => (ctx === null ? null : attainmentRate(ctx, "ratio"))));
  return contexts.map((ctx): Outcome => {
    // The reader has already reported a missing row (MISSING_INDICATOR).
    if (ctx === null) return rule === "bonus" || rule === "penalty" ? MISSING_COUNT : MISSING_ROW;
    switch (rule) {
      case "ratio":
      case "inverse":
        return scoreRatio(ctx, rule);
      case "pass":
        return scorePass(ctx);
      case "grade":
        return scoreGrade(ctx);
      case "direct":
        return scoreDirect(ctx);
      case "bonus":
      case "penalty":
        return scoreCount(ctx, rule);
    }
  });
}

function notScored(indicator: Indicator, report: MemberReport): Outcome {
  const row = report.rows[indicator.code];
  const ruleText = indicator.ruleText === null ? "" : ` "${indicator.ruleText}"`;
  const message =
    `${capitalize(indicatorLabel(indicator))} chưa được chấm vì cách chấm${ruleText} ` +
    `trong bảng giao ước không hợp lệ; chỉ tiêu được 0 điểm.`;
  return failedOutcome([reportFinding(report, "error", "RULE_NOT_SCORED", row === undefined ? null : rowCell(row), message)]);
}
