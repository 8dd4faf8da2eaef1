/** n zeros in a plain array. Scoring keeps a few short number arrays per member: a Float64Array of more than eight
 * numbers gets a buffer outside V8's heap, and a thousand of those per cluster cost more than the arithmetic. */
export function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}
