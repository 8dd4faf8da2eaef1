import type { Band } from "../model";
import { atLeast, EPSILON } from "./tolerance";

/** Whether value meets a band's threshold: ≥ X, or > X for a strict band; the floor band always does. */
function meets(band: Band, value: number): boolean {
  if (band.threshold === null) return true;
  return band.strict ? value > band.threshold + EPSILON : atLeast(value, band.threshold);
}

/** Ranks bands by threshold; at the same X a "> X" band ranks above a "≥ X" band; the floor band lowest. */
function above(a: Band, b: Band): boolean {
  if (b.threshold === null) return a.threshold !== null;
  if (a.threshold === null) return false;
  if (a.threshold !== b.threshold) return a.threshold > b.threshold;
  return a.strict && !b.strict;
}

/** The points of the highest band whose threshold the value meets, or 0 when none does and there is no floor
 * band (docs/cham-diem.md, "tiers"). Bands may come in any order. */
export function bandPoints(bands: readonly Band[], value: number): number {
  let best: Band | null = null;
  for (const band of bands) {
    if (meets(band, value) && (best === null || above(band, best))) best = band;
  }
  return best === null ? 0 : best.points;
}
