/** Member reports against real tables (docs/so-lieu.md §3–§4): codes by segments, không giao, adjustments with no
 * cases, appraisal and reason, which bad cells are errors, and member names by unit kind. */
import fc from "fast-check";
import type { Finding } from "../findings";
import type { RawValue } from "./snapshot";
import { readCluster } from "./readCluster";
import { grid, workbook } from "../testing/grid";
import { sameMemberName } from "../text";

const PLEDGE = grid("Bảng điểm", [
  ["BẢNG ĐIỂM CHUẨN THI ĐUA NĂM 2022"],
  ["STT", "Tiêu chuẩn thi đua", "Điểm", null, null],
  [null, null, "Chuẩn", "Thưởng", "Trừ"],
  ["a", "Quản lý đất đai", 13],
  ["a1", "Triển khai Luật Đất đai", 3],
  ["a1.1", "Chậm triển khai: trừ 0,5 điểm", null, null, "-0,5"],
  ["a.7", "Quản lý đất công", 10],
  ["a.7.1", "Thống kê thiếu: trừ 0,2 điểm", null, null, "-0,2"],
  ["b", "Tài nguyên nước", 4],
  ["b1", "Giếng khoan", 2],
  ["b2", "Giấy phép", 2],
  ["C6", "Tổng hợp báo cáo", 1],
]);
const HEADER: readonly RawValue[] = ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "So cùng kỳ", "Tự chấm", "Điểm thẩm định", "Lý do"];
const report = (member: string, rows: readonly (readonly RawValue[])[]) => grid(member, [["Đơn vị:", member], HEADER, ...rows]);
const FULL: readonly (readonly RawValue[])[] = [
  ["a1", "Triển khai Luật Đất đai", 10, 10],
  ["a7", "Quản lý đất công", 5, 5],
  ["b1", "Giếng khoan", 2, 2],
  ["b2", "Giấy phép", 2, 2],
  ["C6", "Tổng hợp báo cáo", 1, 1],
];
const readWith = (...reports: readonly (readonly (readonly RawValue[])[])[]) =>
  readCluster([workbook("cum.xlsx", PLEDGE, ...reports.map((rows, i) => report(`huyện ${i + 1}`, rows)))]);
const codes = (fs: readonly Finding[]) => fs.map((f) => f.code);

describe("member reports against a real table", () => {
  it("matches rows by code segments (a7 ≡ a.7, C6 ≡ c6) and leaves missing adjustments as 0 cases with no finding", () => {
    const data = readWith(FULL);
    expect(Object.keys(data.reports[0]?.rows ?? {})).toEqual(["a1", "a.7", "b1", "b2", "C6"]);
    expect(codes(data.findings)).toEqual([]);
  });

  it("reads Không phát sinh, Không trừ, Không, blank and 0 on an adjustment as 0 cases", () => {
    for (const word of ["Không phát sinh", "Không trừ", "Không", "Không có", null, 0, "không giao"]) {
      const data = readWith([...FULL, ["a1.1", "Chậm triển khai", null, word]]);
      expect(data.reports[0]?.rows["a1.1"]?.actual).toMatchObject({ kind: "number", value: 0, percent: false, approximate: false });
      expect(codes(data.findings)).toEqual([]);
    }
  });

  it("reads the cases of an adjustment as reported", () => {
    const data = readWith([...FULL, ["a.7.1", "Thống kê thiếu", null, 3]]);
    expect(data.reports[0]?.rows["a.7.1"]?.actual).toMatchObject({ kind: "number", value: 3 });
  });

  it.each(["Không giao", "KG", "Không áp dụng", "KAD", "N/A", "không có chỉ tiêu"])("reads %s as not assigned, with no finding", (word) => {
    const data = readWith([...FULL.filter((r) => r[0] !== "b1"), ["b1", "Giếng khoan", word, null]]);
    expect(data.reports[0]?.rows["b1"]?.notAssigned).toEqual({ field: "plan", cell: "C7", text: word });
    expect(codes(data.findings)).toEqual([]);
  });

  it("passes không giao on a heading's row to all its leaves, even leaves the report leaves out", () => {
    const data = readWith([["a1", "Triển khai", 10, 10], ["a7", "Đất công", 5, 5], ["b", "Tài nguyên nước", null, "Không giao"], ["C6", "Tổng hợp", 1, 1]]);
    const rows = data.reports[0]?.rows ?? {};
    expect([rows["b1"]?.notAssigned?.text, rows["b2"]?.notAssigned?.text]).toEqual(["Không giao", "Không giao"]);
    expect(codes(data.findings)).toEqual([]);
  });

  it("keeps the appraisal and its reason", () => {
    const data = readWith([...FULL.filter((r) => r[0] !== "C6"), ["C6", "Tổng hợp", 1, 1, null, null, 1, 0.5, "Nộp báo cáo trễ"]]);
    expect(data.reports[0]?.rows["C6"]).toMatchObject({ clusterScore: { cell: "H7", kind: "number", value: 0.5 }, reason: "Nộp báo cáo trễ", selfScore: { value: 1 } });
  });

  it("makes a bad value a warning where scoring does not read it, an error where it does", () => {
    const rows = [
      ["a1", "Triển khai", 10, 10, "#DIV/0!", "tăng", "mười"],
      ["a7", "Đất công", "năm", 5],
      ["b1", "Giếng khoan", "hai", 2, null, null, null, 2],
      ["b2", "Giấy phép", 2, 2],
      ["C6", "Tổng hợp", 1, 1],
    ];
    const data = readWith(rows);
    expect(data.findings.map((f) => [f.code, f.where.cell, f.severity])).toEqual([
      ["EXCEL_ERROR", "E3", "warning"],
      ["NOT_A_NUMBER", "F3", "warning"],
      ["NOT_A_NUMBER", "G3", "warning"],
      ["NOT_A_NUMBER", "C4", "error"],
      // The appraisal gives the points: the plan is not read.
      ["NOT_A_NUMBER", "C5", "warning"],
    ]);
  });

  it("never changes the other rows when an unassigned row is added (property)", () => {
    const base = readWith(FULL).reports[0]?.rows;
    fc.assert(
      fc.property(fc.constantFrom("Không giao", "KG", "N/A", "KAD"), fc.constantFrom("b1", "b2", "C6"), (word, code) => {
        const rows = FULL.map((r): readonly RawValue[] => (r[0] === code ? [code, r[1] ?? null, word, word] : r));
        const data = readWith(rows);
        const read = data.reports[0]?.rows ?? {};
        for (const [k, v] of Object.entries(base ?? {})) if (k !== code) expect(read[k]).toEqual(v);
        expect(codes(data.findings)).toEqual([]);
        expect(read[code]?.notAssigned).not.toBeNull();
      }),
      { numRuns: 12 },
    );
  });
});

describe("member names and unit kinds", () => {
  it("matches names ignoring case, diacritics and spacing, never across unit kinds", () => {
    expect(sameMemberName("huyện Cai Lậy", "HUYỆN  CAI LẬY")).toBe(true);
    expect(sameMemberName("huyện Cai Lậy", "Cai Lay")).toBe(true);
    expect(sameMemberName("huyện Cai Lậy", "thị xã Cai Lậy")).toBe(false);
    expect(sameMemberName("thành phố Mỹ Tho", "huyện Mỹ Tho")).toBe(false);
    expect(sameMemberName("quận 1", "phường 1")).toBe(false);
    expect(sameMemberName("xã Tân Phú", "thị trấn Tân Phú")).toBe(false);
  });

  it("reads huyện Cai Lậy and thị xã Cai Lậy as two members, but two reports of one member as a duplicate", () => {
    const two = readCluster([workbook("cum.xlsx", PLEDGE, report("huyện Cai Lậy", FULL), report("thị xã Cai Lậy", FULL))]);
    expect(two.reports.map((r) => r.member)).toEqual(["huyện Cai Lậy", "thị xã Cai Lậy"]);
    expect(codes(two.findings)).not.toContain("DUPLICATE_MEMBER");
    const dup = readCluster([workbook("cum.xlsx", PLEDGE, report("huyện Cai Lậy", FULL), grid("Cai Lậy (2)", [["Đơn vị:", "HUYỆN CAI LẬY"], HEADER, ...FULL]))]);
    expect(codes(dup.findings)).toContain("DUPLICATE_MEMBER");
  });
});
