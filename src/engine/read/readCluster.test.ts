import { readCluster } from "./readCluster";
import { samplePledge, sampleReport } from "../testing/sampleSheets";
import { grid, workbook } from "../testing/grid";

describe("reading a cluster from several workbooks", () => {
  it("takes the pledge from the first workbook that has one and reports from every workbook in order", () => {
    const data = readCluster([
      workbook("cum.xlsx", samplePledge(), sampleReport("thị xã An Khê", "An Khê")),
      workbook("kbang.xlsx", samplePledge(), sampleReport("huyện Kbang")),
      workbook("mang-yang.xlsx", sampleReport("huyện Mang Yang", "Sheet1")),
    ]);
    expect(data.pledge).toMatchObject({ file: "cum.xlsx", sheet: "Giao ước" });
    expect(data.reports.map((r) => [r.member, r.file, r.sheet])).toEqual([
      ["thị xã An Khê", "cum.xlsx", "An Khê"],
      ["huyện Kbang", "kbang.xlsx", "Báo cáo"],
      ["huyện Mang Yang", "mang-yang.xlsx", "Sheet1"],
    ]);
    expect(data.findings).toEqual([]);
  });

  it("takes the pledge from the file the user names", () => {
    const other = samplePledge("Giao ước 2023");
    const data = readCluster([workbook("kbang.xlsx", other, sampleReport("huyện Kbang")), workbook("cum.xlsx", samplePledge())], {
      pledgeFile: "cum.xlsx",
    });
    expect(data.pledge).toMatchObject({ file: "cum.xlsx", sheet: "Giao ước" });
    expect(data.reports.map((r) => r.member)).toEqual(["huyện Kbang"]);
  });

  it("keeps this year's pledge when the tool has written next year's after it or before it", () => {
    const next = { ...samplePledge("Giao ước 2025", [["5", "Chỉ tiêu mới năm sau", null, 10]]), tag: "pledge_2025" };
    const data = readCluster([workbook("cum.xlsx", next, samplePledge())]);
    expect(data.pledge).toMatchObject({ sheet: "Giao ước" });
    expect(data.pledge?.indicators).toHaveLength(4);
  });

  it("finds a pledge sheet by its points and rule columns when its name says nothing", () => {
    const sheet = grid("Sheet2", [["STT", "Chỉ tiêu", "Điểm chuẩn", "Cách chấm"], ["1", "Thu ngân sách", 10, "Tỷ lệ"]]);
    expect(readCluster([workbook("cum.xlsx", sheet)], { year: 2024 }).pledge?.sheet).toBe("Sheet2");
  });

  it("reads a member's template copy with points and figures as a report, not a pledge", () => {
    const report = grid("Báo cáo tiêu chí", [
      ["Đơn vị:", "huyện Kbang"],
      ["STT", "Chỉ tiêu", "Điểm chuẩn", "Thực hiện"],
      ["1", "Tổng giá trị sản xuất", 30, 5696.5],
    ]);
    const data = readCluster([workbook("cum.xlsx", samplePledge()), workbook("kbang.xlsx", report)]);
    expect(data.reports.map((r) => r.member)).toEqual(["huyện Kbang"]);
  });

  it("skips the tool's own output sheets by tag and by name", () => {
    const ranking = grid("Xếp hạng 2024", [["STT", "Chỉ tiêu", "Thực hiện"], ["1", "Tổng giá trị sản xuất", 1]]);
    const tagged = grid("Bảng của tôi", [["STT", "Chỉ tiêu", "Thực hiện"], ["1", "Tổng giá trị sản xuất", 1]], { tag: "findings_2024" });
    const minutes = grid("Biên bản 2024 (2)", [["STT", "Chỉ tiêu", "Thực hiện"]]);
    const data = readCluster([workbook("cum.xlsx", samplePledge(), ranking, tagged, minutes, sampleReport("huyện Kbang"))]);
    expect(data.reports.map((r) => r.member)).toEqual(["huyện Kbang"]);
  });

  it("reads a consolidation sheet TH <member> as that member's report", () => {
    const imported = sampleReport(null, "TH huyện Đak Pơ", undefined, { tag: "import_dak_po" });
    const data = readCluster([workbook("cum.xlsx", samplePledge(), imported)]);
    expect(data.reports.map((r) => [r.member, r.sheet])).toEqual([["huyện Đak Pơ", "TH huyện Đak Pơ"]]);
  });

  it("prefers the Đơn vị label of a consolidation sheet to its name", () => {
    const imported = sampleReport("huyện Đak Pơ", "TH Đak Pơ", undefined, { tag: "import_dak_po" });
    expect(readCluster([workbook("cum.xlsx", samplePledge(), imported)]).reports[0]?.member).toBe("huyện Đak Pơ");
  });

  it("says once that no pledge was found", () => {
    const data = readCluster([workbook("kbang.xlsx", sampleReport("huyện Kbang")), workbook("dak-po.xlsx", sampleReport("huyện Đak Pơ"))]);
    expect(data.pledge).toBeNull();
    const f = data.findings.filter((x) => x.code === "NO_PLEDGE_SHEET");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", where: { file: null, sheet: null, cell: null, member: null } });
    expect(data.reports.map((r) => r.member)).toEqual(["huyện Kbang", "huyện Đak Pơ"]);
  });

  it("names the pledge file the user gave when it has no pledge", () => {
    const data = readCluster([workbook("kbang.xlsx", sampleReport("huyện Kbang"))], { pledgeFile: "giao-uoc.xlsx" });
    expect(data.findings.find((f) => f.code === "NO_PLEDGE_SHEET")?.where.file).toBe("giao-uoc.xlsx");
  });

  it("says which workbook has no report table", () => {
    const letter = grid("Công văn", [["UBND HUYỆN KBANG"], ["Kính gửi: Cụm trưởng"]]);
    const data = readCluster([workbook("cum.xlsx", samplePledge()), workbook("cong-van.xlsx", letter)]);
    expect(data.findings.filter((f) => f.code === "NO_REPORT_TABLE")).toEqual([
      {
        severity: "error",
        code: "NO_REPORT_TABLE",
        where: { file: "cong-van.xlsx", sheet: null, cell: null, member: null },
      },
    ]);
  });

  it("reads an empty list of workbooks as nothing found, without throwing", () => {
    const data = readCluster([]);
    expect(data.reports).toEqual([]);
    expect(data.findings.map((f) => f.code)).toEqual(["NO_PLEDGE_SHEET", "NO_YEAR"]);
  });
});
