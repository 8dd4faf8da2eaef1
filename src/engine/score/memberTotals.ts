import type { Group, Indicator } from "../model";
import type { GroupScore, IndicatorScore } from "../result";
import { isCounted } from "./indicatorScore";

export interface MemberTotals {
  readonly total: number;
  readonly met: number;
  /** Codes of the mandatory indicators not met, in pledge order. */
  readonly unmetMandatory: readonly string[];
  readonly groups: readonly GroupScore[];
}

/** Name of the bucket for indicators outside every task group. */
function ungroupedName(hasGroups: boolean): string {
  return hasGroups ? "Các chỉ tiêu khác" : "Các chỉ tiêu";
}

/** Total, count of met indicators and task-group subtotals; scores[i] belongs to indicators[i]. */
export function memberTotals(indicators: readonly Indicator[], groups: readonly Group[], scores: readonly IndicatorScore[]): MemberTotals {
  const byGroup = new Map<string, number>(groups.map((g) => [g.code, 0]));
  let total = 0;
  let met = 0;
  let ungrouped: number | null = null;
  const unmetMandatory: string[] = [];
  for (let i = 0; i < indicators.length; i += 1) {
    const indicator = indicators[i]!;
    const score = scores[i]!;
    total += score.points;
    if (score.met === true) met += 1;
    if (score.met === false && indicator.mandatory) unmetMandatory.push(indicator.code);
    const group = indicator.groupCode === null ? undefined : byGroup.get(indicator.groupCode);
    if (group !== undefined) byGroup.set(indicator.groupCode!, group + score.points);
    else ungrouped = (ungrouped ?? 0) + score.points;
  }
  const groupScores: GroupScore[] = groups.map((g) => ({ code: g.code, name: g.name, points: byGroup.get(g.code) ?? 0 }));
  if (ungrouped !== null) groupScores.push({ code: "", name: ungroupedName(groups.length > 0), points: ungrouped });
  return { total, met, unmetMandatory, groups: groupScores };
}

/** The maximum (thang điểm): standard points of every indicator except bonus and penalty ones. */
export function maximumPoints(indicators: readonly Indicator[]): number {
  let sum = 0;
  for (const indicator of indicators) if (isCounted(indicator)) sum += indicator.maxPoints;
  return sum;
}
