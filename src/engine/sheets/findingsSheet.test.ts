import { findingMessage, makeFinding, NOWHERE } from "../findings";
import { sampleResult } from "../testing/minutesFixtures";
import { findingsSheet } from "./findingsSheet";
import { printFacts } from "../testing/printCheck";
import { specProblems, styleAt, valueAt } from "../testing/sheetSpecs";

const notANumber = makeFinding(
  "NOT_A_NUMBER",
  "error",
  { file: "kbang.xlsx", sheet: "Báo cáo", cell: "E12", member: "huyện Kbang" },
  { field: "actual", text: "hai nghìn", indicator: null },
);
const noYear = makeFinding("NO_YEAR", "warning", { ...NOWHERE, file: "cum-2.xlsx" }, { text: null });

describe("findingsSheet", () => {
  it("gives no sheet when there are no findings", () => {
    expect(findingsSheet(sampleResult({ findings: [] }))).toBeNull();
  });

  it("writes one finding a row with severity, member, file, sheet, cell and message", () => {
    const p = findingsSheet(sampleResult({ findings: [notANumber, noYear] }))!;
    expect(p.name).toBe("Kiểm tra 2023");
    expect(p.tag).toBe("findings_2023");
    expect(specProblems(p)).toEqual([]);
    expect(valueAt(p, "A2")).toBe("1 lỗi, 1 cảnh báo.");
    expect(p.values[3]).toEqual(["Mức độ", "Đơn vị", "Tệp", "Trang tính", "Ô", "Nội dung"]);
    // The sentence is the catalogue's (its own tests word each code); the sheet puts it beside the place.
    expect(p.values[4]).toEqual(["Lỗi", "huyện Kbang", "kbang.xlsx", "Báo cáo", "E12", findingMessage(notANumber)]);
    expect(p.values[5]).toEqual(["Cảnh báo", "", "cum-2.xlsx", "", "", findingMessage(noYear)]);
    expect(styleAt(p, "A5")).toMatchObject({ color: "C00000", bold: true });
  });

  it("links the cell column to the cell of the finding, and nothing when the finding names no sheet", () => {
    const p = findingsSheet(sampleResult({ findings: [notANumber, noYear] }))!;
    expect(p.links).toEqual([{ row: 4, col: 4, sheet: "Báo cáo", cell: "E12" }]);
  });

  it("links to the sheet the host says the report was imported as", () => {
    const p = findingsSheet(sampleResult({ findings: [notANumber] }), (f) => (f.where.member ? `TH ${f.where.member}` : f.where.sheet))!;
    expect(p.links).toEqual([{ row: 4, col: 4, sheet: "TH huyện Kbang", cell: "E12" }]);
  });

  it("prints one page wide at 100 % with 11 pt text, no fills, and heights only for messages that wrap", () => {
    const long = { ...notANumber, text: "số liệu không khớp với kế hoạch đã giao, ".repeat(4) };
    const p = findingsSheet(sampleResult({ findings: [notANumber, long] }))!;
    expect(printFacts(p)).toMatchObject({ pagesWide: 1, scale: 1, smallestText: 11 });
    expect(p.styles.filter((s) => s.style.fill !== undefined)).toEqual([]);
    expect(p.table).toBeNull();
    expect(p.rowHeights.map((h) => h.row)).toEqual([5]);
    expect(p.page.printTitleRows).toEqual({ first: 3, last: 3 });
  });
});
