import type { Rate } from "./attainmentRate";
import { failedOutcome, type Outcome } from "./outcome";
import { atLeast, nearlyEqual } from "./tolerance";

/** Points for r when the cluster's best attainment for the indicator is best (scoring.md, "relative"). */
export function relativePoints(maxPoints: number, rate: number, best: number): number {
  if (!atLeast(rate, 100)) return Math.max(0, (0.5 * maxPoints * rate) / 100);
  if (nearlyEqual(rate, best) || rate > best) return maxPoints;
  return 0.5 * maxPoints + (0.5 * maxPoints * (rate - 100)) / (best - 100);
}

/** The relative method over the whole cluster: rates[i] is member i's ratio attainment, null when it has no row. */
export function scoreRelative(maxPoints: number, rates: readonly (Rate | null)[]): readonly Outcome[] {
  let best = -Infinity;
  for (const rate of rates) if (rate?.kind === "rate" && rate.value > best) best = rate.value;
  return rates.map((rate): Outcome => {
    if (rate === null) return failedOutcome([]);
    if (rate.kind !== "rate") return failedOutcome(rate.findings);
    return {
      attainment: rate.value,
      points: relativePoints(maxPoints, rate.value, best),
      met: atLeast(rate.value, 100),
      findings: rate.findings,
    };
  });
}
