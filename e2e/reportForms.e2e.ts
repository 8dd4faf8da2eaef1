/** Standalone mode, before the reports come in: the pledge's report forms, downloaded as one zip. */
import { strict as assert } from "assert";
import { readFile } from "fs/promises";
import { unzipSync } from "fflate";
import { readCluster } from "../src/engine/read/readCluster";
import { readWorkbook } from "../src/hosts/xlsx/readWorkbook";
import type { E2eContext } from "./testing/context";
import { goToStep, screenshot, waitForSummary } from "./testing/pane";
import type { E2eTest } from "./testing/runner";
import { withPane } from "./testing/withPane";

export const reportFormsTest: E2eTest<E2eContext> = {
  name: "standalone: Tạo mẫu báo cáo downloads one zip with a readable form for every member of the rotation list",
  run: (context) =>
    withPane(context.origin, null, async (page) => {
      const clusterPath = context.samplePaths[0];
      assert.ok(clusterPath, "the sample has a cluster workbook");
      await page.getByLabel("Tệp .xlsx cần mở").setInputFiles([clusterPath]);
      await waitForSummary(page, "Số đơn vị", "0");

      await goToStep(page, "Tổng hợp");
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tạo mẫu báo cáo" }).click()]);
      assert.equal(download.suggestedFilename(), `mau-bao-cao-${context.expected.year}.zip`);
      await page.getByText(`Đã tải mau-bao-cao-${context.expected.year}.zip`).waitFor();
      await screenshot(page, context.screenshots, "report-forms");

      const entries = unzipSync(new Uint8Array(await readFile(await download.path())));
      const names = Object.keys(entries).sort();
      assert.equal(names.length, context.expected.members.length, `one form per member: ${names.join(", ")}`);
      const forms = await Promise.all(names.map((name) => readWorkbook(entries[name] as Uint8Array, name)));
      for (const form of forms) assert.deepEqual(form.sheets.map((s) => s.name), ["Báo cáo", context.clusterWorkbook.sheets[1]?.name]);

      // Read back beside the cluster workbook, the empty forms lack figures and nothing else.
      const data = readCluster([context.clusterWorkbook, ...forms]);
      assert.deepEqual(
        data.reports.map((r) => r.member).sort(),
        context.expected.members.map((m) => m.name).sort(),
      );
      assert.deepEqual([...new Set(data.findings.map((f) => f.code))], [], "the forms read without a finding");
    }),
};
