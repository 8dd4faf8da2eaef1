import type { PledgeLine, SampleCluster } from "./sampleModel";
import type { GridRow, GridValue, SheetGrid } from "./sheetGrid";

const HEADER_TOP: readonly GridValue[] = ["STT", "Nội dung chỉ tiêu", "ĐVT", "Điểm chuẩn", "Cách chấm", "Điểm thưởng, điểm trừ", null, null, "Bắt buộc", "Ghi chú"];
const HEADER_BOTTOM: readonly GridValue[] = [null, null, null, null, null, "Thưởng/1%", "Thưởng tối đa", "Trừ/1%", null, null];

/** The pledge sheet as a real template looks: title rows, a two-row header with a merged
 * "Điểm thưởng, điểm trừ" cell, group rows, a heading with sub-items, a total row. */
export function pledgeGrid(cluster: SampleCluster): SheetGrid {
  const rows: GridRow[] = [
    { style: "title", cells: [cluster.clusterTitle.toUpperCase()] },
    { style: "title", cells: [`BẢNG CHỈ TIÊU GIAO ƯỚC THI ĐUA NĂM ${cluster.year}`] },
    { style: "subtitle", cells: [`(Kèm theo Bản giao ước thi đua năm ${cluster.year} của ${cluster.clusterTitle})`] },
    { style: "label", cells: [] },
    { style: "header", cells: HEADER_TOP },
    { style: "header", cells: HEADER_BOTTOM },
    ...cluster.pledge.map(pledgeRow),
    { style: "total", cells: [null, "Tổng cộng", null, maximum(cluster.pledge)] },
  ];
  const merges = ["A1:J1", "A2:J2", "A3:J3", "F5:H5", ...["A", "B", "C", "D", "E", "I", "J"].map((c) => `${c}5:${c}6`)];
  return { name: cluster.pledgeSheet, rows, merges, widths: [6, 52, 13, 10, 18, 10, 10, 9, 9, 26] };
}

function pledgeRow(line: PledgeLine): GridRow {
  const style = line.kind === "indicator" ? "body" : "group";
  return {
    style,
    cells: [
      line.code,
      line.name,
      line.unit ?? null,
      line.points ?? null,
      line.rule ?? null,
      line.bonusPerPercent ?? null,
      line.bonusCap ?? null,
      line.penaltyPerPercent ?? null,
      line.mandatory ? "x" : null,
      line.note ?? null,
    ],
  };
}

/** The thang điểm: points of every group that has them (bonus and deduction groups have none). */
function maximum(pledge: readonly PledgeLine[]): number {
  return pledge.reduce((sum, line) => sum + (line.kind === "group" ? (line.points ?? 0) : 0), 0);
}
