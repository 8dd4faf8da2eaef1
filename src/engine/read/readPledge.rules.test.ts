/** The rules of real tables on the pledge (docs/so-lieu.md §2 and the decided readings of docs/cham-diem.md). */
import type { Finding } from "../findings";
import type { RawValue } from "./snapshot";
import { readCluster } from "./readCluster";
import { grid, workbook } from "../testing/grid";

const MERGED: readonly (readonly RawValue[])[] = [
  ["STT", "Tiêu chuẩn thi đua", "Điểm", null, null],
  [null, null, "Chuẩn", "Thưởng", "Trừ"],
];
const read = (rows: readonly (readonly RawValue[])[], header: readonly (readonly RawValue[])[] = MERGED) =>
  readCluster([workbook("bang.xlsx", grid("Bảng điểm", [...header, ...rows]))]);
const errors = (fs: readonly Finding[]) => fs.filter((f) => f.severity === "error" && f.code !== "NO_REPORT_TABLE");
const ind = (rows: readonly (readonly RawValue[])[], code: string, header?: readonly (readonly RawValue[])[]) =>
  read(rows, header).pledge?.indicators.find((i) => i.code === code);

describe("pledge tables without a Cách chấm column", () => {
  it("reads the merged Điểm header over Chuẩn | Thưởng | Trừ, and Tiêu chuẩn thi đua as the name", () => {
    const { pledge, findings } = read([["1", "Thu ngân sách", 10]]);
    expect(pledge?.indicators.map((i) => [i.code, i.name, i.maxPoints, i.rule, i.ruleSource])).toEqual([["1", "Thu ngân sách", 10, "ratio", "blank"]]);
    expect(errors(findings)).toEqual([]);
  });

  it("makes a row with a value under Trừ and none under Chuẩn a penalty, under Thưởng a bonus, under both a penalty", () => {
    const rows = [["a1", "Mục", 3], ["a1.1", "Trừ", null, null, "-0,5"], ["a1.2", "Thưởng", null, "+ 0,1"], ["a1.3", "Cả hai", null, "0,2", "0,3"]];
    expect(ind(rows, "a1.1")).toMatchObject({ rule: "penalty", maxPoints: 0.5, adjusts: "a1", ruleSource: "columns" });
    expect(ind(rows, "a1.2")).toMatchObject({ rule: "bonus", maxPoints: 0.1, adjusts: "a1" });
    expect(ind(rows, "a1.3")).toMatchObject({ rule: "penalty", maxPoints: 0.3 });
    expect(ind(rows, "a1")).toMatchObject({ maxPoints: 3, adjustments: ["a1.1", "a1.2", "a1.3"] });
  });

  it("does not read a value under Thưởng or Trừ on a row that has points under Chuẩn", () => {
    expect(ind([["a2", "Mục", 3, "0,5", "-1"]], "a2")).toMatchObject({ rule: "ratio", maxPoints: 3, bonusCap: null, penaltyCap: null });
  });

  it("reads caps from a bonus or penalty row's own text", () => {
    const rows = [["1", "Mục", 5], ["1.1", "Mỗi trường hợp trừ 0,5 điểm, điểm trừ tối đa là 1 điểm", null, null, 0.5], ["1.2", "Cộng 0,2 điểm (tổng điểm cộng không quá 1 điểm)", null, 0.2]];
    expect(ind(rows, "1.1")).toMatchObject({ penaltyCap: 1 });
    expect(ind(rows, "1.2")).toMatchObject({ bonusCap: 1 });
  });

  it("applies a Ghi chú cap to the item it names, to the item above, and lets a column cap win", () => {
    const header = [["STT", "Nội dung", "Điểm chuẩn", "Trừ", "Trừ tối đa"]];
    const rows = [
      ["a1", "Mục a1", 10],
      ["a1.1", "Trừ 1", null, 0.5],
      [null, "Ghi chú: tổng điểm trừ của mục a1 không quá 1,5 điểm"],
      ["a2", "Mục a2", 10, null, 3],
      ["a2.1", "Trừ 2", null, 1],
      [null, "Ghi chú: Tổng điểm trừ không quá 2 điểm"],
      ["a3", "Mục a3", 10],
      [null, "Ghi chú: tổng điểm trừ của mục z9 không quá 1 điểm"],
    ];
    expect(ind(rows, "a1", header)?.penaltyCap).toBe(1.5);
    expect(ind(rows, "a2", header)?.penaltyCap).toBe(3);
    expect(ind(rows, "a3", header)?.penaltyCap).toBeNull();
  });

  it("reads band rows under an item as its bands (tiers), and Có/Không rows as pass, Có/Không winning", () => {
    const rows = [
      ["C1", "Thu gom chất thải rắn", 5],
      [null, "- Từ 98% trở lên: 5 điểm"],
      [null, "- Từ 97% đến dưới 98%: 4 điểm"],
      [null, "- Dưới 97%: 0 điểm"],
      ["C2", "Có kế hoạch", 3],
      [null, "- Có: 3 điểm"],
      [null, "- Không: 0 điểm"],
      ["C3", "Cả hai", 2],
      [null, "- Từ 98% trở lên: 2 điểm"],
      [null, "- Có: 2 điểm"],
      ["C4", "Ghi chú thường", 2],
      [null, "- Căn cứ chấm điểm: văn bản của UBND"],
    ];
    expect(ind(rows, "C1")).toMatchObject({ rule: "tiers", ruleSource: "bands", bands: [
      { threshold: null, points: 0 }, { threshold: 97, points: 4 }, { threshold: 98, points: 5 },
    ] });
    expect(ind(rows, "C2")).toMatchObject({ rule: "pass", ruleSource: "options", maxPoints: 3 });
    expect(ind(rows, "C3")).toMatchObject({ rule: "pass", maxPoints: 2 });
    expect(ind(rows, "C4")).toMatchObject({ rule: "ratio", ruleSource: "blank", bands: [] });
  });

  it("takes M of a Có row from its Chuẩn cell when its text has none, the first Có of several", () => {
    const rows = [["C5", "Hướng dẫn", 1], ["- Có văn bản hướng dẫn", null, 0.5], ["- Không có văn bản", null, 0], ["- Có kế hoạch kiểm tra", null, 0.7]];
    expect(ind(rows, "C5")).toMatchObject({ rule: "pass", maxPoints: 0.5 });
  });

  it("ignores a coded label (no points, no method, no children) and never takes a coded row for a total", () => {
    const { pledge } = read([["2.1.1", "Có 01 CB.CC bị kỷ luật:"], ["C6", "Tổng hợp báo cáo 05 chỉ tiêu", 1]]);
    expect(pledge?.indicators.map((i) => i.code)).toEqual(["C6"]);
  });

  it("makes a row without points whose children are all adjustments transparent: they adjust the nearest ancestor with points", () => {
    const rows = [["3.3", "Thủ tục hành chính", 6], ["3.3.1", "Không trễ hạn", 6], ["3.3.2", "Điểm thưởng"], ["3.3.2.1", "Dưới 1000 hồ sơ"], ["a", "Trước hạn 1%", null, "+ 0,5"], ["b", "Trước hạn 5%", null, "+1"]];
    const { pledge } = read(rows);
    expect(pledge?.headings).toEqual([expect.objectContaining({ code: "3.3", maxPoints: 6, leaves: ["3.3.1"], adjustments: ["3.3.2.1a", "3.3.2.1b"] })]);
    expect(pledge?.indicators.map((i) => [i.code, i.rule, i.adjusts])).toEqual([["3.3.1", "ratio", null], ["3.3.2.1a", "bonus", "3.3"], ["3.3.2.1b", "bonus", "3.3"]]);
  });

  it("lets adjustments with no ancestor that has points stand alone", () => {
    const rows = [["5", "Tiêu chuẩn 5: Báo cáo", 5], ["5.1", "Gửi báo cáo trễ", null, null, -0.5]];
    expect(ind(rows, "5.1")).toMatchObject({ rule: "penalty", adjusts: null, groupCode: "I" });
  });

  it("warns when a heading's points differ from its scored leaves, leaving adjustments out of the sum", () => {
    const rows = [["1", "Mục", 5], ["1.1", "Con 1", 2], ["1.2", "Con 2", 2], ["1.3", "Trừ", null, null, 1]];
    const { findings } = read(rows);
    expect(findings.filter((f) => f.code === "PARENT_POINTS_MISMATCH")).toEqual([expect.objectContaining({ given: 5, sum: 4, children: ["1.1", "1.2"] })]);
  });

  it("passes Bắt buộc from a heading to its leaves, never to bonus or penalty rows", () => {
    const header = [["STT", "Chỉ tiêu", "Điểm chuẩn", "Cách chấm", "Bắt buộc"]];
    const rows = [["1", "Mục", 4, null, "x"], ["1.1", "Con", 4], ["1.2", "Trừ", 1, "Trừ điểm", "x"]];
    const { pledge } = read(rows, header);
    expect(pledge?.indicators.map((i) => [i.code, i.mandatory])).toEqual([["1.1", true], ["1.2", false]]);
  });

  it("makes the top-level rows with non-adjustment children the task groups of a table without group rows", () => {
    const rows = [["a", "Đất đai", 6], ["a1", "Quy hoạch", 3], ["a2", "Thống kê", 3], ["b", "Nước", 2], ["b1", "Giếng", 2], ["9", "Đứng riêng", 1]];
    const { pledge } = read(rows);
    expect(pledge?.groups).toEqual([{ code: "a", name: "Đất đai" }, { code: "b", name: "Nước" }, { code: "", name: "" }]);
    expect(pledge?.indicators.map((i) => [i.code, i.groupCode])).toEqual([["a1", "a"], ["a2", "a"], ["b1", "b"], ["9", ""]]);
  });

  it("reads Thưởng từ (%), Trừ tối đa and Mức điểm columns", () => {
    const header = [["STT", "Chỉ tiêu", "Điểm chuẩn", "Cách chấm", "Thưởng/1%", "Thưởng tối đa", "Thưởng từ (%)", "Trừ tối đa", "Mức điểm"]];
    const rows = [
      ["1", "Tỷ lệ thu gom", 30, "Tỷ lệ", 0.1, 0.5, 92],
      ["2", "Vi phạm", 0.5, "Trừ điểm", null, null, null, 1],
      ["3", "Tỷ lệ xử lý", 5, "Theo mức", null, null, null, null, "≥ 98%: 5; ≥ 97%: 4; ≥ 96%: 3"],
      ["4", "Xếp loại", 10, "Mức độ", null, null, null, null, "HTXS: 100%; HTT: 80%"],
      ["5", "Mức lạ", 5, "Theo mức", null, null, null, null, "từ cao: 3"],
      ["6", "Theo mức trong ô", 5, "Theo mức: ≥ 98%: 5; còn lại: 1", null, null, null, null, "≥ 50%: 2"],
    ];
    const { pledge, findings } = read(rows, header);
    const by = (c: string) => pledge?.indicators.find((i) => i.code === c);
    expect(by("1")).toMatchObject({ bonusFrom: 92, bonusPerPercent: 0.1, bonusCap: 0.5 });
    expect(by("2")).toMatchObject({ rule: "penalty", penaltyCap: 1 });
    expect(by("3")).toMatchObject({ rule: "tiers", ruleSource: "given", bands: [{ threshold: 96 }, { threshold: 97 }, { threshold: 98 }] });
    expect(by("4")).toMatchObject({ rule: "grade", gradeShares: [{ level: "excellent", value: 100, percent: true }, { level: "good", value: 80, percent: true }], bands: [] });
    expect(by("5")).toMatchObject({ rule: null });
    expect(findings.find((f) => f.code === "INVALID_BANDS")).toMatchObject({ severity: "error", indicatorCode: "5", text: "từ cao: 3", where: { cell: "I6" } });
    // The rule cell wins over Mức điểm.
    expect(by("6")?.bands.map((b) => [b.threshold, b.points])).toEqual([[null, 1], [98, 5]]);
  });

  it("warns when a band gives more than M", () => {
    const { findings } = read([["C1", "Thu gom", 4], [null, "- Từ 98% trở lên: 5 điểm"], [null, "- Dưới 98%: 0 điểm"]]);
    expect(findings.filter((f) => f.code === "BAND_ABOVE_MAX")).toEqual([expect.objectContaining({ severity: "warning", indicatorCode: "C1", points: 5, max: 4, where: expect.objectContaining({ cell: "C3" }) })]);
  });

  it("does not make a row tiers for bands in Mức điểm under a blank method", () => {
    const header = [["STT", "Chỉ tiêu", "Điểm chuẩn", "Cách chấm", "Mức điểm"]];
    expect(ind([["1", "Tỷ lệ", 5, null, "≥ 98%: 5; ≥ 97%: 4"]], "1", header)).toMatchObject({ rule: "ratio", ruleSource: "blank", bands: [{ threshold: 97 }, { threshold: 98 }] });
  });

  it("makes band rows below a row with another method notes", () => {
    const header = [["STT", "Chỉ tiêu", "Điểm chuẩn", "Cách chấm"]];
    expect(ind([["1", "Tỷ lệ", 5, "Tỷ lệ"], [null, "- Từ 98% trở lên: 5 điểm"]], "1", header)).toMatchObject({ rule: "ratio", bands: [] });
  });

  it("accepts points written with their unit and a text under Trừ as a note (a warning)", () => {
    const { findings } = read([["5.1", "Báo cáo", 100], ["5.2", "Không gửi báo cáo", null, null, "(không xếp loại)"], [null, "Tổng cộng", "100 điểm"]]);
    expect(errors(findings)).toEqual([]);
    expect(findings.find((f) => f.code === "NOT_A_NUMBER")).toMatchObject({ severity: "warning", field: "penaltyPoints" });
    expect(findings.map((f) => f.code)).not.toContain("TOTAL_POINTS_MISMATCH");
  });
});
