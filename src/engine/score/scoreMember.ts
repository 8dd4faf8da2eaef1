import type { Finding } from "../findings";
import type { Indicator, MemberReport } from "../model";
import type { IndicatorScore } from "./result";
import { zeroScore } from "./indicatorScore";
import { indicatorRef, makeFinding } from "../findings/makeFinding";
import { onReport, rowCell, type MemberContext } from "./memberContext";
import { scoreCount } from "./scoreCount";
import { scoreDirect } from "./scoreDirect";
import { scoreGrade } from "./scoreGrade";
import { scorePass } from "./scorePass";
import { scoreRatio } from "./scoreRatio";
import { scoreRelative } from "./scoreRelative";
import type { ScoringRun } from "./scoringRun";

/** What scoring a member needs to know about the whole cluster. */
export interface ClusterScoring {
  readonly indicators: readonly Indicator[];
  /** r* of each relative indicator. */
  readonly bestRates: ReadonlyMap<string, number>;
  readonly run: ScoringRun;
}

/** One member on every indicator, in pledge order; its scoring findings are added to findings in the same order.
 * Member by member (not indicator by indicator) keeps each report's rows in cache: 500 × 200 stays fast. */
export function scoreMember(report: MemberReport, cluster: ClusterScoring, findings: Finding[]): readonly IndicatorScore[] {
  const ctx: MemberContext = { report, run: cluster.run, findings };
  return cluster.indicators.map((indicator) => {
    const row = report.rows[indicator.code];
    if (indicator.rule === null) {
      findings.push(notScored(indicator, report, row === undefined ? null : rowCell(row)));
      return zeroScore(indicator);
    }
    // A missing row was already reported by the reader (MISSING_INDICATOR) and scores 0.
    if (row === undefined) return zeroScore(indicator);
    switch (indicator.rule) {
      case "ratio":
      case "inverse":
        return scoreRatio(ctx, indicator, row, indicator.rule);
      case "relative":
        return scoreRelative(ctx, indicator, row, cluster.bestRates.get(indicator.code) ?? -Infinity);
      case "pass":
        return scorePass(ctx, indicator, row);
      case "grade":
        return scoreGrade(ctx, indicator, row);
      case "direct":
        return scoreDirect(ctx, indicator, row);
      case "bonus":
      case "penalty":
        return scoreCount(ctx, indicator, row, indicator.rule);
      case "tiers":
        // Not scored until the tiers method lands (rules-score): said so, never a silent 0.
        findings.push(notScored(indicator, report, rowCell(row)));
        return zeroScore(indicator);
    }
  });
}

function notScored(indicator: Indicator, report: MemberReport, cell: string | null): Finding {
  return makeFinding("RULE_NOT_SCORED", "error", onReport(report, cell), { indicator: indicatorRef(indicator), ruleText: indicator.ruleText });
}
