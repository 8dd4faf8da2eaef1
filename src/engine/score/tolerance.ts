/** Points are kept unrounded; comparisons allow for floating-point noise (docs/cham-diem.md, Totals). */
export const EPSILON = 1e-9;

export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPSILON;
}

/** a ≥ b, allowing for floating-point noise. */
export function atLeast(a: number, b: number): boolean {
  return a >= b - EPSILON;
}
