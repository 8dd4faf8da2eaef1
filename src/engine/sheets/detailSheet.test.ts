import { sampleData, sampleResult } from "../testing/minutesFixtures";
import { printFacts } from "../testing/printCheck";
import { rowOf, specProblems, styleAt } from "../testing/sheetSpecs";
import { detailSheet } from "./detailSheet";

describe("detailSheet", () => {
  const plan = detailSheet(sampleResult(), sampleData());
  const head = rowOf(plan, "Mã");

  it("is its own sheet, named and tagged by year, and well formed", () => {
    expect([plan.name, plan.tag, plan.kind]).toEqual(["Chi tiết điểm 2023", "detail_2023", "detail"]);
    expect(specProblems(plan)).toEqual([]);
  });

  it("details attainment and points per indicator and member under a two-row header", () => {
    expect(plan.values[head]!.slice(0, 5)).toEqual(["Mã", "Chỉ tiêu", "Điểm chuẩn", "huyện Kbang", null]);
    expect(plan.values[head + 1]!.slice(3, 5)).toEqual(["Tỷ lệ", "Điểm"]);
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
    const dakDoa = plan.values[head]!.indexOf("huyện Đak Đoa");
    expect(plan.values[rowOf(plan, "2")]![dakDoa]).toBe("—");
  });

  it("repeats the indicator columns and the header rows on every printed page, at 100 % and 10 pt", () => {
    expect(plan.page).toMatchObject({
      orientation: "landscape",
      scale: { kind: "percent", percent: 100 },
      printTitleRows: { first: 0, last: head + 1 },
      printTitleColumns: { first: 0, last: 2 },
    });
    expect(printFacts(plan).smallestText).toBeGreaterThanOrEqual(9);
    expect(plan.freeze).toEqual({ rows: head + 2, columns: 3 });
  });

  it("has no fills or data bars", () => {
    expect(plan.styles.filter((s) => s.style.fill !== undefined)).toEqual([]);
    expect(plan.conditionalFormats).toEqual([]);
  });
});
