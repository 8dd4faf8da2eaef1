import type { Indicator } from "../model";
import { atLeast } from "./tolerance";

/** The linear bonus by b: b × max(0, value − T), before the cap C; 0 when the pledge sets no b
 * (docs/cham-diem.md, "Points": T is "Thưởng từ (%)", 100 when blank). */
export function rateBonus(indicator: Indicator, value: number): number {
  const b = indicator.bonusPerPercent;
  if (b === null) return 0;
  return b * Math.max(0, value - (indicator.bonusFrom ?? 100));
}

/** A bonus capped at C when C is given. */
export function cappedBonus(indicator: Indicator, bonus: number): number {
  return indicator.bonusCap === null ? bonus : Math.min(bonus, indicator.bonusCap);
}

/** The points of attainment r before the bonus by b: M at r ≥ 100, else reduced by d or in proportion. */
export function basePoints(indicator: Indicator, rate: number): number {
  const { maxPoints: m, penaltyPerPercent: d } = indicator;
  if (atLeast(rate, 100)) return m;
  if (d !== null) return Math.max(0, m - d * (100 - rate));
  // A negative actual gives a negative rate; it earns nothing rather than taking points away.
  return Math.max(0, (m * rate) / 100);
}

/** Points for attainment r (percent) under ratio and inverse (docs/cham-diem.md, "Points"). */
export function pointsFromRate(indicator: Indicator, rate: number): number {
  return basePoints(indicator, rate) + cappedBonus(indicator, rateBonus(indicator, rate));
}

/** inverse, positive plan, actual ≤ 0: full points, plus the whole bonus when the pledge sets one. */
export function bestPossiblePoints(indicator: Indicator): number {
  const { maxPoints, bonusPerPercent, bonusCap } = indicator;
  return maxPoints + (bonusPerPercent !== null && bonusCap !== null ? bonusCap : 0);
}
