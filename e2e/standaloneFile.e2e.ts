/** dist/thi-dua.html, the one-file page: opened from disk (file://) with no network, it works on the sample files. */
import { strict as assert } from "assert";
import { readFile } from "fs/promises";
import { join } from "path";
import { pathToFileURL } from "url";
import { readWorkbook } from "../src/hosts/xlsx/readWorkbook";
import { openPaneBrowser } from "./testing/browser";
import type { E2eContext } from "./testing/context";
import { findingCounts, screenshot, waitForSummary } from "./testing/pane";
import type { E2eTest } from "./testing/runner";

export const STANDALONE_FILE = join(__dirname, "..", "dist", "thi-dua.html");

export const standaloneFileTest: E2eTest<E2eContext> = {
  name: "dist/thi-dua.html over file://, offline: opens the sample, checks, ranks and downloads the result",
  run: async (context) => {
    // "null" is the origin of a file:// page: every http(s) request is aborted, as on a machine with no network.
    const browser = await openPaneBrowser("null", "offline");
    const fetched: string[] = [];
    const pageErrors: string[] = [];
    try {
      const { page } = browser;
      page.setDefaultTimeout(60_000);
      page.on("request", (request) => {
        if (!/^(file|blob|data):/.test(request.url())) fetched.push(request.url());
      });
      page.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));
      await page.goto(pathToFileURL(STANDALONE_FILE).href);
      await page.getByRole("heading", { name: "Thi đua" }).waitFor();
      await page.getByLabel("Tệp .xlsx cần mở").setInputFiles([...context.samplePaths]);
      await waitForSummary(page, "Số đơn vị", String(context.expected.members.length));
      await waitForSummary(page, "Lỗi / cảnh báo", findingCounts(context.expected));
      await screenshot(page, context.screenshots, "file-page-1-check");

      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải sổ kết quả (.xlsx)" }).click()]);
      const result = await readWorkbook(await readFile(await download.path()), download.suggestedFilename());
      const names = result.sheets.map((s) => s.name);
      assert.ok(names.includes(`Xếp hạng ${context.expected.year}`), `no ranking among ${names.join(", ")}`);
      assert.deepEqual(fetched, [], "the page fetched nothing");
      assert.deepEqual(pageErrors, [], "the page threw");
    } finally {
      await browser.close();
    }
  },
};
