/** Inside Excel: the pane against the simulated Excel (src/hosts/office/testing), seeded with the
 * sample cluster workbook; every write lands in the fake workbook, where the test reads it back. */
import { strict as assert } from "assert";
import type { Page } from "playwright-core";
import { findingMessage } from "../src/engine";
import type { SheetSnapshot } from "../src/engine/read/snapshot";
import type { E2eContext } from "./testing/context";
import { findingCounts, firstRankingRow, goToStep, screenshot, waitForSummary, writeAndConfirm } from "./testing/pane";
import type { E2eTest } from "./testing/runner";
import { withPane } from "./testing/withPane";

/** Values of a fake sheet over the snapshot's rectangle (or a generous one), "" for empty cells. */
function fakeValues(page: Page, sheet: string, address: string): Promise<unknown[][]> {
  return page.evaluate(([s, a]) => window.thiDuaFake.valuesOf(s, a), [sheet, address] as const);
}

function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function snapshotAddress(sheet: SheetSnapshot): string {
  const width = sheet.values[0]?.length ?? 1;
  return `${columnName(sheet.left)}${sheet.top + 1}:${columnName(sheet.left + width - 1)}${sheet.top + sheet.values.length}`;
}

export const officeHostTest: E2eTest<E2eContext> = {
  name: "in Excel (simulated): imports the member files, checks, ranks and writes the minutes into the workbook",
  run: (context) =>
    withPane(context.origin, context.fakeOfficeScript, async (page) => {
      const { expected, clusterWorkbook } = context;
      const year = String(expected.year);
      const leader = expected.proposals.leader;
      assert.ok(leader, "the sample should have a leader");
      const memberPaths = context.samplePaths.slice(1);

      // Opening in Excel checks the workbook at once: the cluster workbook has no member report yet.
      await page.getByText("Excel", { exact: true }).waitFor();
      await waitForSummary(page, "Số đơn vị", "0");
      await screenshot(page, context.screenshots, "office-1-check-empty");

      // Step 2: the member files become "TH <member>" sheets.
      await goToStep(page, "Tổng hợp");
      await page.getByLabel("Tệp báo cáo của đơn vị").setInputFiles(memberPaths);
      const imported = page.getByRole("list", { name: "Kết quả nhập tệp" }).getByRole("img", { name: "Đã nhập" });
      await imported.nth(memberPaths.length - 1).waitFor();
      assert.equal(await imported.count(), memberPaths.length);
      await screenshot(page, context.screenshots, "office-2-import");

      // Step 1 again: the findings of the imported reports; a click selects the cell in Excel.
      await goToStep(page, "Kiểm tra");
      await waitForSummary(page, "Số đơn vị", String(expected.members.length));
      await waitForSummary(page, "Lỗi / cảnh báo", findingCounts(expected));
      const finding = expected.findings.find((f) => f.where.cell !== null && f.where.member !== null);
      assert.ok(finding, "the sample should have a finding on a member's cell");
      await page.getByText(findingMessage(finding), { exact: true }).first().click();
      await page.waitForFunction((want) => window.thiDuaFake.selectionAddress() === want, `TH ${finding.where.member}!${finding.where.cell}`);
      await screenshot(page, context.screenshots, "office-1-check");

      // Step 3: the ranking sheet, tagged so that a re-run replaces it.
      await goToStep(page, "Xếp hạng");
      await writeAndConfirm(page, "Ghi trang Xếp hạng", `Xếp hạng ${year}`);
      await screenshot(page, context.screenshots, "office-3-rank");

      // Step 4: the minutes sheet.
      await goToStep(page, "Biên bản");
      await page.getByLabel("Ngày họp").fill("15/01/2025");
      await writeAndConfirm(page, "Ghi trang Biên bản", `Biên bản ${year}`);
      await screenshot(page, context.screenshots, "office-4-minutes");

      const names = await page.evaluate(() => window.thiDuaFake.sheetNames());
      for (const sheet of clusterWorkbook.sheets) {
        const want = sheet.values.map((row) => row.map((v) => (v === null ? "" : v)));
        assert.deepEqual(await fakeValues(page, sheet.name, snapshotAddress(sheet)), want, `input sheet “${sheet.name}” is unchanged`);
      }
      for (const member of expected.members) assert.ok(names.includes(`TH ${member.name}`), `sheet “TH ${member.name}” is missing`);
      assert.ok(names.includes(`Xếp hạng ${year}`), `no sheet “Xếp hạng ${year}” among ${names.join(", ")}`);
      assert.ok(names.includes(`Biên bản ${year}`), `no sheet “Biên bản ${year}” among ${names.join(", ")}`);

      const ranking = await fakeValues(page, `Xếp hạng ${year}`, "A1:Z60");
      assert.deepEqual(firstRankingRow(ranking), { rank: 1, name: leader, award: "Cờ thi đua của UBND tỉnh" });
      const tags = (await page.evaluate(() => window.thiDuaFake.definedNames())).map((n) => n.name);
      assert.ok(tags.includes(`ThiDua_ranking_${year}`), `no name ThiDua_ranking_${year} among ${tags.join(", ")}`);
      assert.ok(tags.includes(`ThiDua_minutes_${year}`), `no name ThiDua_minutes_${year} among ${tags.join(", ")}`);

      const minutesText = (await fakeValues(page, `Biên bản ${year}`, "A1:J120")).flat().filter((v) => typeof v === "string").join("\n");
      assert.match(minutesText, /BIÊN BẢN/);
      assert.ok(minutesText.includes(leader), "the minutes name the leader");
    }),
};
