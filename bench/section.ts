/** A benchmark section: bench/run.ts runs every bench/*.bench.ts file and prints what it returns. */
export interface BenchRow {
  readonly label: string;
  readonly value: string;
}

export interface Section {
  readonly title: string;
  run(): Promise<readonly BenchRow[]>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
