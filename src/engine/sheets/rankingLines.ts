import type { ClusterData, Group, Rule } from "../model";
import type { ClusterResult } from "../score/result";

export interface IndicatorLine {
  readonly code: string;
  readonly name: string;
  readonly maxPoints: number | null;
  readonly groupCode: string | null;
  readonly rule: Rule | null;
}

/** The pledge's indicators, or, without a pledge, the codes the scorer used. */
export function indicatorLines(result: ClusterResult, data: ClusterData): readonly IndicatorLine[] {
  if (data.pledge !== null) return data.pledge.indicators;
  return (result.members[0]?.indicators ?? []).map((i) => ({ code: i.code, name: "", maxPoints: null, groupCode: null, rule: null }));
}

export function groupsOf(result: ClusterResult, data: ClusterData): readonly Group[] {
  if (data.pledge !== null) return data.pledge.groups;
  return result.members[0]?.groups ?? [];
}

/** Table column names must be unique: a repeated header gets " (2)". */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h) => {
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return n === 1 ? h : `${h} (${n})`;
  });
}
