/** The pane opens fast because the .xlsx host and docx stay out of the start: they load when first needed. */
import { strict as assert } from "assert";
import type { E2eContext } from "./testing/context";
import { goToStep, waitForSummary } from "./testing/pane";
import type { E2eTest } from "./testing/runner";
import { withPane } from "./testing/withPane";

const library = (name: string) => (file: string) => file.startsWith(`${name}.`);

export const lazyLoadingTest: E2eTest<E2eContext> = {
  name: "in Excel (simulated): starts with the pane's script, the Office host and the engine only; the .xlsx host comes with the first member file, without ExcelJS",
  run: (context) =>
    withPane(context.origin, context.fakeOfficeScript, async (page, loadedScripts) => {
      await waitForSummary(page, "Số đơn vị", "0");
      // taskpane.html loads the first; the Office host comes at start in Excel, the engine to check the workbook,
      // with the code that webpack split out of the engine's request because later chunks share it
      // ("…~engine-shared": the chunk names joined by "~").
      const names = loadedScripts.map((f) => f.replace(/\.[0-9a-f]+\.js$/, ""));
      const split = (n: string): boolean => /-(shared|vendors)$/.test(n);
      assert.deepEqual(names.filter((n) => !split(n)), ["taskpane", "office-host", "engine"], "scripts loaded to check the workbook");
      assert.ok(
        names.filter(split).every((n) => n.replace(/-(shared|vendors)$/, "").split("~").includes("engine")),
        `only split parts of the engine's own request came with it: ${names.join(", ")}`,
      );

      await goToStep(page, "Tổng hợp");
      await page.getByLabel("Tệp báo cáo của đơn vị").setInputFiles([...context.samplePaths.slice(1, 2)]);
      await page.getByRole("list", { name: "Kết quả nhập tệp" }).getByRole("img", { name: "Đã nhập" }).waitFor();
      assert.ok(loadedScripts.some(library("xlsx-host")), `the .xlsx host was not loaded for the import: ${loadedScripts.join(", ")}`);
      // The host reads and writes with fflate and saxes: ExcelJS is not part of the product any more.
      assert.ok(!loadedScripts.some(library("exceljs")), `ExcelJS was loaded: ${loadedScripts.join(", ")}`);
      assert.ok(!loadedScripts.some(library("docx")), `docx was loaded before any Word file was asked for: ${loadedScripts.join(", ")}`);
    }),
};
