import type { Group, Heading, Indicator, Pledge } from "../model";
import { groupSlots } from "./memberTotals";

/** How an indicator's points reach the total: a scored leaf, an adjustment of an item (counted through the
 * item), or a stand-alone bonus or penalty row. */
export type Role = "leaf" | "adjustment" | "standalone";

/** An item's adjustment rows, by index into the pledge's indicators. */
export interface Adjustments {
  readonly bonus: readonly number[];
  readonly penalty: readonly number[];
}

export interface HeadingPlan {
  readonly heading: Heading;
  /** Direct children: leaves (indicator indices) and headings (indices into ScoringPlan.headings). */
  readonly leafChildren: readonly number[];
  readonly headingChildren: readonly number[];
  /** Every scored leaf below it (indicator indices). */
  readonly leaves: readonly number[];
  readonly adjustments: Adjustments;
  /** Index of the heading's task group in the group layout. */
  readonly slot: number;
}

/** What scoring every member needs about the pledge's structure: worked out once per cluster, not per cell. */
export interface ScoringPlan {
  readonly indicators: readonly Indicator[];
  readonly roles: readonly Role[];
  /** Per indicator: its adjustment rows, or null when it has none. */
  readonly itemAdjustments: readonly (Adjustments | null)[];
  /** Headings in pledge order (outer before inner); scored inner first. */
  readonly headings: readonly HeadingPlan[];
  /** Pledge groups (plus the bucket for indicators outside them) and the slot of each indicator. */
  readonly groups: readonly Group[];
  readonly slots: readonly number[];
}

const NO_ADJUSTMENTS: Adjustments = { bonus: [], penalty: [] };

function isAdjustmentRule(indicator: Indicator): boolean {
  return indicator.rule === "bonus" || indicator.rule === "penalty";
}

export function scoringPlan(pledge: Pledge | null): ScoringPlan {
  const indicators = pledge?.indicators ?? [];
  const headings = pledge?.headings ?? [];
  const index = new Map<string, number>();
  indicators.forEach((ind, i) => index.set(ind.code, i));
  const headingIndex = new Map<string, number>();
  headings.forEach((h, i) => headingIndex.set(h.code, i));

  const itemBonus = new Map<string, number[]>();
  const itemPenalty = new Map<string, number[]>();
  const roles = indicators.map((ind, i): Role => {
    if (!isAdjustmentRule(ind)) return "leaf";
    // An adjustment of an item the pledge does not have stands alone rather than vanishing.
    if (ind.adjusts === null || (!index.has(ind.adjusts) && !headingIndex.has(ind.adjusts))) return "standalone";
    const into = ind.rule === "bonus" ? itemBonus : itemPenalty;
    const list = into.get(ind.adjusts) ?? [];
    list.push(i);
    into.set(ind.adjusts, list);
    return "adjustment";
  });
  const adjustmentsOf = (code: string): Adjustments | null => {
    const bonus = itemBonus.get(code);
    const penalty = itemPenalty.get(code);
    return bonus === undefined && penalty === undefined ? null : { bonus: bonus ?? [], penalty: penalty ?? [] };
  };

  const { groups, slots } = groupSlots(
    [...indicators.map((i) => i.groupCode), ...headings.map((h) => h.groupCode)],
    pledge?.groups ?? [],
  );
  const headingPlans = headings.map((heading, h): HeadingPlan => {
    const leafChildren: number[] = [];
    const headingChildren: number[] = [];
    for (const code of heading.children) {
      const sub = headingIndex.get(code);
      if (sub !== undefined) headingChildren.push(sub);
      else {
        const leaf = index.get(code);
        if (leaf !== undefined && roles[leaf] === "leaf") leafChildren.push(leaf);
      }
    }
    const leaves = heading.leaves.map((code) => index.get(code)).filter((i): i is number => i !== undefined && roles[i] === "leaf");
    return { heading, leafChildren, headingChildren, leaves, adjustments: adjustmentsOf(heading.code) ?? NO_ADJUSTMENTS, slot: slots[indicators.length + h]! };
  });
  return {
    indicators,
    roles,
    itemAdjustments: indicators.map((ind, i) => (roles[i] === "leaf" ? adjustmentsOf(ind.code) : null)),
    headings: headingPlans,
    groups,
    slots: slots.slice(0, indicators.length),
  };
}
