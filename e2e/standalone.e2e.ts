/** Standalone mode: no Excel (office.js is blocked); the clerk works on .xlsx files in the browser. */
import { strict as assert } from "assert";
import { mkdtemp, readFile, writeFile } from "fs/promises";
import { tmpdir } from "os";
import { basename, join } from "path";
import { unzipSync } from "fflate";
import { withChart } from "../src/hosts/xlsx/testing/corpus";
import { findingMessage } from "../src/engine";
import { readWorkbook } from "../src/hosts/xlsx/readWorkbook";
import type { E2eContext } from "./testing/context";
import { findingCounts, firstRankingRow, goToStep, screenshot, waitForSummary, writeAndConfirm } from "./testing/pane";
import type { E2eTest } from "./testing/runner";
import { withPane } from "./testing/withPane";

export const standaloneTest: E2eTest<E2eContext> = {
  name: "standalone: opens the sample files, shows the findings, ranks, writes the minutes and downloads the workbook",
  run: (context) =>
    withPane(context.origin, null, async (page) => {
      const { expected } = context;
      const year = String(expected.year);
      const leader = expected.proposals.leader;
      assert.ok(leader, "the sample should have a leader");

      // The cluster workbook carries a chart of the clerk's own: the download must keep it.
      const clusterPath = join(await mkdtemp(join(tmpdir(), "thi-dua-e2e-chart-")), basename(context.samplePaths[0] as string));
      const charted = withChart(await readFile(context.samplePaths[0] as string));
      await writeFile(clusterPath, charted);

      await page.getByRole("heading", { name: "Thi đua" }).waitFor();
      await screenshot(page, context.screenshots, "standalone-0-start");
      await page.getByLabel("Tệp .xlsx cần mở").setInputFiles([clusterPath, ...context.samplePaths.slice(1)]);

      // Step 1: the member files were imported with the cluster workbook, then everything was checked.
      await waitForSummary(page, "Số đơn vị", String(expected.members.length));
      await waitForSummary(page, "Lỗi / cảnh báo", findingCounts(expected));
      const finding = expected.findings.find((f) => f.severity === "error") ?? expected.findings[0];
      if (finding) await page.getByText(findingMessage(finding), { exact: true }).first().waitFor();
      await screenshot(page, context.screenshots, "standalone-1-check");

      // Step 2: every member file is listed as imported.
      await goToStep(page, "Tổng hợp");
      const imported = page.getByRole("list", { name: "Kết quả nhập tệp" }).getByRole("img", { name: "Đã nhập" });
      assert.equal(await imported.count(), context.samplePaths.length - 1);
      await screenshot(page, context.screenshots, "standalone-2-import");

      // Step 3: the leader heads the table; the ranking sheet is written.
      await goToStep(page, "Xếp hạng");
      await writeAndConfirm(page, "Ghi trang Xếp hạng", `Xếp hạng ${year}`);
      await screenshot(page, context.screenshots, "standalone-3-rank");

      // Step 4: the minutes, as a sheet and as a Word file.
      await goToStep(page, "Biên bản");
      await page.getByLabel("Ngày họp").fill("15/01/2025");
      await writeAndConfirm(page, "Ghi trang Biên bản", `Biên bản ${year}`);
      const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải biên bản (.docx)" }).click()]);
      assert.equal(docx.suggestedFilename(), `bien-ban-${year}.docx`);
      const docxBytes = await readFile(await docx.path());
      assert.equal(docxBytes.subarray(0, 2).toString("latin1"), "PK", "the .docx is a zip package");
      await screenshot(page, context.screenshots, "standalone-4-minutes");

      // The result workbook, downloaded and read back with the xlsx host.
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải sổ kết quả (.xlsx)" }).click()]);
      assert.equal(download.suggestedFilename(), basename(clusterPath).replace(/\.xlsx$/, "-xep-hang.xlsx"));
      const downloaded = await readFile(await download.path());
      const result = await readWorkbook(downloaded, download.suggestedFilename());
      const before = unzipSync(charted);
      const after = unzipSync(downloaded);
      for (const part of ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels"]) {
        assert.ok(after[part] && Buffer.from(after[part]).equals(Buffer.from(before[part]!)), `the chart part ${part} survives the download byte for byte`);
      }
      const original = await readWorkbook(await readFile(clusterPath), basename(clusterPath));
      const names = result.sheets.map((s) => s.name);

      for (const sheet of original.sheets) {
        assert.deepEqual(result.sheets.find((s) => s.name === sheet.name), sheet, `input sheet “${sheet.name}” is unchanged`);
      }
      for (const member of expected.members) assert.ok(names.includes(`TH ${member.name}`), `sheet “TH ${member.name}” is missing`);

      const ranking = result.sheets.find((s) => s.name === `Xếp hạng ${year}`);
      assert.ok(ranking, `no sheet “Xếp hạng ${year}” among ${names.join(", ")}`);
      assert.equal(ranking.tag, `ranking_${year}`);
      assert.deepEqual(firstRankingRow(ranking.values), { rank: 1, name: leader, award: "Cờ thi đua của UBND tỉnh" });

      const minutes = result.sheets.find((s) => s.name === `Biên bản ${year}`);
      assert.ok(minutes, `no sheet “Biên bản ${year}” among ${names.join(", ")}`);
      const minutesText = minutes.values.flat().filter((v) => typeof v === "string").join("\n");
      assert.match(minutesText, /BIÊN BẢN/);
      assert.ok(minutesText.includes(leader), "the minutes name the leader");
    }),
};
