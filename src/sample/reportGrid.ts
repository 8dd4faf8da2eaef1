import { leafCodes, type SampleCluster, type SampleMember } from "./sampleModel";
import { attainmentOf, selfScore } from "./selfScore";
import type { GridRow, SheetGrid } from "./sheetGrid";

const HEADER = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ % KH", "So cùng kỳ (%)", "Điểm tự chấm", "Ghi chú"];
const PERCENT = "0.00%";
const NUMBER = "#,##0.###";

/** A member's report sheet "Báo cáo": title rows, "Đơn vị: …", then one row per pledge line. */
export function reportGrid(cluster: SampleCluster, member: SampleMember, best: ReadonlyMap<string, number> = bestAttainments(cluster)): SheetGrid {
  const codes = leafCodes(cluster.pledge);
  const rows: GridRow[] = [
    { style: "title", cells: [member.authority] },
    { style: "title", cells: [`BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAO ƯỚC THI ĐUA NĂM ${cluster.year}`] },
    { style: "subtitle", cells: [`(${cluster.clusterTitle})`] },
    { style: "label", cells: [`Đơn vị: ${member.name}`] },
    { style: "label", cells: [] },
    { style: "header", cells: HEADER },
  ];
  for (const line of cluster.pledge) {
    const code = codes.get(line);
    const value = code === undefined ? undefined : member.values[code];
    if (line.kind !== "indicator" || value === undefined || code === undefined) {
      rows.push({ style: "group", cells: [line.code, line.name] });
      continue;
    }
    const attainment = value.attainment === "auto" ? attainmentOf(line, value) : (value.attainment ?? null);
    const numberFormat = value.percentCells ? PERCENT : NUMBER;
    rows.push({
      style: "body",
      cells: [
        line.code,
        line.name,
        line.unit ?? null,
        value.plan ?? null,
        value.actual,
        attainment === null ? null : Number((attainment / 100).toPrecision(15)),
        value.growth ?? null,
        selfScore(line, value, best.get(code) ?? 0),
        null,
      ],
      formats: { 3: numberFormat, 4: numberFormat, 5: PERCENT, 7: "0.00" },
    });
  }
  return { name: "Báo cáo", rows, merges: ["A1:C1", "A2:I2", "A3:I3"], widths: [6, 50, 12, 12, 12, 11, 11, 10, 18] };
}

/** The cluster's highest attainment per indicator code, which the relative rule compares with. */
export function bestAttainments(cluster: SampleCluster): Map<string, number> {
  const codes = leafCodes(cluster.pledge);
  const best = new Map<string, number>();
  for (const [line, code] of codes) {
    for (const member of cluster.members) {
      const value = member.values[code];
      const r = value === undefined ? null : attainmentOf(line, value);
      if (r !== null && r > (best.get(code) ?? -Infinity)) best.set(code, r);
    }
  }
  return best;
}
