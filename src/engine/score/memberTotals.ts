import type { Group, Indicator } from "../model";
import type { GroupScore, IndicatorScore } from "./result";
import { isCounted } from "./indicatorScore";

export interface MemberTotals {
  readonly total: number;
  readonly met: number;
  /** Codes of the mandatory indicators not met, in pledge order. */
  readonly unmetMandatory: readonly string[];
  readonly groups: readonly GroupScore[];
}

/** Where each indicator's points go: worked out once per cluster, not once per cell. */
export interface GroupLayout {
  /** Pledge groups, then the bucket for indicators outside them when there are any. */
  readonly groups: readonly Group[];
  /** Index into groups, per indicator. */
  readonly slots: readonly number[];
}

export function groupLayout(indicators: readonly Indicator[], pledgeGroups: readonly Group[]): GroupLayout {
  const index = new Map(pledgeGroups.map((g, i) => [g.code, i]));
  const outside = pledgeGroups.length;
  const slots = indicators.map((indicator) => (indicator.groupCode === null ? undefined : index.get(indicator.groupCode)) ?? outside);
  const needsOther = slots.includes(outside);
  const other: Group = { code: "", name: pledgeGroups.length > 0 ? "Các chỉ tiêu khác" : "Các chỉ tiêu" };
  return { groups: needsOther ? [...pledgeGroups, other] : pledgeGroups, slots };
}

/** Total, count of met indicators and task-group subtotals; scores[i] belongs to indicators[i]. */
export function memberTotals(indicators: readonly Indicator[], layout: GroupLayout, scores: readonly IndicatorScore[]): MemberTotals {
  const sums = layout.groups.map(() => 0);
  let total = 0;
  let met = 0;
  const unmetMandatory: string[] = [];
  for (let i = 0; i < indicators.length; i += 1) {
    const score = scores[i]!;
    total += score.points;
    if (score.met === true) met += 1;
    else if (score.met === false && indicators[i]!.mandatory) unmetMandatory.push(score.code);
    sums[layout.slots[i]!]! += score.points;
  }
  const groups = layout.groups.map((g, i): GroupScore => ({ code: g.code, name: g.name, points: sums[i]! }));
  return { total, met, unmetMandatory, groups };
}

/** The maximum (thang điểm): standard points of every indicator except bonus and penalty ones. */
export function maximumPoints(indicators: readonly Indicator[]): number {
  let sum = 0;
  for (const indicator of indicators) if (isCounted(indicator)) sum += indicator.maxPoints;
  return sum;
}
