/** The whole pane flow on the fake: read → score → minutes → plans → write, counting Excel round trips. */
import { readCluster } from "../../engine/read/readCluster";
import { scoreCluster } from "../../engine/score/scoreCluster";
import { defaultConferenceForm } from "../../engine/minutes/defaultConferenceForm";
import { buildMinutes } from "../../engine/minutes/buildMinutes";
import { outputSheets } from "../../engine/sheets/outputSheets";
import { resolveWrites } from "../../engine/sheets/resolveWrites";
import { clusterWorkbook } from "./testing/clusterWorkbook";
import { createFakeExcel } from "./testing/fakeExcel";
import { OfficeWorkbookHost } from "./OfficeWorkbookHost";

/** What the pane does on "Xếp hạng": read the workbook, score, write the outputs. */
async function rankAndWrite(host: OfficeWorkbookHost): Promise<void> {
  const snapshot = await host.readSnapshot();
  const data = readCluster([snapshot]);
  const result = scoreCluster(data);
  const minutes = buildMinutes(result, data, defaultConferenceForm(data, result));
  await host.write(resolveWrites(outputSheets(result, data, minutes), snapshot.sheets));
}

describe("a full rank-and-write on 20 members × 60 indicators", () => {
  it("takes two Excel round trips once the pane has looked at the workbook: one to read, one to write", async () => {
    const fake = createFakeExcel({ sheets: clusterWorkbook(20, 60) });
    const host = new OfficeWorkbookHost({ run: fake.run, isSetSupported: fake.isSetSupported });
    // The pane reads the workbook when it opens (the Kiểm tra step); that first read learns the sheet names.
    await host.readSnapshot();
    expect(fake.syncCount).toBe(3);
    const before = fake.syncCount;

    await rankAndWrite(host);

    expect(fake.syncCount - before).toBe(2);
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(["Xếp hạng 2024", "Biên bản 2024"]));
    const ranking = fake.sheet("Xếp hạng 2024");
    const names = new Set([...ranking.cells.values()].map((c) => c.value).filter((v) => typeof v === "string" && v.startsWith("xã Thành viên ")));
    expect(names.size).toBe(20);
    expect(fake.definedNames().map((n) => n.name)).toEqual(expect.arrayContaining(["ThiDua_ranking_2024", "ThiDua_minutes_2024"]));
  });

  it("takes four round trips when nothing was read before (names, sizes, cells, write)", async () => {
    const fake = createFakeExcel({ sheets: clusterWorkbook(20, 60) });
    const host = new OfficeWorkbookHost({ run: fake.run, isSetSupported: fake.isSetSupported });

    await rankAndWrite(host);

    expect(fake.syncCount).toBe(4);
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(["Xếp hạng 2024", "Biên bản 2024"]));
  });

  it("replaces its own sheets on a second run instead of adding copies, in two round trips", async () => {
    const fake = createFakeExcel({ sheets: clusterWorkbook(20, 60) });
    const host = new OfficeWorkbookHost({ run: fake.run, isSetSupported: fake.isSetSupported });

    await rankAndWrite(host);
    const afterFirst = fake.sheetNames();
    const before = fake.syncCount;
    await rankAndWrite(host);

    expect(fake.sheetNames()).toEqual(afterFirst);
    expect(fake.syncCount - before).toBe(2);
    expect(fake.definedNames().filter((n) => n.name === "ThiDua_ranking_2024")).toEqual([{ name: "ThiDua_ranking_2024", value: "'Xếp hạng 2024'!$A$1" }]);
  });
});
