import { attainmentRate, type Direction } from "./attainmentRate";
import { failedOutcome, type Outcome } from "./outcome";
import { bestPossiblePoints, pointsFromRate } from "./pointsFromRate";
import type { RowContext } from "./rowContext";
import { atLeast } from "./tolerance";

/** The ratio and inverse methods: attainment against plan, then points. */
export function scoreRatio(ctx: RowContext, direction: Direction): Outcome {
  const rate = attainmentRate(ctx, direction);
  switch (rate.kind) {
    case "none":
      return failedOutcome(rate.findings);
    case "best":
      return { attainment: null, points: bestPossiblePoints(ctx.indicator), met: true, findings: rate.findings };
    case "rate":
      return {
        attainment: rate.value,
        points: pointsFromRate(ctx.indicator, rate.value),
        met: atLeast(rate.value, 100),
        findings: rate.findings,
      };
  }
}
