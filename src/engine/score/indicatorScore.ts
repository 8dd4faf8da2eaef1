import type { Indicator } from "../model";
import type { IndicatorScore } from "./result";

export function indicatorScore(indicator: Indicator, attainment: number | null, points: number, met: boolean | null): IndicatorScore {
  return { code: indicator.code, attainment, points, computedPoints: points, met, notAssigned: false };
}

/** Not assigned to the member: no points, neither met nor unmet. */
export function notAssignedScore(indicator: Indicator): IndicatorScore {
  return { code: indicator.code, attainment: null, points: 0, computedPoints: 0, met: null, notAssigned: true };
}

/** bonus and penalty indicators are neither met nor unmet. */
export function isCounted(indicator: Indicator): boolean {
  return indicator.rule !== "bonus" && indicator.rule !== "penalty";
}

/** The indicator scores nothing (no row, no data, bad data): 0 points, not met. */
export function zeroScore(indicator: Indicator): IndicatorScore {
  return indicatorScore(indicator, null, 0, isCounted(indicator) ? false : null);
}
