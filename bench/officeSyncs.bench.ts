/**
 * Excel round trips (context.sync) and request sizes of the pane's own "Ghi trang Xếp hạng" on the Office
 * host, measured on Microsoft's office.js (the library builds and serialises every request; the simulated
 * workbook answers): the bytes are those Excel would receive. The flow is useRankingWrite's: re-read and
 * analyse, build the ranking and findings sheets, resolve names, write and show the result.
 */
import { performance } from "node:perf_hooks";
import { OfficeWorkbookHost } from "../src/hosts/office/OfficeWorkbookHost";
import { createFakeExcel, type SeedSheet } from "../src/hosts/office/testing/fakeExcel";
import { gridSnapshot } from "../src/sample/sheetGrid";
import { sampleFiles } from "../src/sample/writeSample";
import { analyseWorkbook } from "../src/taskpane/hooks/analyseWorkbook";
import { realServices } from "../src/taskpane/realServices";
import type { BenchRow, Section } from "./section";
import { syntheticCluster } from "./syntheticCluster";

const SIZES: readonly (readonly [number, number])[] = [
  [20, 60],
  [100, 200],
];

/** The cluster's files as one workbook: the member sheets renamed so that they do not clash. */
function oneWorkbook(members: number, indicators: number): SeedSheet[] {
  let report = 0;
  return sampleFiles(syntheticCluster(members, indicators)).flatMap((file) =>
    file.grids.map(gridSnapshot).map((s) => ({ name: s.name === "Báo cáo" ? `Báo cáo ${++report}` : s.name, values: s.values, formats: s.formats })),
  );
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 0 })} KB`;
}

export const section: Section = {
  title: "Office.js thật (excel-web-16.00): số lần context.sync và cỡ yêu cầu khi khung bấm “Ghi trang Xếp hạng”",
  async run() {
    const rows: BenchRow[] = [];
    for (const [members, indicators] of SIZES) {
      const fake = createFakeExcel({ sheets: oneWorkbook(members, indicators) });
      const host = new OfficeWorkbookHost({ run: fake.run, isSetSupported: fake.isSetSupported });
      // The pane reads the workbook when it opens.
      await analyseWorkbook(host, realServices, "");
      const opened = fake.syncCount;
      const readBytes = fake.responseBytes.reduce((a, b) => a + b, 0);

      const start = performance.now();
      const { snapshot, analysis } = await analyseWorkbook(host, realServices, "");
      const read = fake.syncCount - opened;
      const form = await realServices.defaultConferenceForm(analysis.data, analysis.result);
      const [ranking, findings] = await Promise.all([realServices.rankingSheets(analysis.result, analysis.data, form), realServices.findingsSheet(analysis.result)]);
      const plan = await realServices.resolveWrites([...ranking, ...(findings ? [findings] : [])], snapshot.sheets);
      const shown = plan.sheets.find((s) => s.spec.kind === "ranking")?.name ?? plan.activate;
      await host.write(plan, shown ? { select: { sheet: shown, cell: "A1" } } : {});
      const ms = performance.now() - start;
      const write = fake.syncCount - opened - read;
      const sent = fake.syncBytes.slice(opened + read);
      rows.push({
        label: `${members} đơn vị × ${indicators} chỉ tiêu`,
        value:
          `mở khung ${opened} sync (nhận ${kb(readBytes)}); Xếp hạng: đọc ${read} + ghi ${write} = ${read + write} sync; ` +
          `yêu cầu ghi ${kb(sent.reduce((a, b) => a + b, 0))} (lớn nhất ${kb(Math.max(...sent))}, giới hạn 5 120 KB); ${ms.toFixed(0)} ms trên Excel mô phỏng`,
      });
    }
    return rows;
  },
};
