/** A synthetic cluster as one workbook (info, pledge, one report sheet per member), for sync and size measurements. */
import { pledgeGrid } from "../../../sample/pledgeGrid";
import { infoGrid } from "../../../sample/infoGrid";
import { bestAttainments, reportGrid } from "../../../sample/reportGrid";
import { gridSnapshot } from "../../../sample/sheetGrid";
import type { PledgeLine, SampleCluster, SampleMember } from "../../../sample/sampleModel";
import type { SeedSheet } from "./simulatedExcel";

const GROUPS = ["I", "II", "III"];

/** Members × ratio indicators in three groups, figures fixed so the ranking is stable. */
export function syntheticCluster(members: number, indicators: number): SampleCluster {
  const perGroup = Math.ceil(indicators / GROUPS.length);
  const pledge: PledgeLine[] = [];
  for (let i = 0; i < indicators; i++) {
    const group = Math.floor(i / perGroup);
    if (i % perGroup === 0) pledge.push({ code: GROUPS[group]!, name: `Nhóm nhiệm vụ ${group + 1}`, kind: "group" });
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


/** `members` × `indicators` as the seed sheets of one workbook. */
export function clusterWorkbook(members: number, indicators: number): SeedSheet[] {
  return seedsOf(syntheticCluster(members, indicators));
}
