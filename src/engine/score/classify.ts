import type { ClassThreshold } from "../model";
import { atLeast } from "./tolerance";

/** The first class, highest first, whose lowest percent the member's percent of the maximum reaches; else the
 * class without a threshold; else none (docs/cham-diem.md, "Classification"). */
export function classify(classes: readonly ClassThreshold[], percentOfMax: number): string | null {
  let rest: string | null = null;
  for (const c of classes) {
    if (c.minPercent === null) rest ??= c.name;
    else if (atLeast(percentOfMax, c.minPercent)) return c.name;
  }
  return rest;
}
