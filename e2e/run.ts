/**
 * `npm run test:e2e`: builds the pane for production, serves dist/pane/ over http on a free port, and runs the
 * end-to-end tests in Debian's headless chromium. The last line is "e2e: N passed, N failed" (.ci/run reads it).
 * `--no-build` reuses an existing dist/pane/ while working on the tests themselves.
 */
import { existsSync } from "fs";
import { mkdir } from "fs/promises";
import { join } from "path";
import { readCluster } from "../src/engine/read/readCluster";
import { scoreCluster } from "../src/engine/score/scoreCluster";
import { fileSnapshot, sampleFiles } from "../src/sample/writeSample";
import { CHROMIUM } from "./testing/browser";
import { buildPane } from "./testing/buildPane";
import type { E2eContext } from "./testing/context";
import { fakeOfficeScript } from "./testing/fakeOfficeScript";
import { runTests, summaryLine, type E2eTest } from "./testing/runner";
import { writeSampleFolder } from "./testing/sampleFolder";
import { serveFolder } from "./testing/staticServer";
import { lazyLoadingTest } from "./lazyLoading.e2e";
import { officeHostTest } from "./officeHost.e2e";
import { reportFormsTest } from "./reportForms.e2e";
import { hangingOfficeJsTest, realOfficeJsTest } from "./officeJs.e2e";
import { standaloneTest } from "./standalone.e2e";
import { standaloneFileTest } from "./standaloneFile.e2e";
import { announcementsTest, badFileAmongGoodTest, downloadWithoutWritingTest, fixAndReimportTest, leaveAndReopenTest } from "./workflow.e2e";

const TESTS: readonly E2eTest<E2eContext>[] = [
  standaloneTest,
  downloadWithoutWritingTest,
  leaveAndReopenTest,
  fixAndReimportTest,
  badFileAmongGoodTest,
  announcementsTest,
  standaloneFileTest,
  officeHostTest,
  lazyLoadingTest,
  reportFormsTest,
  realOfficeJsTest,
  hangingOfficeJsTest,
];
const TEST_TIMEOUT_MS = 180_000;
const root = join(__dirname, "..");

async function prepare(): Promise<Omit<E2eContext, "origin">> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)`);
  if (!process.argv.includes("--no-build")) {
    const started = Date.now();
    await buildPane(root);
    console.log(`built the pane in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const snapshots = sampleFiles().map(fileSnapshot);
  const clusterWorkbook = snapshots[0];
  if (!clusterWorkbook) throw new Error("the sample has no cluster workbook");
  const screenshots = join(__dirname, "screenshots");
  await mkdir(screenshots, { recursive: true });
  return {
    samplePaths: await writeSampleFolder(),
    clusterWorkbook,
    expected: scoreCluster(readCluster(snapshots)),
    fakeOfficeScript: await fakeOfficeScript(clusterWorkbook),
    screenshots,
  };
}

async function main(): Promise<number> {
  let prepared: Omit<E2eContext, "origin">;
  try {
    prepared = await prepare();
  } catch (error) {
    console.log(String(error instanceof Error ? error.stack ?? error.message : error));
    // every test counts as failed: a broken build must not look like a green run
    console.log(summaryLine({ passed: 0, failed: TESTS.length }));
    return 1;
  }
  const server = await serveFolder(join(root, "dist", "pane"));
  try {
    const tally = await runTests(TESTS, { ...prepared, origin: server.origin }, TEST_TIMEOUT_MS);
    console.log(summaryLine(tally));
    return tally.failed === 0 && tally.passed > 0 ? 0 : 1;
  } finally {
    await server.close();
  }
}

// exit explicitly: a test that timed out may still hold a browser open
void main().then((code) => process.exit(code));
