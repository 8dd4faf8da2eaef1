/** Groups write steps into requests, each under the payload limit, keeping their order. */
import type { WriteStep } from "./sheetSteps";

export function packSteps(steps: readonly WriteStep[], limitBytes: number): WriteStep[][] {
  const batches: WriteStep[][] = [];
  let current: WriteStep[] = [];
  let bytes = 0;
  for (const step of steps) {
    if (current.length > 0 && bytes + step.bytes > limitBytes) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
