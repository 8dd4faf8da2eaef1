/** The whole pane flow on the fake: read → score → minutes → plans → write, counting Excel round trips. */
import { readCluster } from "../../engine/read/readCluster";
import { scoreCluster } from "../../engine/score/scoreCluster";
import { defaultConferenceForm } from "../../engine/minutes/defaultConferenceForm";
import { buildMinutes } from "../../engine/minutes/buildMinutes";
import { outputSheets } from "../../engine/sheets/outputSheets";
import { resolveWrites } from "../../engine/sheets/resolveWrites";
import { pledgeGrid } from "../../sample/pledgeGrid";
import { infoGrid } from "../../sample/infoGrid";
import { bestAttainments, reportGrid } from "../../sample/reportGrid";
import { gridSnapshot } from "../../sample/sheetGrid";
import type { PledgeLine, SampleCluster, SampleMember } from "../../sample/sampleModel";
import { createFakeExcel, type SeedSheet } from "./testing/fakeExcel";
import { OfficeWorkbookHost } from "./OfficeWorkbookHost";

const GROUPS = ["I", "II", "III"];

/** 20 members × 60 ratio indicators in three groups, figures fixed so the ranking is stable. */
function cluster(members: number, indicators: number): SampleCluster {
  const perGroup = indicators / GROUPS.length;
  const pledge: PledgeLine[] = [];
  for (let i = 0; i < indicators; i++) {
    if (i % perGroup === 0) pledge.push({ code: GROUPS[i / perGroup]!, name: `Nhóm nhiệm vụ ${i / perGroup + 1}`, kind: "group" });
    pledge.push({ code: String(i + 1), name: `Chỉ tiêu số ${i + 1}`, kind: "indicator", unit: "tỷ đồng", points: 5, rule: "Tỷ lệ % KH" });
  }
  const list: SampleMember[] = Array.from({ length: members }, (_, m) => {
    const values: Record<string, { plan: number; actual: number; attainment: "auto" }> = {};
    for (let i = 0; i < indicators; i++) values[String(i + 1)] = { plan: 1000, actual: 900 + ((m * 37 + i * 11) % 200), attainment: "auto" };
    return { name: `xã Thành viên ${m + 1}`, file: "cum.xlsx", authority: `UBND XÃ THÀNH VIÊN ${m + 1}`, values };
  });
  return {
    file: "cum.xlsx",
    clusterName: "Cụm thi đua số 2",
    clusterTitle: "Cụm thi đua số 2",
    year: 2024,
    info: [["Tên cụm", "Cụm thi đua số 2"], ["Năm", 2024]],
    pledgeSheet: "Giao ước thi đua 2024",
    pledge,
    members: list,
  };
}

function seedsOf(c: SampleCluster): SeedSheet[] {
  const best = bestAttainments(c);
  const grids = [infoGrid(c), pledgeGrid(c), ...c.members.map((m) => reportGrid(c, m, best))];
  return grids.map(gridSnapshot).map((s, i) => ({ name: i < 2 ? s.name : `Báo cáo ${i - 1}`, values: s.values, formats: s.formats }));
}

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
    const fake = createFakeExcel({ sheets: seedsOf(cluster(20, 60)) });
    const host = new OfficeWorkbookHost({ run: fake.run, isSetSupported: fake.isSetSupported });
    // The pane reads the workbook when it opens (the Kiểm tra step); that first read learns the sheet names.
    await host.readSnapshot();
    expect(fake.syncCount).toBe(2);
    const before = fake.syncCount;

    await rankAndWrite(host);

    expect(fake.syncCount - before).toBe(2);
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(["Xếp hạng 2024", "Biên bản 2024"]));
    const ranking = fake.sheet("Xếp hạng 2024");
    const names = new Set([...ranking.cells.values()].map((c) => c.value).filter((v) => typeof v === "string" && v.startsWith("xã Thành viên ")));
    expect(names.size).toBe(20);
    expect(fake.definedNames().map((n) => n.name)).toEqual(expect.arrayContaining(["ThiDua_ranking_2024", "ThiDua_minutes_2024"]));
  });

  it("takes three round trips when nothing was read before", async () => {
    const fake = createFakeExcel({ sheets: seedsOf(cluster(20, 60)) });
    const host = new OfficeWorkbookHost({ run: fake.run, isSetSupported: fake.isSetSupported });

    await rankAndWrite(host);

    expect(fake.syncCount).toBe(3);
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(["Xếp hạng 2024", "Biên bản 2024"]));
  });

  it("replaces its own sheets on a second run instead of adding copies, in two round trips", async () => {
    const fake = createFakeExcel({ sheets: seedsOf(cluster(20, 60)) });
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
