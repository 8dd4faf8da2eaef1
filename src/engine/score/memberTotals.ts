import type { Group, Indicator } from "../model";
import type { GroupScore } from "./result";
import { isCounted } from "./indicatorScore";
import type { MemberScores } from "./scoreMember";
import type { ScoringPlan } from "./scoringPlan";
import { zeros } from "./zeros";

export interface MemberTotals {
  /** On the cluster's scale (converted when indicators are not assigned). */
  readonly total: number;
  readonly rawTotal: number;
  readonly memberMax: number;
  readonly met: number;
  /** Codes of the mandatory indicators not met, in pledge order. */
  readonly unmetMandatory: readonly string[];
  readonly groups: readonly GroupScore[];
}

/** Pledge groups, then the bucket for indicators outside them when there are any; the slot of each code given. */
export function groupSlots(groupCodes: readonly (string | null)[], pledgeGroups: readonly Group[]): { groups: readonly Group[]; slots: readonly number[] } {
  const index = new Map(pledgeGroups.map((g, i) => [g.code, i]));
  const outside = pledgeGroups.length;
  const slots = groupCodes.map((code) => (code === null ? undefined : index.get(code)) ?? outside);
  const needsOther = slots.includes(outside);
  const other: Group = { code: "", name: pledgeGroups.length > 0 ? "Các chỉ tiêu khác" : "Các chỉ tiêu" };
  return { groups: needsOther ? [...pledgeGroups, other] : pledgeGroups, slots };
}

/** Total, count of met indicators and task-group subtotals (docs/cham-diem.md, "Totals"). Adjustment rows count
 * through their item, a heading's adjustments through its delta. For a member with indicators not assigned, the
 * points of its own methods are scaled by maximum / Mm, in the total and in each group; bonus and penalty points
 * (adjustments included) are not ("Indicators not assigned"). */
export function memberTotals(plan: ScoringPlan, maxPoints: number, scored: MemberScores): MemberTotals {
  const { indicators, roles, slots } = plan;
  const { indicators: scores, own, headingDeltas } = scored;
  const raw = zeros(plan.groups.length);
  const scaled = zeros(plan.groups.length);
  let rawTotal = 0;
  let scaledTotal = 0;
  let met = 0;
  let unassignedMax = 0;
  const unmetMandatory: string[] = [];
  for (let i = 0; i < indicators.length; i += 1) {
    if (roles[i] === "adjustment") continue;
    const score = scores[i]!;
    const slot = slots[i]!;
    rawTotal += score.points;
    raw[slot]! += score.points;
    scaledTotal += own[i]!;
    scaled[slot]! += own[i]!;
    if (score.notAssigned) unassignedMax += isCounted(indicators[i]!) ? indicators[i]!.maxPoints : 0;
    else if (score.met === true) met += 1;
    else if (score.met === false && indicators[i]!.mandatory) unmetMandatory.push(score.code);
  }
  plan.headings.forEach((h, k) => {
    const delta = headingDeltas[k]!;
    if (delta === 0) return;
    rawTotal += delta;
    raw[h.slot]! += delta;
  });
  const memberMax = maxPoints - unassignedMax;
  // Without indicators not assigned the total is the plain sum (the same figures as before conversion existed).
  const factor = unassignedMax === 0 || memberMax <= 0 ? 1 : maxPoints / memberMax;
  const convert = (rawSum: number, scaledSum: number): number => (factor === 1 ? rawSum : scaledSum * factor + (rawSum - scaledSum));
  const groups = plan.groups.map((g, k): GroupScore => ({ code: g.code, name: g.name, points: convert(raw[k]!, scaled[k]!) }));
  return { total: convert(rawTotal, scaledTotal), rawTotal, memberMax, met, unmetMandatory, groups };
}

/** The maximum (thang điểm): standard points of every indicator except bonus and penalty ones. */
export function maximumPoints(indicators: readonly Indicator[]): number {
  let sum = 0;
  for (const indicator of indicators) if (isCounted(indicator)) sum += indicator.maxPoints;
  return sum;
}
