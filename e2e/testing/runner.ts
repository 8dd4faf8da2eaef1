/** A tiny sequential test runner: the end-to-end tests share one build and one server, and
 * CI reads the last line it prints. */

export interface E2eTest<Context> {
  readonly name: string;
  readonly run: (context: Context) => Promise<void>;
}

export interface Tally {
  readonly passed: number;
  readonly failed: number;
}

/** The line .ci/run parses; keep its shape. */
export function summaryLine(tally: Tally): string {
  return `e2e: ${tally.passed} passed, ${tally.failed} failed`;
}

function withTimeout<T>(work: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`"${name}" took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function runTests<Context>(
  tests: readonly E2eTest<Context>[],
  context: Context,
  timeoutMs: number,
): Promise<Tally> {
  let passed = 0;
  let failed = 0;
  for (const test of tests) {
    const started = Date.now();
    try {
      await withTimeout(test.run(context), timeoutMs, test.name);
      passed++;
      console.log(`  ✓ ${test.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${test.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      console.log(String(error instanceof Error ? error.stack ?? error.message : error).replace(/^/gm, "      "));
    }
  }
  return { passed, failed };
}
