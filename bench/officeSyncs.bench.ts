/** Excel round trips (context.sync) and request sizes of a full rank-and-write through the Office host, on the fake Excel. */
import { performance } from "node:perf_hooks";
import { readCluster } from "../src/engine/read/readCluster";
import { scoreCluster } from "../src/engine/score/scoreCluster";
import { defaultConferenceForm } from "../src/engine/minutes/defaultConferenceForm";
import { buildMinutes } from "../src/engine/minutes/buildMinutes";
import { outputSheets } from "../src/engine/sheets/outputSheets";
import { resolveWrites } from "../src/engine/sheets/resolveWrites";
import { OfficeWorkbookHost } from "../src/hosts/office/OfficeWorkbookHost";
import { createFakeExcel, type SeedSheet } from "../src/hosts/office/testing/fakeExcel";
import { gridSnapshot } from "../src/sample/sheetGrid";
import { sampleFiles } from "../src/sample/writeSample";
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
  title: "Office.js: số lần context.sync và cỡ yêu cầu của một lần xếp hạng và ghi (Excel giả lập)",
  async run() {
    const rows: BenchRow[] = [];
    for (const [members, indicators] of SIZES) {
      const fake = createFakeExcel({ sheets: oneWorkbook(members, indicators) });
      const host = new OfficeWorkbookHost({ run: fake.run, isSetSupported: fake.isSetSupported });
      // The pane reads the workbook when it opens: the cold read, where the host learns the sheet names.
      await host.readSnapshot();
      const coldRead = fake.syncCount;

      // Then "Xếp hạng": a warm read, scoring, and the write.
      const start = performance.now();
      const snapshot = await host.readSnapshot();
      const warmRead = fake.syncCount - coldRead;
      const data = readCluster([snapshot]);
      const result = scoreCluster(data);
      const minutes = buildMinutes(result, data, defaultConferenceForm(data, result));
      await host.write(resolveWrites(outputSheets(result, data, minutes), snapshot.sheets));
      const ms = performance.now() - start;
      const write = fake.syncCount - coldRead - warmRead;
      const writeBytes = fake.syncBytes.slice(coldRead + warmRead);
      rows.push({
        label: `${members} đơn vị × ${indicators} chỉ tiêu`,
        value:
          `đọc lần đầu ${coldRead} sync, đọc lại ${warmRead}, ghi ${write}; xếp hạng và ghi sau lần đọc đầu ${warmRead + write} sync; ` +
          `yêu cầu ghi lớn nhất ${kb(Math.max(...writeBytes))}; ${ms.toFixed(0)} ms trên Excel giả lập`,
      });
    }
    return rows;
  },
};
