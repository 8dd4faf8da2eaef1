/** What every end-to-end test gets from the runner. */
import type { ClusterResult } from "../../src/engine/score/result";
import type { WorkbookSnapshot } from "../../src/engine/read/snapshot";

export interface E2eContext {
  /** The built pane, e.g. "http://127.0.0.1:40123"; the page is `${origin}/taskpane.html`. */
  readonly origin: string;
  /** The sample as .xlsx files on disk: the cluster workbook first, then one per member. */
  readonly samplePaths: readonly string[];
  /** The sample cluster workbook as a host would read it. */
  readonly clusterWorkbook: WorkbookSnapshot;
  /** The engine's own verdict on the sample (computed in Node), which the pane must show and write. */
  readonly expected: ClusterResult;
  /** The simulated Excel, seeded with the cluster workbook, as one init script. */
  readonly fakeOfficeScript: string;
  /** Where the screenshots of each step go (git-ignored). */
  readonly screenshots: string;
}
