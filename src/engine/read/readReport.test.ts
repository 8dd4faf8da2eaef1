import type { FindingCode, FindingOf } from "../findings";
import type { ClusterData } from "../model";
import type { SheetSnapshot } from "./snapshot";
import { readCluster } from "./readCluster";
import { samplePledge, sampleReport } from "../testing/sampleSheets";
import { grid, workbook } from "../testing/grid";

/** The cluster workbook holds the pledge; each member file one report. */
function read(...reports: readonly (readonly [string, SheetSnapshot])[]): ClusterData {
  return readCluster([workbook("cum.xlsx", samplePledge()), ...reports.map(([file, sheet]) => workbook(file, sheet))]);
}

const of = <C extends FindingCode>(data: ClusterData, code: C): FindingOf<C>[] =>
  data.findings.filter((f): f is FindingOf<C> => f.code === code);

describe("reading member reports", () => {
  it("reads a two-row merged header (Kết quả over Kế hoạch | Thực hiện) below title rows", () => {
    const data = read(["kbang.xlsx", sampleReport("huyện Kbang")]);
    const report = data.reports[0];
    expect(report).toMatchObject({ member: "huyện Kbang", file: "kbang.xlsx", sheet: "Báo cáo" });
    const row = report?.rows["1"];
    expect(row?.row).toBe(6);
    expect(row?.plan).toMatchObject({ cell: "D6", kind: "number", value: 2734.4, percent: false, approximate: false });
    expect(row?.actual).toMatchObject({ cell: "E6", kind: "number", value: 2735.764, percent: false, approximate: false });
    expect(row?.attainment.cell).toBe("F6");
    expect(row?.selfScore.cell).toBe("G6");
    expect(row?.growth).toMatchObject({ cell: null, kind: "blank" });
    expect(Object.keys(report?.rows ?? {})).toEqual(["1", "2", "3", "4"]);
    expect(data.findings).toEqual([]);
  });

  it("finds the year and cluster name in the titles when there is no information sheet", () => {
    const data = read(["kbang.xlsx", sampleReport("huyện Kbang")]);
    expect(data.info.year).toBe(2024);
    expect(data.info.clusterName).toBe("Cụm thi đua số 2");
    expect(data.info.meritCount).toBe(2);
  });

  it("reads the words of a pass indicator and the percent of a percent-formatted cell", () => {
    const sheet = sampleReport("huyện Kbang", "Báo cáo", {
      "1": [2734.4, 2735.764, 1.0005, 30],
      "2": [120, 130.5, null, 30],
      "3": [0.03, 0.0272, null, 20],
      "4": [null, "Đạt", null, 20],
    }, { formats: { "5,5": "0.00%", "8,3": "0.00%", "8,4": "0.00%" } });
    const data = read(["kbang.xlsx", sheet]);
    const rows = data.reports[0]?.rows;
    expect(rows?.["1"]?.attainment).toMatchObject({ kind: "number", value: 100.05, percent: true, approximate: false });
    expect(rows?.["3"]?.actual).toMatchObject({ kind: "number", value: 2.72, percent: true, approximate: false });
    expect(rows?.["4"]?.actual).toMatchObject({ kind: "text", text: "Đạt" });
    expect(data.findings).toEqual([]);
  });

  it("reports text in a numeric column in the clerk's words, naming the cell", () => {
    const sheet = sampleReport("huyện Kbang", "Báo cáo", {
      "1": [2734.4, "hai nghìn", null, 30],
      "2": [120, 130, null, 30],
      "3": [3, 2, null, 20],
      "4": [null, "Đạt", null, 20],
    });
    const data = read(["kbang.xlsx", sheet]);
    expect(of(data, "NOT_A_NUMBER")).toEqual([
      {
        severity: "error",
        code: "NOT_A_NUMBER",
        where: { file: "kbang.xlsx", sheet: "Báo cáo", cell: "E6", member: "huyện Kbang" },
        field: "actual",
        text: "hai nghìn",
        indicator: null,
      },
    ]);
    expect(data.reports[0]?.rows["1"]?.actual).toMatchObject({ kind: "text", text: "hai nghìn" });
  });

  it("reports Excel errors as values or as text, naming the cell", () => {
    const sheet = sampleReport("huyện Kbang", "Báo cáo", {
      "1": [2734.4, 2735, "#DIV/0!", 30],
      "2": [120, "#REF!", null, 30],
      "3": [3, 2, null, 20],
      "4": [null, "Đạt", null, 20],
    });
    const data = read(["kbang.xlsx", sheet]);
    expect(of(data, "EXCEL_ERROR")).toEqual([
      // Plan and actual are given, so scoring does not read the attainment: a warning (docs/cham-diem.md).
      expect.objectContaining({ where: expect.objectContaining({ cell: "F6" }), severity: "warning", field: "attainment", text: "#DIV/0!" }),
      expect.objectContaining({ where: expect.objectContaining({ cell: "E7" }), severity: "error", field: "actual", text: "#REF!" }),
    ]);
  });

  it("takes approximations as numbers with a warning and blank equivalents as blank", () => {
    const sheet = sampleReport("huyện Kbang", "Báo cáo", {
      "1": ["khoảng 2.700", "trên 2.636", null, 30],
      "2": ["-", "không có", "x", "—"],
      "3": [3, "ước 2,5", null, "k/c"],
      "4": [null, "Đạt", null, 20],
    });
    const data = read(["kbang.xlsx", sheet]);
    const rows = data.reports[0]?.rows;
    expect(rows?.["1"]?.plan).toMatchObject({ kind: "number", value: 2700, percent: false, approximate: true });
    expect(rows?.["2"]?.plan).toMatchObject({ kind: "blank" });
    expect(rows?.["2"]?.actual).toMatchObject({ kind: "blank" });
    expect(rows?.["2"]?.attainment).toMatchObject({ kind: "blank" });
    expect(rows?.["2"]?.selfScore).toMatchObject({ kind: "blank" });
    expect(of(data, "APPROXIMATE_VALUE").map((f) => [f.where.cell, f.severity, f.field, f.text, f.value])).toEqual([
      ["D6", "warning", "plan", "khoảng 2.700", 2700],
      ["E6", "warning", "actual", "trên 2.636", 2636],
      ["E9", "warning", "actual", "ước 2,5", 2.5],
    ]);
    expect(of(data, "NOT_A_NUMBER")).toEqual([]);
  });

  it("keeps x as the word of a pass indicator, and reads a pass word in the attainment column", () => {
    const sheet = sampleReport("huyện Kbang", "Báo cáo", {
      "1": [2734.4, 2735, null, 30],
      "2": [120, 130, null, 30],
      "3": [3, 2, null, 20],
      "4": ["Hoàn thành", "x", "Đạt", 20],
    });
    const data = read(["kbang.xlsx", sheet]);
    const row = data.reports[0]?.rows["4"];
    expect([row?.plan, row?.actual, row?.attainment]).toEqual([
      { kind: "text", text: "Hoàn thành", cell: "D10" },
      { kind: "text", text: "x", cell: "E10" },
      { kind: "text", text: "Đạt", cell: "F10" },
    ]);
    expect(data.findings).toEqual([]);
  });

  it("reports a word in the self-score column even for a pass indicator", () => {
    const sheet = sampleReport("huyện Kbang", "Báo cáo", {
      "1": [2734.4, 2735, null, 30],
      "2": [120, 130, null, 30],
      "3": [3, 2, null, 20],
      "4": [null, "Đạt", null, "đủ điểm"],
    });
    expect(of(read(["kbang.xlsx", sheet]), "NOT_A_NUMBER").map((f) => [f.where.cell, f.field, f.text])).toEqual([["G10", "selfScore", "đủ điểm"]]);
  });

  it("warns about an English decimal point and reads it", () => {
    const sheet = sampleReport("huyện Kbang", "Báo cáo", {
      "1": [2734.4, 2735, "100.05", 30],
      "2": [120, 130, null, 30],
      "3": [3, 2, null, 20],
      "4": [null, "Đạt", null, 20],
    });
    const data = read(["kbang.xlsx", sheet]);
    expect(data.reports[0]?.rows["1"]?.attainment).toMatchObject({ value: 100.05 });
    expect(of(data, "ENGLISH_DECIMAL").map((f) => [f.where.cell, f.field, f.text, f.value])).toEqual([["F6", "attainment", "100.05", 100.05]]);
  });

  it("reports a pledged indicator missing from the report", () => {
    const sheet = grid("Báo cáo", [
      ["Đơn vị báo cáo:", null, "thị xã An Khê"],
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      ["1", "Tổng giá trị sản xuất", 18000, 18797.39],
      ["2", "Thu ngân sách nhà nước trên địa bàn", 100, 101],
      ["4", "Cải cách hành chính", null, "Đạt"],
    ]);
    const data = read(["an-khe.xlsx", sheet]);
    expect(data.reports[0]?.member).toBe("thị xã An Khê");
    expect(of(data, "MISSING_INDICATOR")).toEqual([
      {
        severity: "error",
        code: "MISSING_INDICATOR",
        where: { file: "an-khe.xlsx", sheet: "Báo cáo", cell: null, member: "thị xã An Khê" },
        indicator: { code: "3", name: "Tỷ lệ hộ nghèo giảm" },
      },
    ]);
  });

  it("warns about a row that matches no pledged indicator, but not about group, total or note rows", () => {
    const sheet = grid("Báo cáo", [
      ["Đơn vị:", "huyện Mang Yang"],
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      ["I", "Phát triển kinh tế"],
      ["1", "Tổng giá trị sản xuất", 7600, 7662.6],
      ["2", "Thu ngân sách nhà nước trên địa bàn", 100, 101],
      ["5", "Số doanh nghiệp thành lập mới", 20, 25],
      ["II", "Văn hóa - xã hội"],
      ["3", "Tỷ lệ hộ nghèo giảm", 3, 3.32],
      ["4", "Cải cách hành chính", null, "Đạt"],
      [null, "Tổng cộng", null, null],
      [null, "Người lập biểu", null, null],
    ]);
    const data = read(["mang-yang.xlsx", sheet]);
    expect(of(data, "UNMATCHED_ROW").map((f) => [f.where.cell, f.severity, f.indicatorCode, f.name])).toEqual([
      ["B6", "warning", "5", "Số doanh nghiệp thành lập mới"],
    ]);
    expect(Object.keys(data.reports[0]?.rows ?? {})).toEqual(["1", "2", "3", "4"]);
  });

  it("matches by name when the report has no code column, ignoring a unit in parentheses", () => {
    const sheet = grid("Đak Pơ", [
      ["Nội dung chỉ tiêu", "Kế hoạch năm 2024", "Thực hiện năm 2024"],
      ["Tổng giá trị sản xuất (tỷ đồng)", 2734.4, 2735.764],
      ["Thu ngân sách nhà nước trên địa bàn", 100, 101],
      ["TỶ LỆ HỘ NGHÈO GIẢM (%)", 2, 1.8],
      ["Cải cách hành chính", null, "Đạt"],
    ]);
    const data = read(["dak-po.xlsx", sheet]);
    expect(data.reports[0]?.member).toBe("Đak Pơ");
    expect(Object.keys(data.reports[0]?.rows ?? {})).toEqual(["1", "2", "3", "4"]);
    expect(data.reports[0]?.rows["3"]?.actual.cell).toBe("C4");
    expect(data.findings).toEqual([]);
  });

  it("matches a close name with a warning that names both", () => {
    const sheet = grid("Báo cáo", [
      ["Đơn vị:", "huyện Đak Đoa"],
      ["Chỉ tiêu", "KH", "TH"],
      ["Tổng giá trị sản xuất", 10800, 10858],
      ["Thu ngân sách nhà nước trên địa bàn huyện", 100, 101],
      ["Tỷ lệ hộ nghèo giảm", 2, 2.12],
      ["Cải cách hành chính", null, "Đạt"],
    ]);
    const data = read(["dak-doa.xlsx", sheet]);
    expect(data.reports[0]?.rows["2"]?.actual.cell).toBe("C4");
    const f = of(data, "FUZZY_MATCH");
    expect(f.map((x) => [x.where.cell, x.severity])).toEqual([["A4", "warning"]]);
    expect(f[0]).toMatchObject({
      name: "Thu ngân sách nhà nước trên địa bàn huyện",
      indicator: { code: "2", name: "Thu ngân sách nhà nước trên địa bàn" },
    });
  });

  it("does not match names that share too few words", () => {
    const sheet = grid("Báo cáo", [
      ["Đơn vị:", "huyện Đak Đoa"],
      ["Chỉ tiêu", "KH", "TH"],
      ["Thu ngân sách từ đất", 100, 101],
    ]);
    const data = read(["dak-doa.xlsx", sheet]);
    expect(of(data, "FUZZY_MATCH")).toEqual([]);
    expect(of(data, "UNMATCHED_ROW")).toHaveLength(1);
  });

  it("trusts an exact name over a code when the report was numbered differently", () => {
    const sheet = grid("Báo cáo", [
      ["Đơn vị:", "huyện Kbang"],
      ["STT", "Chỉ tiêu", "KH", "TH"],
      ["1", "Tổng giá trị sản xuất", 5600, 5696.5],
      ["2", "Diện tích gieo trồng", 100, 101],
      ["3", "Thu ngân sách nhà nước trên địa bàn", 100, 101],
      ["4", "Tỷ lệ hộ nghèo giảm", 3, 2.72],
      ["5", "Cải cách hành chính", null, "Đạt"],
    ]);
    const data = read(["kbang.xlsx", sheet]);
    const rows = data.reports[0]?.rows;
    expect([rows?.["2"]?.row, rows?.["3"]?.row, rows?.["4"]?.row]).toEqual([5, 6, 7]);
    expect(of(data, "UNMATCHED_ROW").map((f) => [f.where.cell, f.name])).toEqual([["B4", "Diện tích gieo trồng"]]);
  });

  it("reads sub-item codes a, b under their indicator", () => {
    const pledge = grid("Giao ước", [
      ["STT", "Chỉ tiêu", "Điểm chuẩn", "Cách chấm"],
      ["1", "Phát triển kinh tế", 30],
      ["a", "Tổng giá trị sản xuất", 20],
      ["b", "Thu ngân sách", 10],
    ]);
    const report = grid("Báo cáo", [
      ["Đơn vị:", "huyện Kbang"],
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      ["1", "Phát triển kinh tế"],
      ["a)", "Tổng giá trị sản xuất", 5600, 5696.5],
      ["b)", "Thu ngân sách", 100, 101],
    ]);
    const data = readCluster([workbook("cum.xlsx", pledge), workbook("kbang.xlsx", report)], { year: 2024 });
    expect(Object.keys(data.reports[0]?.rows ?? {})).toEqual(["1a", "1b"]);
    expect(data.findings).toEqual([]);
  });

  it("skips the column-numbering row under the header", () => {
    const sheet = grid("Báo cáo", [
      ["Đơn vị:", "huyện Kbang"],
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      ["(1)", "(2)", "(3)", "(4)"],
      ["1", "Tổng giá trị sản xuất", 5600, 5696.5],
      ["2", "Thu ngân sách nhà nước trên địa bàn", 100, 101],
      ["3", "Tỷ lệ hộ nghèo giảm", 3, 2.72],
      ["4", "Cải cách hành chính", null, "Đạt"],
    ]);
    expect(read(["kbang.xlsx", sheet]).findings).toEqual([]);
  });

  it("reports a second row for the same indicator and keeps the first", () => {
    const sheet = grid("Báo cáo", [
      ["Đơn vị:", "huyện Kbang"],
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      ["1", "Tổng giá trị sản xuất", 5600, 5696.5],
      ["1", "Tổng giá trị sản xuất", 1, 2],
    ]);
    const data = read(["kbang.xlsx", sheet]);
    expect(data.reports[0]?.rows["1"]?.row).toBe(3);
    expect(of(data, "DUPLICATE_ROW").map((f) => [f.where.cell, f.indicator.code, f.firstRow])).toEqual([["B4", "1", 3]]);
  });

  it("places cells by the sheet's used range, not the grid", () => {
    const sheet = grid(
      "Báo cáo",
      [
        ["Đơn vị:", "huyện Kbang"],
        ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
        ["1", "Tổng giá trị sản xuất", 5600, "năm nghìn"],
      ],
      { top: 4, left: 1 },
    );
    const data = read(["kbang.xlsx", sheet]);
    expect(data.reports[0]?.rows["1"]?.row).toBe(7);
    expect(of(data, "NOT_A_NUMBER").map((f) => f.where.cell)).toEqual(["E7"]);
  });
});

describe("naming the member of a report", () => {
  it("takes the name after the colon of a Đơn vị label", () => {
    const sheet = grid("Sheet1", [["Tên đơn vị: huyện Mang Yang"], ["STT", "Chỉ tiêu", "Thực hiện"], ["1", "Tổng giá trị sản xuất", 1]]);
    expect(read(["x.xlsx", sheet]).reports[0]?.member).toBe("huyện Mang Yang");
  });

  it("does not take a unit of measure for a member", () => {
    const sheet = grid("Kbang", [["Đơn vị: triệu đồng"], ["STT", "Chỉ tiêu", "Thực hiện"], ["1", "Tổng giá trị sản xuất", 1]]);
    expect(read(["x.xlsx", sheet]).reports[0]?.member).toBe("Kbang");
  });

  it.each(["Sheet1", "Sheet 2", "Trang tính1", "Báo cáo", "Report", "Biểu 01", "BIEU MAU 2"])(
    "takes the file name when the sheet name %s is generic",
    (name) => {
      const sheet = grid(name, [["STT", "Chỉ tiêu", "Thực hiện"], ["1", "Tổng giá trị sản xuất", 1]]);
      expect(read(["huyện Kbang.xlsx", sheet]).reports[0]?.member).toBe("huyện Kbang");
    },
  );

  it("reports two reports of the same member and keeps the first", () => {
    const data = read(["kbang.xlsx", sampleReport("huyện Kbang")], ["kbang-2.xlsx", sampleReport("KBANG")]);
    expect(data.reports.map((r) => r.member)).toEqual(["huyện Kbang"]);
    const f = of(data, "DUPLICATE_MEMBER");
    expect(f.map((x) => [x.severity, x.where.file, x.where.sheet, x.where.member])).toEqual([["error", "kbang-2.xlsx", "Báo cáo", "KBANG"]]);
    expect(f[0]).toMatchObject({ first: { file: "kbang.xlsx", sheet: "Báo cáo" } });
  });
  it("lists the first 100 warnings of a kind on a report sheet and counts the rest in one", () => {
    const sheet = sampleReport("huyện Kbang");
    const width = sheet.values[0]!.length;
    const extra = Array.from({ length: 250 }, (_, k) => ["", `Dòng thêm số ${k + 1}`, null, 5, 6, ...Array(Math.max(0, width - 5)).fill(null)]);
    const data = read(["kbang.xlsx", { ...sheet, values: [...sheet.values, ...extra], formats: [...sheet.formats, ...extra.map((r) => r.map(() => "General"))] }]);
    const unmatched = of(data, "UNMATCHED_ROW");
    expect(unmatched).toHaveLength(100);
    expect(unmatched[0]).toMatchObject({ name: "Dòng thêm số 1", where: { cell: "B11" } });
    expect(of(data, "MORE_WARNINGS")).toEqual([
      { code: "MORE_WARNINGS", severity: "warning", where: { file: "kbang.xlsx", sheet: "Báo cáo", cell: null, member: "huyện Kbang" }, of: "UNMATCHED_ROW", count: 150, last: "B110" },
    ]);
    // The member's own rows are read as before.
    expect(Object.keys(data.reports[0]!.rows)).toEqual(["1", "2", "3", "4"]);
  });
});
