import { compareVi } from "../text";
import { nearlyEqual } from "./tolerance";

export interface RankKey {
  readonly name: string;
  readonly total: number;
  readonly met: number;
  readonly mandatoryUnmet: number;
}

export interface Ranked<T> {
  readonly member: T;
  readonly rank: number;
}

/** Order for ranking: total, then more met, then fewer mandatory not met; 0 when the two share a rank. */
function compareStanding(a: RankKey, b: RankKey): number {
  if (!nearlyEqual(a.total, b.total)) return b.total - a.total;
  if (a.met !== b.met) return b.met - a.met;
  return a.mandatoryUnmet - b.mandatoryUnmet;
}

/** Rank order with shared ranks (1, 2, 2, 4); names order equal members only for display. */
export function rankMembers<T extends RankKey>(members: readonly T[]): readonly Ranked<T>[] {
  const sorted = [...members].sort((a, b) => compareStanding(a, b) || compareVi(a.name, b.name));
  const ranked: Ranked<T>[] = [];
  sorted.forEach((member, i) => {
    const previous = ranked[i - 1];
    const shares = previous !== undefined && compareStanding(previous.member, member) === 0;
    ranked.push({ member, rank: shares ? previous.rank : i + 1 });
  });
  return ranked;
}
