import type { Indicator, ReportRow } from "../model";
import type { IndicatorScore } from "./result";
import { indicatorRef, makeFinding } from "../findings/makeFinding";
import { onReport, type MemberContext } from "./memberContext";
import { readNumber } from "./readNumber";
import { atLeast, EPSILON } from "./tolerance";
import { numberIn } from "../read/rowTable";

/** An appraisal "differs" from the computed points beyond this (docs/cham-diem.md, "Appraisal bounds and met"). */
const CHANGE_TOLERANCE = 0.01;

/** Whether the row's appraisal column holds a number that replaces the method's points (any method but direct,
 * which reads that column as its own input). */
export function isAppraised(indicator: Indicator, row: ReportRow): boolean {
  return indicator.rule !== "direct" && numberIn(row, "clusterScore") !== null;
}

/** The method's own range of points, which an appraisal without a reason is clamped to: [0, M + C]; [0, M]
 * when the method has no bonus; no upper bound when there is a bonus and no C; [−Trừ tối đa, 0] and [0, C]
 * for penalty and bonus rows. */
export function appraisalRange(indicator: Indicator, hasBonusChildren: boolean): { readonly min: number; readonly max: number | null } {
  const c = indicator.bonusCap;
  if (indicator.rule === "penalty") return { min: indicator.penaltyCap === null ? -Infinity : -indicator.penaltyCap, max: 0 };
  if (indicator.rule === "bonus") return { min: 0, max: c };
  const hasBonus = indicator.bonusPerPercent !== null || hasBonusChildren;
  if (!hasBonus) return { min: 0, max: indicator.maxPoints };
  return { min: 0, max: c === null ? null : indicator.maxPoints + c };
}

/** The appraisal (Cụm chấm, Điểm thẩm định, Điểm phúc tra) over the computed score: clamped to the method's range
 * unless a reason is given; a warning when it differs from the computed points; met judged on it. A value that
 * is not a number is an error and the computed points stay. */
export function appraise(ctx: MemberContext, indicator: Indicator, row: ReportRow, computed: IndicatorScore, hasBonusChildren: boolean): IndicatorScore {
  if (indicator.rule === "direct" || row.clusterScore.kind === "blank") return computed;
  const read = readNumber(ctx, indicator, row.clusterScore, "clusterScore");
  if (read.kind !== "number") return computed;
  const value = read.value;
  const where = onReport(ctx.report, row.clusterScore.cell);
  const ref = indicatorRef(indicator);
  const reason = row.reason === null || row.reason.trim() === "" ? null : row.reason.trim();
  const { min, max } = appraisalRange(indicator, hasBonusChildren);
  let points = value;
  let cap: number | null = null;
  const below = value < min - EPSILON;
  const beyond = max !== null && value > max + EPSILON;
  if (below || beyond) {
    // Appraisal teams do award beyond a table's caps: with a reason the figure stands, and the warning names the cap.
    if (reason !== null) cap = beyond ? max : min;
    else {
      points = below ? min : (max ?? value);
      ctx.findings.push(makeFinding("APPRAISAL_CLAMPED", "warning", where, { indicator: ref, value, min, max }));
    }
  }
  const changed = Math.abs(points - computed.points) > CHANGE_TOLERANCE + EPSILON;
  if (changed) {
    const facts = { indicator: ref, computed: computed.points, appraised: points, reason, cap };
    ctx.findings.push(makeFinding("APPRAISAL_CHANGED", "warning", where, facts));
  }
  const met = computed.met === null ? null : atLeast(points, indicator.maxPoints) || (!changed && computed.met);
  return { ...computed, points, computedPoints: computed.points, met };
}
