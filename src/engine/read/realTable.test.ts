/** The real Tiền Giang table (src/engine/testing/bangDiemChuan.ts) read as it is laid out (issue 10). */
import { readCluster } from "./readCluster";
import { workbook } from "../testing/grid";
import { bangDiemChuanSheet } from "../testing/bangDiemChuan";
import type { Indicator } from "../model";
import type { RawValue } from "./snapshot";
import { grid } from "../testing/grid";

const read = () => readCluster([workbook("bang-diem-chuan.xlsx", bangDiemChuanSheet())]);
const byCode = (code: string): Indicator | undefined => read().pledge?.indicators.find((i) => i.code === code);

describe("the real table Bảng điểm chuẩn (Tiền Giang, 2022)", () => {
  it("reads with no error finding on the pledge", () => {
    const { pledge, findings } = read();
    expect(pledge).not.toBeNull();
    expect(findings.filter((f) => f.severity === "error" && f.code !== "NO_REPORT_TABLE")).toEqual([]);
  });

  it("finds the merged ĐIỂM header over Chuẩn, Thưởng, Trừ and the five Tiêu chuẩn as task groups", () => {
    const { pledge } = read();
    expect(pledge?.groups.map((g) => [g.code, g.name.slice(0, 13)])).toEqual([
      ["I", "Tiêu chuẩn 1:"],
      ["II", "Tiêu chuẩn 2:"],
      ["III", "Tiêu chuẩn 3:"],
      ["IV", "Tiêu chuẩn 4:"],
      ["V", "Tiêu chuẩn 5:"],
    ]);
  });

  it("makes the lone letters a, b., C, d. headings of the rows that use them", () => {
    const headings = read().pledge?.headings ?? [];
    expect(headings.find((h) => h.code === "a")).toMatchObject({ maxPoints: 30, leaves: ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9"] });
    expect(headings.find((h) => h.code === "b")).toMatchObject({ maxPoints: 15, leaves: ["b1", "b2", "b3", "b4"] });
    expect(headings.find((h) => h.code === "d")).toMatchObject({ maxPoints: 10, leaves: ["d1", "d2"] });
    expect(headings.find((h) => h.code === "C")?.leaves).toContain("C6");
  });

  it("reads penalty and bonus rows from the Trừ and Thưởng columns as adjustments of their item, with Ghi chú caps", () => {
    expect(byCode("a1")).toMatchObject({ rule: "ratio", ruleSource: "blank", maxPoints: 3, adjustments: ["a1.1", "a1.2"], penaltyCap: 1.5 });
    expect(byCode("a1.1")).toMatchObject({ rule: "penalty", ruleSource: "columns", maxPoints: 0.5, adjusts: "a1" });
    // "a.7.1" is a·7·1: a child of a7; the bonus a.7.6 adjusts a7 too; "tổng điểm trừ của mục a7 không quá 1,5".
    expect(byCode("a7")).toMatchObject({ adjustments: ["a.7.1", "a.7.2", "a.7.3", "a.7.4", "a.7.5", "a.7.6"], penaltyCap: 1.5 });
    expect(byCode("a.7.6")).toMatchObject({ rule: "bonus", maxPoints: 1, adjusts: "a7" });
    // A value under Trừ on a row with points under Chuẩn is a note (a7: 3 | | -1).
    expect(byCode("a7")?.maxPoints).toBe(3);
  });

  it("lets rows without points over adjustments pass them to the item (a4.1, a4.2 → a4)", () => {
    expect(byCode("a4")).toMatchObject({ maxPoints: 3.5, adjustments: ["a4.1.1", "a4.1.2", "a4.1.3", "a4.2.1", "a4.2.2"], penaltyCap: 2 });
    expect(byCode("a4.2.2")).toMatchObject({ rule: "bonus", maxPoints: 2, adjusts: "a4" });
  });

  it("reads signed numbers with a space (\"- 0,25\", \"+ 0,1\") and caps from a row's own text", () => {
    expect(byCode("b.1.1")).toMatchObject({ rule: "penalty", maxPoints: 0.25, penaltyCap: 1 });
    expect(byCode("a9.4")).toMatchObject({ rule: "bonus", maxPoints: 0.1, adjusts: "a9" });
    // A sign under Thưởng is ignored, as under Trừ (decided reading): b.2.6 "-0,5" under Thưởng is a bonus.
    expect(byCode("b.2.6")).toMatchObject({ rule: "bonus", maxPoints: 0.5 });
  });

  it("reads Có/Không rows below an item as pass with M from the first Có", () => {
    expect(byCode("C3.1")).toMatchObject({ rule: "pass", ruleSource: "options", maxPoints: 2 });
    expect(byCode("C6")).toMatchObject({ rule: "pass", ruleSource: "options", maxPoints: 1 });
    expect(byCode("C5.1")).toMatchObject({ rule: "pass", maxPoints: 0.5 });
  });

  it("makes lone lower-case letters under 3.3.2.1 its sub-items, adjusting 3.3", () => {
    expect(byCode("3.3.2.1a")).toMatchObject({ rule: "bonus", maxPoints: 0.5, adjusts: "3.3", segments: ["3", "3", "2", "1", "a"] });
    expect(byCode("3.3.3.3d")).toMatchObject({ rule: "penalty", maxPoints: 1.7, adjusts: "3.3" });
    expect(read().pledge?.headings.find((h) => h.code === "3.3")?.leaves).toEqual(["3.3.1"]);
  });

  it("reads the rows of Tiêu chuẩn 5 without an item as stand-alone penalties, and ignores a label", () => {
    expect(byCode("5.1")).toMatchObject({ rule: "penalty", adjusts: null, groupCode: "V" });
    expect(byCode("5.2")).toBeUndefined();
    expect(byCode("5.3")).toMatchObject({ rule: "penalty", maxPoints: 0.5, penaltyCap: 3 });
  });

  it("accepts \"100 điểm\" in the total row", () => {
    const { findings } = read();
    expect(findings.filter((f) => f.code === "TOTAL_POINTS_MISMATCH").map((f) => ("given" in f ? f.given : null))).toEqual([100, 100]);
  });

  it("reads a district's report that lists the items and writes Không phát sinh for the stand-alone penalties, with no finding", () => {
    const pledge = read().pledge;
    const rows: RawValue[][] = [];
    for (const i of pledge?.indicators ?? []) {
      if (i.adjusts !== null) continue;
      const standAlone = i.rule === "bonus" || i.rule === "penalty";
      // Codes as a district writes them: "a.1" for a1, upper case letters lower ("c1.1").
      const code = i.code.replace(/^([a-d])(\d)/, "$1.$2").toLowerCase();
      rows.push([code, i.name, null, standAlone ? "Không phát sinh" : i.rule === "pass" ? "Có" : null, i.rule === "pass" || standAlone ? null : 100]);
    }
    rows.push(["a.1.1", "Chậm triển khai", null, 1]);
    const report = grid("Cai Lậy", [["Đơn vị:", "thị xã Cai Lậy"], ["STT", "Nội dung", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "Tự chấm"], ...rows]);
    const data = readCluster([workbook("bang-diem-chuan.xlsx", bangDiemChuanSheet()), workbook("cai-lay.xlsx", report)]);
    const member = data.reports[0];
    expect(member?.member).toBe("thị xã Cai Lậy");
    expect(data.findings.filter((f) => f.where.member !== null)).toEqual([]);
    expect(member?.rows["a1.1"]?.actual).toMatchObject({ kind: "number", value: 1 });
    expect(member?.rows["5.1"]?.actual).toMatchObject({ kind: "number", value: 0 });
    expect(member?.rows["a.7.1"]).toBeUndefined();
  });
});
