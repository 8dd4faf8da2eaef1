import type { Group, Indicator } from "../model";
import type { GroupScore } from "../result";
import type { Outcome } from "./outcome";

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

/** Total, count of met indicators and task-group subtotals; outcomes[i] belongs to indicators[i]. */
export function memberTotals(indicators: readonly Indicator[], groups: readonly Group[], outcomes: readonly Outcome[]): MemberTotals {
  const known = new Set(groups.map((g) => g.code));
  const byGroup = new Map<string, number>();
  let total = 0;
  let met = 0;
  let ungrouped: number | null = null;
  const unmetMandatory: string[] = [];
  indicators.forEach((indicator, i) => {
    const outcome = outcomes[i];
    if (outcome === undefined) return;
    total += outcome.points;
    if (outcome.met === true) met += 1;
    if (outcome.met === false && indicator.mandatory) unmetMandatory.push(indicator.code);
    const group = indicator.groupCode;
    if (group !== null && known.has(group)) byGroup.set(group, (byGroup.get(group) ?? 0) + outcome.points);
    else ungrouped = (ungrouped ?? 0) + outcome.points;
  });
  const groupScores: GroupScore[] = groups.map((g) => ({ code: g.code, name: g.name, points: byGroup.get(g.code) ?? 0 }));
  if (ungrouped !== null) groupScores.push({ code: "", name: ungroupedName(groups.length > 0), points: ungrouped });
  return { total, met, unmetMandatory, groups: groupScores };
}

/** The maximum (thang điểm): standard points of every indicator except bonus and penalty ones. */
export function maximumPoints(indicators: readonly Indicator[]): number {
  let sum = 0;
  for (const indicator of indicators) {
    if (indicator.rule !== "bonus" && indicator.rule !== "penalty") sum += indicator.maxPoints;
  }
  return sum;
}
