import type { Indicator } from "../model";
import { atLeast } from "./tolerance";

/** Points for attainment r (percent) under ratio and inverse (docs/cham-diem.md, "Points"). */
export function pointsFromRate(indicator: Indicator, rate: number): number {
  const { maxPoints: m, bonusPerPercent: b, bonusCap: c, penaltyPerPercent: d } = indicator;
  if (atLeast(rate, 100)) {
    const bonus = b === null ? 0 : b * Math.max(0, rate - 100);
    return m + (c === null ? bonus : Math.min(bonus, c));
  }
  if (d !== null) return Math.max(0, m - d * (100 - rate));
  // A negative actual gives a negative rate; it earns nothing rather than taking points away.
  return Math.max(0, (m * rate) / 100);
}

/** inverse, positive plan, actual ≤ 0: full points, plus the whole bonus when the pledge sets one. */
export function bestPossiblePoints(indicator: Indicator): number {
  const { maxPoints, bonusPerPercent, bonusCap } = indicator;
  return maxPoints + (bonusPerPercent !== null && bonusCap !== null ? bonusCap : 0);
}
