import type { Indicator, ReportRow } from "../model";
import type { IndicatorScore } from "./result";
import { attainmentRate, type Direction } from "./attainmentRate";
import { indicatorScore, zeroScore } from "./indicatorScore";
import { bestPossiblePoints, pointsFromRate } from "./pointsFromRate";
import type { MemberContext } from "./memberContext";
import { negativeFigures } from "./negativeFigures";
import { atLeast } from "./tolerance";

/** The ratio and inverse methods: attainment against plan, then points. */
export function scoreRatio(ctx: MemberContext, indicator: Indicator, row: ReportRow, direction: Direction): IndicatorScore {
  if (direction === "ratio" && negativeFigures(ctx, indicator, row)) return zeroScore(indicator);
  const rate = attainmentRate(ctx, indicator, row, direction);
  if (rate === "none") return zeroScore(indicator);
  if (rate === "best") return indicatorScore(indicator, null, bestPossiblePoints(indicator), true);
  return indicatorScore(indicator, rate, pointsFromRate(indicator, rate), atLeast(rate, 100));
}
