import { readCluster } from "../read/readCluster";
import { grid, workbook } from "../testing/grid";
import { samplePledge } from "../testing/sampleSheets";
import { specProblems, valueAt } from "../testing/sheetSpecs";
import { nextPledgeSheet } from "./nextPledgeSheet";

describe("nextPledgeSheet", () => {
  const pledge = samplePledge("Giao ước", [[null, "(Kèm theo Giao ước năm 2024; mã số 20245)"]]);

  it("is this year's pledge named and titled for next year", () => {
    const sheet = nextPledgeSheet(pledge, 2024);
    expect(sheet).toMatchObject({ kind: "pledge", tag: "pledge_2025", name: "Giao ước 2025" });
    expect(valueAt(sheet!, "A1")).toBe("BẢNG GIAO ƯỚC THI ĐUA CỤM THI ĐUA SỐ 2 NĂM 2025");
    expect(specProblems(sheet!)).toEqual([]);
  });

  it("changes only the year itself in the titles, not a longer number that contains it", () => {
    const titled = grid("Giao ước", [["GIAO ƯỚC NĂM 2024, QUYẾT ĐỊNH SỐ 120245"], ["STT", "Chỉ tiêu", "Điểm chuẩn"], ["1", "Thu ngân sách", 10]]);
    expect(valueAt(nextPledgeSheet(titled, 2024)!, "A1")).toBe("GIAO ƯỚC NĂM 2025, QUYẾT ĐỊNH SỐ 120245");
  });

  it("keeps the table itself as it was, years and figures below the header included", () => {
    const sheet = nextPledgeSheet(pledge, 2024)!;
    expect(sheet.values.slice(2)).toEqual(pledge.values.slice(2));
    expect(valueAt(sheet, "B11")).toBe("(Kèm theo Giao ước năm 2024; mã số 20245)");
  });

  it("reads as the same pledge, with the same indicators", () => {
    const sheet = nextPledgeSheet(pledge, 2024)!;
    const copy = { name: sheet.name, top: 0, left: 0, values: sheet.values, formats: sheet.values.map((r) => r.map(() => "General")), tag: null };
    const original = readCluster([workbook("a.xlsx", pledge)]).pledge;
    const read = readCluster([workbook("b.xlsx", copy)]);
    expect(read.pledge?.indicators).toEqual(original?.indicators);
    expect(read.info.year).toBe(2025);
  });

  it("rebuilds the layout the snapshot cannot keep: a centred title across the table and the merged two-row header", () => {
    const twoRows = grid("Giao ước", [
      ["BẢNG CHỈ TIÊU GIAO ƯỚC THI ĐUA NĂM 2024"],
      ["STT", "Nội dung chỉ tiêu", "Điểm chuẩn", "Điểm thưởng, điểm trừ", null, "Ghi chú"],
      [null, null, null, "Thưởng/1%", "Trừ/1%", null],
      ["1", "Thu ngân sách", 10, 0.5, null, null],
    ]);
    const sheet = nextPledgeSheet(twoRows, 2024)!;
    const a1 = (r: { top: number; left: number; bottom: number; right: number }): string => `${r.top},${r.left}:${r.bottom},${r.right}`;
    expect(sheet.merges.map(a1).sort()).toEqual(["0,0:0,5", "1,0:2,0", "1,1:2,1", "1,2:2,2", "1,3:1,4", "1,5:2,5"]);
    expect(sheet.page.printTitleRows).toEqual({ first: 1, last: 2 });
    expect(specProblems(sheet)).toEqual([]);
  });

  it("is null for a sheet without a pledge header", () => {
    expect(nextPledgeSheet(grid("Giao ước", [["Ghi chú"]]), 2024)).toBeNull();
  });
});
