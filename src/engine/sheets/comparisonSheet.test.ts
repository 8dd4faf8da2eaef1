import { scoreCluster } from "../score/scoreCluster";
import { plainRow } from "../testing/plainRows";
import { cluster, indicator, report } from "../testing/scoreData";
import { specProblems } from "../testing/sheetSpecs";
import { comparisonSheet, hasScoreColumns } from "./comparisonSheet";

describe("comparisonSheet", () => {
  const indicators = [indicator("a1", { maxPoints: 10 }), indicator("a2", { maxPoints: 5 })];
  const data = cluster({
    indicators,
    reports: [
      report("huyện Kbang", { a1: { plan: 100, actual: 100, selfScore: 10, clusterScore: 9 }, a2: { notAssigned: true } }),
      report("huyện Đak Pơ", { a1: { plan: 100, actual: 90, selfScore: 10 }, a2: { plan: 1, actual: 1, selfScore: 5 } }),
    ],
  });
  const withReason = { ...data, reports: data.reports.map((r) => (r.member === "huyện Kbang" ? { ...r, rows: { ...r.rows, a1: { ...plainRow(r.rows.a1!), reason: "Nộp báo cáo trễ" } } } : r)) };
  const result = scoreCluster(withReason);
  const sheet = comparisonSheet(result, withReason);
  const rowOf = (member: string, code: string) => sheet.values.find((r) => r[0] === member && r[1] === code)!;

  it("is named by year and well formed", () => {
    expect(sheet.name).toBe("Đối chiếu điểm 2024");
    expect(specProblems(sheet)).toEqual([]);
  });
  it("gives per member and indicator the self-score, points by the pledge, appraisal, difference and reason", () => {
    expect(rowOf("huyện Kbang", "a1").slice(3)).toEqual([10, 10, 10, 9, -1, "Nộp báo cáo trễ"]);
    expect(rowOf("huyện Đak Pơ", "a1").slice(3)).toEqual([10, 10, 9, null, -1, null]);
  });
  it("writes không giao where the indicator is not assigned", () => {
    expect(rowOf("huyện Kbang", "a2").slice(4, 8)).toEqual([null, "không giao", null, null]);
  });
  it("is written when any report has a self-score or appraisal column", () => {
    expect(hasScoreColumns(data)).toBe(true);
    const bare = { ...data, reports: data.reports.map((r) => ({ ...r, rows: Object.fromEntries(Object.entries(r.rows).map(([k, row]) => [k, { ...plainRow(row), selfScore: { kind: "blank" as const, cell: null }, clusterScore: { kind: "blank" as const, cell: null } }])) })) };
    expect(hasScoreColumns(bare)).toBe(false);
  });
});
