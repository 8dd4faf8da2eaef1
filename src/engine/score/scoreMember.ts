import type { Finding } from "../findings";
import type { Indicator, MemberReport, ReportRow, Rule } from "../model";
import type { HeadingScore, IndicatorScore } from "./result";
import { indicatorScore, notAssignedScore, zeroScore } from "./indicatorScore";
import { indicatorRef, makeFinding } from "../findings/makeFinding";
import { onReport, rowCell, type MemberContext } from "./memberContext";
import { appraise, isAppraised } from "./appraise";
import { cappedBonus, rateBonus } from "./pointsFromRate";
import { scoreCount } from "./scoreCount";
import { scoreDirect } from "./scoreDirect";
import { gradeLevel, scoreGrade } from "./scoreGrade";
import { foldedWord, isBlankMethodPassWord, scorePass, wordField } from "./scorePass";
import { scoreRatio } from "./scoreRatio";
import { scoreRelative } from "./scoreRelative";
import { scoreTiers } from "./scoreTiers";
import { hasColumnIn } from "../read/rowTable";
import { zeros } from "./zeros";
import type { Adjustments, ScoringPlan } from "./scoringPlan";
import type { ScoringRun } from "./scoringRun";

/** What scoring a member needs to know about the whole cluster. */
export interface ClusterScoring {
  readonly plan: ScoringPlan;
  /** r* of each relative indicator. */
  readonly bestRates: ReadonlyMap<string, number>;
  readonly run: ScoringRun;
}

/** One member's scores: per indicator (pledge order), per heading, and what the conversion needs. */
export interface MemberScores {
  readonly indicators: readonly IndicatorScore[];
  readonly headings: readonly HeadingScore[];
  /** Per indicator: the points of its own method (bonus by b included, adjustments aside), which the
   * conversion of docs/cham-diem.md ("Indicators not assigned") scales; 0 for adjustment and bonus/penalty rows. */
  readonly own: readonly number[];
  /** Per heading: its points less the sum of its children (its adjustments, after the floor at 0). */
  readonly headingDeltas: readonly number[];
  /** Cells an appraisal made unused (plan, actual, attainment): the reader's errors there become warnings. */
  readonly unusedCells: readonly string[];
}

/** One member on every indicator, in pledge order; its scoring findings are added to findings in the same order.
 * Member by member (not indicator by indicator) keeps each report's rows in cache: 500 × 200 stays fast. */
export function scoreMember(report: MemberReport, cluster: ClusterScoring, findings: Finding[]): MemberScores {
  const ctx: MemberContext = { report, run: cluster.run, findings };
  const { indicators, roles, itemAdjustments } = cluster.plan;
  const n = indicators.length;
  const scores: IndicatorScore[] = new Array<IndicatorScore>(n);
  const own = zeros(n);
  const ownBonus = zeros(n);
  const unusedCells: string[] = [];
  const appraisalColumn = hasAppraisalColumn(report, indicators);

  // Every row on its own method first: an item's adjustments are its later rows.
  for (let i = 0; i < n; i += 1) {
    const indicator = indicators[i]!;
    const row = report.rows[indicator.code];
    if (indicator.rule === null) {
      findings.push(notScored(indicator, report, row === undefined ? null : rowCell(row)));
      scores[i] = zeroScore(indicator);
      continue;
    }
    // A missing row was already reported by the reader (MISSING_INDICATOR); an adjustment without a row is 0 cases.
    if (row === undefined) {
      scores[i] = zeroScore(indicator);
      continue;
    }
    if (row.notAssigned !== null && roles[i] === "leaf") {
      scores[i] = notAssignedScore(indicator);
      continue;
    }
    const appraised = appraisalColumn && isAppraised(indicator, row);
    const adjustments = itemAdjustments[i] ?? null;
    const start = findings.length;
    let score = scoreOwn(ctx, indicator, row, adjustments, cluster.bestRates);
    if (appraised) unuse(findings, start, row, unusedCells);
    // Only an item with adjustments needs its bonus by b apart (its C caps it with its bonus children); such an
    // item is appraised after its adjustments, below.
    if (adjustments !== null) ownBonus[i] = bonusByB(indicator, score);
    else if (appraised) score = appraise(ctx, indicator, row, score, false);
    scores[i] = score;
    if (roles[i] === "leaf") own[i] = score.points;
  }

  // Items with adjustments: max(0, own + bonus children − penalty children), the item's caps on the sums.
  for (let i = 0; i < n; i += 1) {
    const adjustments = itemAdjustments[i];
    if (adjustments === null || adjustments === undefined) continue;
    const indicator = indicators[i]!;
    const row = report.rows[indicator.code];
    const score = scores[i]!;
    if (row === undefined || score.notAssigned) continue;
    const points = adjustedPoints(indicator, score.points, ownBonus[i]!, adjustments, scores);
    const adjusted = points === score.points ? score : { ...score, points, computedPoints: points };
    if (appraisalColumn && isAppraised(indicator, row)) {
      // The appraisal is the item's points after its adjustments: all of it is scaled, none is an adjustment.
      scores[i] = appraise(ctx, indicator, row, adjusted, adjustments.bonus.length > 0);
      own[i] = scores[i]!.points;
    } else scores[i] = adjusted;
  }

  const { headings, headingDeltas } = scoreHeadings(cluster.plan, scores);
  return { indicators: scores, headings, own, headingDeltas, unusedCells };
}

/** Whether any row of the report has an appraisal cell (the column exists). Asked once per member: with the column
 * it answers at the first row; without it (the common case) it looks at one address per row. In pledge order, not
 * with for…in: the codes of most pledges are numbers, and for…in makes a string of each index of every report. */
function hasAppraisalColumn(report: MemberReport, indicators: readonly Indicator[]): boolean {
  for (const indicator of indicators) {
    const row = report.rows[indicator.code];
    if (row !== undefined && hasColumnIn(row, "clusterScore")) return true;
  }
  return false;
}

/** The appraisal replaces the method, so the errors about the cells it made unused become warnings. */
function unuse(findings: Finding[], start: number, row: ReportRow, unusedCells: string[]): void {
  for (let k = start; k < findings.length; k += 1) {
    const f = findings[k]!;
    if (f.severity === "error") findings[k] = { ...f, severity: "warning" };
  }
  for (const field of [row.plan, row.actual, row.attainment]) if (field.cell !== null) unusedCells.push(field.cell);
}

/** The bonus by b in a method's points, before the cap C: what an item's C caps together with its bonus children. */
function bonusByB(indicator: Indicator, score: IndicatorScore): number {
  const rule = indicator.rule;
  if (rule !== "ratio" && rule !== "inverse" && rule !== "tiers") return 0;
  if (score.attainment !== null) return rateBonus(indicator, score.attainment);
  // inverse with the best possible result: the whole bonus C when b and C are given.
  if (rule === "inverse" && score.met === true && indicator.bonusPerPercent !== null && indicator.bonusCap !== null) return indicator.bonusCap;
  return 0;
}

/** Sum of adjustment rows' points: positive for bonus rows, the deduction (positive) for penalty rows. */
function sumPoints(rows: readonly number[], scores: readonly IndicatorScore[], sign: 1 | -1): number {
  let sum = 0;
  for (const j of rows) sum += sign * scores[j]!.points;
  return sum;
}

/** docs/cham-diem.md, "Adjustments": the item's C caps its whole bonus (its bonus by b plus its bonus children),
 * its "Trừ tối đa" the sum of its penalty children; the item never goes below 0. */
function adjustedPoints(item: Indicator, points: number, bonusRaw: number, adjustments: Adjustments, scores: readonly IndicatorScore[]): number {
  const bonusChildren = sumPoints(adjustments.bonus, scores, 1);
  let deductions = sumPoints(adjustments.penalty, scores, -1);
  if (bonusChildren === 0 && deductions === 0) return points;
  if (item.penaltyCap !== null) deductions = Math.min(deductions, item.penaltyCap);
  const base = points - cappedBonus(item, bonusRaw);
  return Math.max(0, base + cappedBonus(item, bonusRaw + bonusChildren) - deductions);
}

/** Headings, inner first: the sum of their children plus their own adjustments, floored at 0. */
function scoreHeadings(plan: ScoringPlan, scores: readonly IndicatorScore[]): { headings: HeadingScore[]; headingDeltas: number[] } {
  const count = plan.headings.length;
  const points = zeros(count);
  const headingDeltas = zeros(count);
  for (let h = count - 1; h >= 0; h -= 1) {
    const { heading, leafChildren, headingChildren, leaves, adjustments } = plan.headings[h]!;
    let sum = 0;
    for (const i of leafChildren) sum += scores[i]!.points;
    for (const k of headingChildren) sum += points[k]!;
    points[h] = sum;
    // "Không giao" on a heading passes to its leaves, and its adjustments are then ignored.
    if (leaves.length > 0 && leaves.every((i) => scores[i]!.notAssigned)) continue;
    const bonusChildren = sumPoints(adjustments.bonus, scores, 1);
    let deductions = sumPoints(adjustments.penalty, scores, -1);
    if (bonusChildren === 0 && deductions === 0) continue;
    if (heading.penaltyCap !== null) deductions = Math.min(deductions, heading.penaltyCap);
    const bonus = heading.bonusCap === null ? bonusChildren : Math.min(bonusChildren, heading.bonusCap);
    points[h] = Math.max(0, sum + bonus - deductions);
    headingDeltas[h] = points[h]! - sum;
  }
  return { headings: plan.headings.map(({ heading }, h) => ({ code: heading.code, points: points[h]! })), headingDeltas };
}

/** The method that scores the row: the pledge's, or under a blank method (docs/cham-diem.md) `pass` or `grade`
 * when the report writes a pass or grade word, else `ratio`. */
function methodOf(ctx: MemberContext, indicator: Indicator, row: ReportRow): Rule {
  const rule = indicator.rule!;
  if (indicator.ruleSource !== "blank" || rule !== "ratio") return rule;
  const value = wordField(row);
  if (value.kind === "bool") return "pass";
  if (value.kind !== "text") return rule;
  const word = foldedWord(ctx, wordField(row))!;
  if (isBlankMethodPassWord(word, row.plan.kind !== "blank")) return "pass";
  return gradeLevel(word) === undefined ? rule : "grade";
}

function isBlankRow(row: ReportRow): boolean {
  return row.plan.kind === "blank" && row.actual.kind === "blank" && row.attainment.kind === "blank";
}

/** One row on its method, before adjustments and appraisal. */
function scoreOwn(ctx: MemberContext, indicator: Indicator, row: ReportRow, adjustments: Adjustments | null, bestRates: ReadonlyMap<string, number>): IndicatorScore {
  // "Điểm chuẩn, trừ điểm vi phạm": an item with adjustments and no figures scores its full M, and is met.
  if (adjustments !== null && indicator.ruleSource === "blank" && isBlankRow(row)) {
    return indicatorScore(indicator, null, indicator.maxPoints, true);
  }
  const rule = methodOf(ctx, indicator, row);
  switch (rule) {
    case "ratio":
    case "inverse":
      return scoreRatio(ctx, indicator, row, rule);
    case "relative":
      return scoreRelative(ctx, indicator, row, bestRates.get(indicator.code) ?? -Infinity);
    case "pass":
      return scorePass(ctx, indicator, row);
    case "grade":
      return scoreGrade(ctx, indicator, row);
    case "direct":
      return scoreDirect(ctx, indicator, row);
    case "bonus":
    case "penalty":
      return scoreCount(ctx, indicator, row, rule);
    case "tiers":
      if (indicator.bands.length === 0) {
        ctx.findings.push(notScored(indicator, ctx.report, rowCell(row)));
        return zeroScore(indicator);
      }
      return scoreTiers(ctx, indicator, row);
  }
}

function notScored(indicator: Indicator, report: MemberReport, cell: string | null): Finding {
  return makeFinding("RULE_NOT_SCORED", "error", onReport(report, cell), { indicator: indicatorRef(indicator), ruleText: indicator.ruleText });
}
