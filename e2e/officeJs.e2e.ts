/** office.js as the pane meets it: Microsoft's real files in a plain browser, and a network where it never answers. */
import { strict as assert } from "assert";
import type { E2eContext } from "./testing/context";
import type { E2eTest } from "./testing/runner";
import { withPane } from "./testing/withPane";

/** "Standalone mode appears at once": well before office.js's own timeouts (and the pane's 15 s wait in Excel). */
const AT_ONCE_MS = 5_000;

function standaloneAtOnce(officeJs: "real" | "hang"): E2eTest<E2eContext>["run"] {
  return (context) =>
    withPane(context.origin, { officeInitScript: null, officeJs }, async (page) => {
      const started = Date.now();
      // The file input itself is hidden behind its button: attached is what shows standalone mode is up.
      await page.getByLabel("Tệp .xlsx cần mở").waitFor({ state: "attached", timeout: AT_ONCE_MS });
      assert.ok(Date.now() - started < AT_ONCE_MS, `standalone mode took ${Date.now() - started} ms`);
      assert.equal(await page.getByText("Excel", { exact: true }).count(), 0, "a plain browser is not Excel");
    });
}

export const realOfficeJsTest: E2eTest<E2eContext> = {
  name: "plain browser with Microsoft's real office.js (served from node_modules): standalone mode at once",
  run: standaloneAtOnce("real"),
};

export const hangingOfficeJsTest: E2eTest<E2eContext> = {
  name: "firewalled network where office.js never answers: standalone mode at once, not a blank pane",
  run: standaloneAtOnce("hang"),
};
