import { memberResult, sampleData, sampleResult } from "../testing/minutesFixtures";
import { rankingSheet } from "./rankingSheet";
import { specProblems, rowOf, styleAt, valueAt } from "../testing/sheetSpecs";

describe("rankingSheet", () => {
  const plan = rankingSheet(sampleResult(), sampleData());

  it("names and tags the sheet by year", () => {
    expect(plan.name).toBe("Xếp hạng 2023");
    expect(plan.tag).toBe("ranking_2023");
  });

  it("is a well-formed plan: same-length rows, merges and styles inside the used area, no merge in the table", () => {
    expect(specProblems(plan)).toEqual([]);
  });

  it("titles the sheet with the cluster and the year", () => {
    expect(valueAt(plan, "A1")).toBe("CỤM THI ĐUA SỐ 2");
    expect(valueAt(plan, "A2")).toBe("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM 2023");
    expect(plan.merges).toContainEqual({ top: 1, left: 0, bottom: 1, right: plan.values[0]!.length - 1 });
  });

  it("lists the members in rank order with group points, total, share of the maximum, count met and award", () => {
    expect(plan.values[4]).toEqual([
      "Hạng",
      "Đơn vị",
      "I. Phát triển kinh tế",
      "II. Văn hóa - xã hội",
      "Tổng điểm",
      "Tỷ lệ so thang điểm (%)",
      "Số chỉ tiêu đạt",
      "Đề nghị khen thưởng",
      ...Array(plan.values[4]!.length - 8).fill(null),
    ]);
    expect(plan.values[5]!.slice(0, 8)).toEqual([1, "huyện Kbang", 50, 50, 100, 1, 3, "Cờ thi đua của UBND tỉnh"]);
    expect(plan.values[6]!.slice(0, 8)).toEqual([2, "huyện Đak Pơ", 49.8, 50, 99.5, 0.995, 2, "Bằng khen của Chủ tịch UBND tỉnh"]);
    expect(plan.values[9]!.slice(0, 8)).toEqual([5, "huyện Đak Đoa", 30, 47.5, 90, 0.9, 1, ""]);
  });

  it("formats points with two decimals and the share as a percent, in Times New Roman", () => {
    expect(styleAt(plan, "E6")).toMatchObject({ numberFormat: "#,##0.00", fontName: "Times New Roman", bold: true });
    expect(styleAt(plan, "C7")).toMatchObject({ numberFormat: "#,##0.00" });
    expect(styleAt(plan, "F6")).toMatchObject({ numberFormat: "0.00%" });
    expect(styleAt(plan, "A5")).toMatchObject({ bold: true, fill: "DDEBF7", border: "thin" });
  });

  it("freezes below the summary header, fits A4 landscape to width and repeats the detail header on printed pages", () => {
    expect(plan.freeze).toEqual({ rows: 5, columns: 2 });
    expect(plan.page).toMatchObject({ orientation: "landscape", scale: { kind: "fit", pagesWide: 1, pagesTall: 0 }, printTitleRows: { first: 12, last: 13 } });
    expect(plan.values[12]?.slice(0, 3)).toEqual(["Mã", "Chỉ tiêu", "Điểm chuẩn"]);
  });

  it("puts a table over the summary, a data bar on the totals and a chart of totals by member", () => {
    expect(plan.table).toEqual({ range: { top: 4, left: 0, bottom: 9, right: 7 }, style: "TableStyleMedium2" });
    expect(plan.conditionalFormats).toEqual([{ range: { top: 5, left: 4, bottom: 9, right: 4 }, kind: "dataBar", color: "5B9BD5" }]);
    expect(plan.chart).toMatchObject({
      title: "Tổng điểm theo đơn vị",
      categories: { top: 5, left: 1, bottom: 9, right: 1 },
      values: { top: 5, left: 4, bottom: 9, right: 4 },
    });
    expect(plan.chart!.anchor.top).toBeGreaterThan(plan.values.length - 1);
  });

  it("details attainment and points per indicator and member under a two-row header", () => {
    const head = rowOf(plan, "Mã");
    expect(plan.values[head]!.slice(0, 5)).toEqual(["Mã", "Chỉ tiêu", "Điểm chuẩn", "huyện Kbang", null]);
    expect(plan.values[head + 1]!.slice(3, 5)).toEqual(["Tỷ lệ (%)", "Điểm"]);
    expect(plan.merges).toContainEqual({ top: head, left: 3, bottom: head, right: 4 });
    const first = rowOf(plan, "1");
    const [code, name, max, kbangShare, kbangPoints, dakPoShare] = plan.values[first]!;
    expect([code, name, max, kbangPoints]).toEqual(["1", "Tổng giá trị sản xuất (giá so sánh 2010)", 30, 30]);
    expect(kbangShare).toBeCloseTo(1.00019, 12);
    expect(dakPoShare).toBeCloseTo(1.0005, 12);
    expect(styleAt(plan, `D${first + 1}`)).toMatchObject({ numberFormat: "0.00%" });
    expect(styleAt(plan, `E${first + 1}`)).toMatchObject({ numberFormat: "#,##0.00" });
    const group = rowOf(plan, "I");
    expect(plan.values[group]!.slice(0, 5)).toEqual(["I", "Phát triển kinh tế", 50, null, 50]);
    const total = rowOf(plan, "Tổng cộng", 1);
    expect(plan.values[total]!.slice(1, 5)).toEqual(["Tổng cộng", 100, null, 100]);
  });

  it("shows a dash where an attainment is unknown", () => {
    const row = rowOf(plan, "2");
    const dakDoa = 3 + 2 * 4;
    expect(plan.values[row]![dakDoa]).toBe("—");
  });

  it("writes a member name that starts with = as the same text, never a formula", () => {
    const result = sampleResult({ members: [memberResult("=HYPERLINK(\"x\")", 1, 10, [])] });
    const p = rankingSheet(result, sampleData());
    expect(valueAt(p, "B6")).toBe("=HYPERLINK(\"x\")");
    expect(specProblems(p)).toEqual([]);
  });

  it("still makes a well-formed sheet with no members, without table or chart", () => {
    const p = rankingSheet(sampleResult({ members: [] }), sampleData({ pledge: null }));
    expect(specProblems(p)).toEqual([]);
    expect(p.table).toBeNull();
    expect(p.chart).toBeNull();
  });
});
