import type { Finding } from "../findings";
import { readCluster } from "./readCluster";
import { samplePledge } from "../testing/sampleSheets";
import { grid, workbook } from "../testing/grid";

const codes = (fs: readonly Finding[]) => fs.map((f) => f.code);

describe("reading the pledge", () => {
  it("reads groups, indicators, points, rules and the mandatory mark below title rows", () => {
    const { pledge, findings } = readCluster([workbook("cum.xlsx", samplePledge())]);
    expect(pledge?.groups).toEqual([
      { code: "I", name: "Phát triển kinh tế" },
      { code: "II", name: "Văn hóa - xã hội" },
    ]);
    expect(pledge?.indicators.map((i) => [i.code, i.maxPoints, i.rule, i.mandatory, i.groupCode, i.row])).toEqual([
      ["1", 30, "ratio", true, "I", 5],
      ["2", 30, "ratio", false, "I", 6],
      ["3", 20, "inverse", false, "II", 8],
      ["4", 20, "pass", false, "II", 9],
    ]);
    expect(pledge?.indicators[0]?.unit).toBe("tỷ đồng");
    expect(pledge?.indicatorCount).toBe(4);
    expect(codes(findings).filter((c) => c !== "NO_REPORT_TABLE")).toEqual([]);
  });

  it("reads a blank rule as ratio and keeps the rule text as written", () => {
    const { pledge } = readCluster([workbook("cum.xlsx", samplePledge())]);
    expect(pledge?.indicators[1]).toMatchObject({ rule: "ratio", ruleText: null });
    expect(pledge?.indicators[2]).toMatchObject({ rule: "inverse", ruleText: "Nghịch" });
  });

  it("reports an unknown rule on its cell and leaves the indicator unscored", () => {
    const sheet = grid("Giao ước", [
      ["Mã", "Tiêu chí", "Điểm tối đa", "Phương pháp chấm"],
      ["1", "Thu ngân sách", 10, "Bình quân gia quyền"],
      ["2", "Giải quyết việc làm", 10, "Tỷ lệ thuận"],
    ]);
    const { pledge, findings } = readCluster([workbook("cum.xlsx", sheet)]);
    expect(pledge?.indicators.map((i) => i.rule)).toEqual([null, "ratio"]);
    const f = findings.find((x) => x.code === "UNKNOWN_RULE");
    expect(f).toMatchObject({ severity: "error", where: { sheet: "Giao ước", cell: "D2", member: null }, indicatorCode: "1", text: "Bình quân gia quyền" });
  });

  it("scores only the sub-items of a heading and counts the heading once", () => {
    const sheet = grid("Tiêu chí chấm điểm", [
      ["TT", "Nội dung", "Điểm", "Cách chấm"],
      ["1", "Phát triển kinh tế", 30],
      ["a", "Tổng giá trị sản xuất", 20, "Tỷ lệ"],
      ["b.", "Thu ngân sách", 10, "Tỷ lệ"],
      ["2", "Chuyển đổi số", 20],
      ["2.1", "Dịch vụ công trực tuyến", 12, "Tỷ lệ"],
      ["2.2.", "Hồ sơ số hóa", 10, "Tỷ lệ"],
      ["3", "Quốc phòng", 10, "Đạt"],
    ]);
    const { pledge, findings } = readCluster([workbook("cum.xlsx", sheet)]);
    expect(pledge?.indicators.map((i) => i.code)).toEqual(["1a", "1b", "2.1", "2.2", "3"]);
    expect(pledge?.indicatorCount).toBe(3);
    const mismatch = findings.filter((f) => f.code === "PARENT_POINTS_MISMATCH");
    expect(mismatch.map((f) => [f.where.cell, f.severity])).toEqual([["C5", "warning"]]);
    expect(mismatch[0]).toMatchObject({ indicatorCode: "2", children: ["2.1", "2.2"], given: 20, sum: 22 });
  });

  it("warns when a group's or the total's points differ from the sum of its indicators", () => {
    const sheet = samplePledge("Giao ước", [[null, "Tổng điểm", null, 110]]);
    const edited = { ...sheet, values: sheet.values.map((r, i) => (i === 6 ? ["II", "Văn hóa - xã hội", null, 45, null, null] : r)) };
    const { findings } = readCluster([workbook("cum.xlsx", edited)]);
    const mismatches = findings.filter((f) => f.code === "GROUP_POINTS_MISMATCH" || f.code === "TOTAL_POINTS_MISMATCH");
    expect(mismatches.map((f) => [f.code, f.where.cell])).toEqual([
      ["GROUP_POINTS_MISMATCH", "D7"],
      ["TOTAL_POINTS_MISMATCH", "D11"],
    ]);
    expect(mismatches[0]).toMatchObject({ group: "II", name: "Văn hóa - xã hội", given: 45, sum: 40 });
  });

  it("accepts a total row that matches, and ignores it as an indicator", () => {
    const { pledge, findings } = readCluster([workbook("cum.xlsx", samplePledge())]);
    expect(pledge?.indicators.some((i) => i.name === "Tổng cộng")).toBe(false);
    expect(codes(findings)).not.toContain("TOTAL_POINTS_MISMATCH");
  });

  it("recognises groups named Nhóm/Phần/Lĩnh vực/Tiêu chuẩn followed by a number, numeral, letter or colon, but not a word like Phân or Phần mềm", () => {
    const sheet = grid("Giao ước", [
      ["STT", "Chỉ tiêu", "Điểm chuẩn", "Cách chấm"],
      [null, "Nhóm 1: Kinh tế"],
      ["1", "Thu ngân sách", 10],
      [null, "Phân loại rác tại nguồn (ghi chú)"],
      [null, "Phần mềm quản lý (ghi chú)"],
      [null, "Lĩnh vực y tế (ghi chú)"],
      ["2", "Giải quyết việc làm", 10],
      [null, "Lĩnh vực 2: Xã hội"],
      ["3", "Giảm nghèo", 10],
      [null, "Phần b) Môi trường"],
      ["4", "Thu gom rác", 10],
      ["5", "Tiêu chuẩn 4: Thi đua"],
      ["5.1", "Phát động thi đua", 10],
    ]);
    const { pledge } = readCluster([workbook("cum.xlsx", sheet)]);
    expect(pledge?.groups).toEqual([
      { code: "I", name: "Nhóm 1: Kinh tế" },
      { code: "II", name: "Lĩnh vực 2: Xã hội" },
      { code: "III", name: "Phần b) Môi trường" },
      { code: "IV", name: "Tiêu chuẩn 4: Thi đua" },
    ]);
    expect(pledge?.indicators.map((i) => i.groupCode)).toEqual(["I", "I", "II", "III", "IV"]);
  });

  it("tells apart codes that restart in every group by the group", () => {
    const sheet = grid("Giao ước", [
      ["STT", "Chỉ tiêu", "Điểm chuẩn", "Cách chấm"],
      ["I", "Kinh tế"],
      ["1", "Thu ngân sách", 10],
      ["2", "Sản xuất", 10],
      ["II", "Xã hội"],
      ["1", "Giảm nghèo", 10],
    ]);
    const { pledge, findings } = readCluster([workbook("cum.xlsx", sheet)]);
    expect(pledge?.indicators.map((i) => i.code)).toEqual(["I.1", "I.2", "II.1"]);
    expect(codes(findings)).not.toContain("DUPLICATE_CODE");
  });

  it("reports a code repeated within a group and keeps the first row", () => {
    const sheet = grid("Giao ước", [
      ["STT", "Chỉ tiêu", "Điểm chuẩn", "Cách chấm"],
      ["1", "Thu ngân sách", 10],
      ["1", "Sản xuất", 10],
    ]);
    const { pledge, findings } = readCluster([workbook("cum.xlsx", sheet)]);
    expect(pledge?.indicators.map((i) => i.name)).toEqual(["Thu ngân sách"]);
    expect(findings.find((f) => f.code === "DUPLICATE_CODE")).toMatchObject({ where: { cell: "A3" }, severity: "error", indicatorCode: "1", firstRow: 2 });
  });

  it("reports missing or unreadable points on their cells", () => {
    const sheet = grid("Giao ước", [
      ["STT", "Chỉ tiêu", "Điểm chuẩn", "Cách chấm", "Thưởng/1%"],
      ["1", "Thu ngân sách", null, "Tỷ lệ"],
      ["2", "Sản xuất", "ba mươi"],
      ["3", "Việc làm", 10, null, "nửa điểm"],
    ]);
    const { pledge, findings } = readCluster([workbook("cum.xlsx", sheet)]);
    expect(pledge?.indicators.map((i) => i.maxPoints)).toEqual([0, 0, 10]);
    expect(findings.filter((f) => f.code === "INVALID_POINTS" || f.code === "NOT_A_NUMBER").map((f) => [f.code, f.where.cell])).toEqual([
      ["INVALID_POINTS", "C2"],
      ["INVALID_POINTS", "C3"],
      ["NOT_A_NUMBER", "E4"],
    ]);
    expect(findings.find((f) => f.where.cell === "C2")).toMatchObject({ reason: "blank", indicator: { code: "1", name: "Thu ngân sách" } });
    expect(findings.find((f) => f.where.cell === "C3")).toMatchObject({ reason: "notANumber", text: "ba mươi" });
    expect(findings.find((f) => f.where.cell === "E4")).toMatchObject({ field: "bonusPerPercent", text: "nửa điểm", indicator: null });
  });

  it("reads bonus and penalty parameters and the mandatory marks", () => {
    const sheet = grid("Thang điểm", [
      ["STT", "Chỉ tiêu", "Điểm chuẩn", "Cách chấm", "Thưởng/1%", "Thưởng tối đa", "Trừ/1%", "Chỉ tiêu bắt buộc"],
      ["1", "Thu ngân sách", 30, "Tỷ lệ", 0.5, 3, 1, "Có"],
      ["2", "Sản xuất", 30, "", null, null, null, "✓"],
      ["3", "Vi phạm", 5, "Trừ điểm", null, null, null, null],
    ]);
    const { pledge } = readCluster([workbook("cum.xlsx", sheet)]);
    expect(pledge?.indicators.map((i) => [i.bonusPerPercent, i.bonusCap, i.penaltyPerPercent, i.mandatory, i.rule])).toEqual([
      [0.5, 3, 1, true, "ratio"],
      [null, null, null, true, "ratio"],
      [null, null, null, false, "penalty"],
    ]);
  });

  it("names the missing columns of a pledge sheet it cannot use", () => {
    const sheet = grid("Giao ước", [["STT", "Chỉ tiêu", "Ghi chú"], ["1", "Thu ngân sách", null]]);
    const { pledge, findings } = readCluster([workbook("cum.xlsx", sheet)]);
    expect(pledge).toBeNull();
    const f = findings.find((x) => x.code === "PLEDGE_MISSING_COLUMN");
    expect(f).toMatchObject({ severity: "error", where: { sheet: "Giao ước", cell: null }, missing: ["maxPoints"] });
  });
});
