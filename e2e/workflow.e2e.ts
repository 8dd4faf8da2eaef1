/**
 * Standalone mode loses nothing (issue 8): what the download holds, the warning before leaving, "Mở sổ khác", where
 * to fix a finding and importing one file again, a bad file among good ones, announcements and focus.
 */
import { strict as assert } from "assert";
import ExcelJS from "exceljs";
import { mkdtemp, readFile, writeFile } from "fs/promises";
import { tmpdir } from "os";
import { basename, join } from "path";
import type { Page } from "playwright-core";
import { findingMessage } from "../src/engine";
import { readWorkbook } from "../src/hosts/xlsx/readWorkbook";
import type { E2eContext } from "./testing/context";
import { findingCounts, goToStep, screenshot, waitForSummary, waitUntilIdle, writeAndConfirm } from "./testing/pane";
import type { E2eTest } from "./testing/runner";
import { withPane } from "./testing/withPane";

async function openSample(page: Page, paths: readonly string[]): Promise<void> {
  await page.getByRole("heading", { name: "Thi đua" }).waitFor();
  await page.getByLabel("Tệp .xlsx cần mở").setInputFiles([...paths]);
}

async function tempFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), "thi-dua-e2e-workflow-"));
}

/** The member file with the cell of the finding corrected: the clerk fixed it in Excel. */
async function corrected(path: string, cell: string, value: number): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  workbook.worksheets[0]!.getCell(cell).value = value;
  const out = join(await tempFolder(), basename(path));
  await writeFile(out, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return out;
}

export const downloadWithoutWritingTest: E2eTest<E2eContext> = {
  name: "standalone: the download right after opening holds the ranking, its detail and the minutes, as the button says",
  run: (context) =>
    withPane(context.origin, null, async (page) => {
      const year = String(context.expected.year);
      await openSample(page, context.samplePaths);
      await waitForSummary(page, "Số đơn vị", String(context.expected.members.length));
      const says = page.locator("#noi-dung-tep-tai-ve");
      await says.waitFor();
      assert.match((await says.textContent()) ?? "", new RegExp(`“Xếp hạng ${year}”, “Chi tiết điểm ${year}”.*“Biên bản ${year}”`));

      // No "Ghi trang Xếp hạng", no minutes written: the file still holds them.
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải sổ kết quả (.xlsx)" }).click()]);
      const result = await readWorkbook(await readFile(await download.path()), download.suggestedFilename());
      const names = result.sheets.map((s) => s.name);
      for (const wanted of [`Xếp hạng ${year}`, `Chi tiết điểm ${year}`, `Kiểm tra ${year}`, `Biên bản ${year}`]) {
        assert.ok(names.includes(wanted), `the download has no “${wanted}” among ${names.join(", ")}`);
      }
      const ranking = result.sheets.find((s) => s.name === `Xếp hạng ${year}`)!;
      const text = ranking.values.flat().filter((v) => typeof v === "string");
      assert.ok(text.includes("NGƯỜI LẬP BIỂU") && text.includes("TM. CỤM THI ĐUA"), "the ranking is the signed summary");
      assert.ok(text.includes(context.expected.proposals.leader ?? ""), "the ranking names the leader");
    }),
};

export const leaveAndReopenTest: E2eTest<E2eContext> = {
  name: "standalone: warns before leaving with work not downloaded; “Mở sổ khác” starts over without reloading",
  run: (context) =>
    withPane(context.origin, null, async (page) => {
      await openSample(page, context.samplePaths);
      await waitForSummary(page, "Số đơn vị", String(context.expected.members.length));
      // The browser asks only after the user has touched the page.
      await goToStep(page, "Tổng hợp");
      await goToStep(page, "Kiểm tra");

      const asked = new Promise<string>((resolve) => page.once("dialog", (dialog) => void dialog.dismiss().then(() => resolve(dialog.type()))));
      await page.close({ runBeforeUnload: true }).catch(() => undefined);
      assert.equal(await asked, "beforeunload", "leaving with imported reports not downloaded asks first");
      assert.equal(page.isClosed(), false, "the clerk stayed on the page");

      let reloaded = false;
      page.once("load", () => {
        reloaded = true;
      });
      // Asked inside the pane: office.js blocks window.confirm in an add-in.
      await page.getByRole("button", { name: "Mở sổ khác" }).click();
      await page.getByRole("alertdialog", { name: "Mở sổ khác?" }).getByText(/chưa tải về/).waitFor();
      await page.getByRole("button", { name: "Bỏ thay đổi, mở sổ khác" }).click();
      await page.getByRole("button", { name: "Mở tệp .xlsx" }).waitFor();
      await openSample(page, context.samplePaths.slice(0, 2));
      await waitForSummary(page, "Số đơn vị", "1");
      assert.equal(reloaded, false, "“Mở sổ khác” does not reload the page");
    }),
};

export const fixAndReimportTest: E2eTest<E2eContext> = {
  name: "standalone: a finding names the member's file, sheet and cell; importing that file again replaces its data",
  run: (context) =>
    withPane(context.origin, null, async (page) => {
      const found = context.expected.findings.find((f) => f.where.file !== null && f.where.cell !== null);
      assert.ok(found?.where.file && found.where.cell, "the sample has a finding in a member file");
      const finding = { ...found.where, file: found.where.file, cell: found.where.cell, message: findingMessage(found) };
      await openSample(page, context.samplePaths);
      await waitForSummary(page, "Lỗi / cảnh báo", findingCounts(context.expected));

      await page.getByText(finding.message, { exact: true }).click();
      await page.getByText(`Sửa trong tệp ${finding.file}, trang tính ${finding.sheet}, ô ${finding.cell}, rồi nhập lại ở bước Tổng hợp.`).waitFor();
      await screenshot(page, context.screenshots, "workflow-1-where-to-fix");

      const member = context.samplePaths.find((p) => basename(p) === finding.file)!;
      const fixed = await corrected(member, finding.cell, 2636);
      await goToStep(page, "Tổng hợp");
      await page.getByLabel("Tệp báo cáo của đơn vị").setInputFiles([fixed]);
      await page.getByRole("status").filter({ hasText: "Đã nhập 1 tệp." }).waitFor();
      await goToStep(page, "Kiểm tra");
      await waitForSummary(page, "Lỗi / cảnh báo", "0 lỗi / 0 cảnh báo");
      await waitForSummary(page, "Số đơn vị", String(context.expected.members.length));
    }),
};

export const badFileAmongGoodTest: E2eTest<E2eContext> = {
  name: "standalone: a text file renamed .xlsx among the member files is an error of step 1, not “Không có lỗi”",
  run: (context) =>
    withPane(context.origin, null, async (page) => {
      const bad = join(await tempFolder(), "ghi-chu.xlsx");
      await writeFile(bad, "Ghi chú của văn thư, không phải sổ tính.\n");
      await openSample(page, [...context.samplePaths, bad]);
      await waitForSummary(page, "Số đơn vị", String(context.expected.members.length));
      const errors = context.expected.findings.filter((f) => f.severity === "error").length;
      const warnings = context.expected.findings.length - errors;
      await waitForSummary(page, "Lỗi / cảnh báo", `${errors + 1} lỗi / ${warnings} cảnh báo`);
      await page.getByText(/Không nhập được tệp “ghi-chu.xlsx”: Tệp "ghi-chu.xlsx" không phải là sổ tính Excel .xlsx/).waitFor();
      assert.equal(await page.getByText("Không có lỗi").count(), 0);
      assert.equal(await page.getByText(" / ").filter({ hasText: "is not an .xlsx" }).count(), 0, "no English in the pane");
      await screenshot(page, context.screenshots, "workflow-2-bad-file");
    }),
};

export const announcementsTest: E2eTest<E2eContext> = {
  name: "standalone: focus on the results after opening, success announced in status regions, tabs two by two at 320 px",
  run: (context) =>
    withPane(context.origin, null, async (page) => {
      await openSample(page, context.samplePaths);
      await waitForSummary(page, "Số đơn vị", String(context.expected.members.length));
      await waitUntilIdle(page);
      await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "Kết quả kiểm tra");

      const tops = await page.getByRole("tab").evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
      assert.equal(tops.length, 4);
      assert.ok(tops.filter((t) => t === tops[3]).length >= 2, `“4. Biên bản” is not alone on its line (tab tops ${tops.join(", ")})`);

      await goToStep(page, "Xếp hạng");
      await writeAndConfirm(page, "Ghi trang Xếp hạng", `Xếp hạng ${context.expected.year}`);
      await page.getByRole("status").filter({ hasText: "Đã ghi" }).waitFor();
      await screenshot(page, context.screenshots, "workflow-3-announced");
    }),
};
