import { buildMinutes } from "../minutes/buildMinutes";
import { defaultConferenceForm } from "../minutes/defaultConferenceForm";
import { sampleData, sampleResult } from "../testing/minutesFixtures";
import { minutesSheet } from "./minutesSheet";
import { specProblems, rowOf, styleAt, valueAt } from "../testing/sheetSpecs";

function plan() {
  const data = sampleData();
  const result = sampleResult();
  return minutesSheet(buildMinutes(result, data, { ...defaultConferenceForm(data, result), locality: "Đak Pơ" }));
}

describe("minutesSheet", () => {
  const p = plan();

  it("names and tags the sheet by year and is well formed", () => {
    expect(p.name).toBe("Biên bản 2023");
    expect(p.tag).toBe("minutes_2023");
    expect(specProblems(p)).toEqual([]);
  });

  it("lays the header out as two merged blocks side by side", () => {
    expect(valueAt(p, "A1")).toBe("UBND TỈNH GIA LAI");
    expect(valueAt(p, "C1")).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(valueAt(p, "A2")).toBe("CỤM THI ĐUA SỐ 2");
    expect(valueAt(p, "C2")).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(valueAt(p, "A3")).toBe("Số: …/BB-CTĐ");
    expect(valueAt(p, "C3")).toBe("Đak Pơ, ngày 22 tháng 01 năm 2024");
    expect(p.merges).toEqual(expect.arrayContaining([{ top: 0, left: 0, bottom: 0, right: 1 }, { top: 0, left: 2, bottom: 0, right: 4 }]));
    expect(styleAt(p, "A2")).toMatchObject({ bold: true, size: 13, fontName: "Times New Roman" });
    expect(styleAt(p, "C2")).toMatchObject({ bold: true, underline: true, size: 14 });
    expect(styleAt(p, "C3")).toMatchObject({ italic: true });
  });

  it("writes each paragraph in one wrapped row merged across the page, tall enough for its lines", () => {
    const row = p.values.findIndex((r) => typeof r[0] === "string" && r[0].startsWith("- huyện Đak Pơ đạt 2.735,764 tỷ đồng"));
    expect(row).toBeGreaterThan(0);
    expect(p.merges).toContainEqual({ top: row, left: 0, bottom: row, right: 4 });
    expect(styleAt(p, `A${row + 1}`)).toMatchObject({ wrap: true, horizontal: "justify", size: 14 });
    const attendees = p.values.findIndex((r) => typeof r[0] === "string" && r[0].startsWith("3. Thành phần tham dự"));
    const height = p.rowHeights.find((h) => h.row === attendees)?.height ?? 0;
    expect(height).toBeGreaterThanOrEqual(2 * 18);
  });

  it("writes the ranking as real cells with numbers and formats", () => {
    const head = rowOf(p, "Hạng");
    expect(p.values[head]).toEqual(["Hạng", "Đơn vị", "Tổng điểm", "Tỷ lệ so thang điểm", "Đề nghị khen thưởng"]);
    expect(p.values[head + 1]).toEqual([1, "huyện Kbang", 100, 1, "Cờ thi đua của UBND tỉnh"]);
    expect(styleAt(p, `C${head + 2}`)).toMatchObject({ numberFormat: "#,##0.00", border: "thin" });
    expect(styleAt(p, `D${head + 2}`)).toMatchObject({ numberFormat: "0.00%" });
    expect(p.merges.some((m) => m.top > head && m.top <= head + 5)).toBe(false);
  });

  it("signs THƯ KÝ on the left and CHỦ TỌA on the right, and lists the recipients", () => {
    const sign = rowOf(p, "THƯ KÝ");
    expect(p.values[sign]![2]).toBe("CHỦ TỌA");
    expect(p.values[sign + 1]).toEqual(["(Ký, ghi rõ họ tên)", null, "(Ký, ghi rõ họ tên)", null, null]);
    expect(p.values.some((r) => r[0] === "Trần Thị B" && r[2] === "Nguyễn Văn A")).toBe(true);
    const recipients = rowOf(p, "Nơi nhận:");
    expect(styleAt(p, `A${recipients + 1}`)).toMatchObject({ bold: true, italic: true, size: 12 });
    expect(p.values[recipients + 3]![0]).toBe("- Lưu: VT, Hồ sơ.");
  });

  it("prints on A4 portrait with the NĐ 30 margins over the whole text", () => {
    expect(p.page).toEqual({
      orientation: "portrait",
      scale: { kind: "fit", pagesWide: 1, pagesTall: 0 },
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      centerHorizontally: false,
      printArea: { top: 0, left: 0, bottom: p.values.length - 1, right: 4 },
      printTitleRows: null,
      printTitleColumns: null,
      rowBreaks: [],
      columnBreaks: [],
    });
  });
});
