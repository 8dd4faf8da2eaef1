import { readCluster } from "../read/readCluster";
import type { SheetSnapshot, WorkbookSnapshot } from "../read/snapshot";
import { grid, workbook } from "../testing/grid";
import { samplePledge } from "../testing/sampleSheets";
import { rowOf, specProblems, styleAt, valueAt } from "../testing/sheetSpecs";
import { formFileName, reportForms, type ReportForm } from "./reportForms";
import type { SheetSpec } from "./sheetSpec";

const INFO = grid("Thông tin", [
  ["Tên cụm", "Cụm thi đua số 2"],
  ["Năm", 2024],
  ["Thứ tự luân phiên", "thị xã An Khê; huyện Kbang"],
]);

function formsOf(sheets: readonly SheetSnapshot[], members: readonly string[] = []): readonly ReportForm[] {
  const books = [workbook("cum.xlsx", ...sheets)];
  const result = reportForms(readCluster(books), books, members);
  if (!result.ok) throw new Error(result.reason);
  return result.forms;
}

const report = (form: ReportForm | undefined): SheetSpec => {
  const sheet = form?.sheets[0];
  if (!sheet) throw new Error("no form");
  return sheet;
};

/** The form as a host would hand it back: values at their cells, the tool's formulas given by their cached values. */
function asSnapshot(spec: SheetSpec, fill: (row: number, col: number) => string | number | null = () => null): SheetSnapshot {
  const formats = spec.values.map((line, r) => line.map((_, c) => spec.styles.filter((s) => s.range.top <= r && r <= s.range.bottom && s.range.left <= c && c <= s.range.right).reduce((f, s) => s.style.numberFormat ?? f, "General")));
  const values = spec.values.map((line, r) => line.map((v, c) => fill(r, c) ?? (spec.formulas?.find((f) => f.row === r && f.col === c)?.cached ?? v)));
  return { name: spec.name, top: 0, left: 0, values, formats, tag: null };
}

describe("reportForms", () => {
  it("makes one form per member of the rotation list, named after the member", () => {
    const forms = formsOf([INFO, samplePledge()]);
    expect(forms.map((f) => [f.member, f.fileName])).toEqual([
      ["thị xã An Khê", "bao-cao-2024-thi-xa-an-khe.xlsx"],
      ["huyện Kbang", "bao-cao-2024-huyen-kbang.xlsx"],
    ]);
    expect(forms[0]?.sheets.map((s) => s.name)).toEqual(["Báo cáo", "Giao ước"]);
  });

  it("uses the members given instead of the rotation list, once each", () => {
    const forms = formsOf([INFO, samplePledge()], ["huyện Đak Đoa", " Huyện Đak Đoa ", "huyện Mang Yang"]);
    expect(forms.map((f) => f.member)).toEqual(["huyện Đak Đoa", "huyện Mang Yang"]);
  });

  it("copies a pledge that is itself called Báo cáo under another name, as a workbook cannot hold two", () => {
    const named = { ...samplePledge(), name: "BÁO CÁO" };
    expect(formsOf([INFO, named])[0]?.sheets.map((s) => s.name)).toEqual(["Báo cáo", "Giao ước"]);
  });

  it("says why when there is no rotation list and no member given, or no pledge", () => {
    const noRotation = [workbook("cum.xlsx", samplePledge())];
    expect(reportForms(readCluster(noRotation), noRotation)).toEqual({ ok: false, reason: "no-members" });
    const noPledge = [workbook("cum.xlsx", INFO)];
    expect(reportForms(readCluster(noPledge), noPledge, ["huyện Kbang"])).toEqual({ ok: false, reason: "no-pledge" });
  });

  it("titles the sheet with the year and names the member after Đơn vị:", () => {
    const sheet = report(formsOf([INFO, samplePledge()])[1]);
    expect(valueAt(sheet, "A1")).toBe("CỤM THI ĐUA SỐ 2");
    expect(valueAt(sheet, "A2")).toBe("BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAO ƯỚC THI ĐUA NĂM 2024");
    expect(valueAt(sheet, "A3")).toBe("Đơn vị: huyện Kbang");
    expect(sheet.values[4]).toEqual(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ % KH", "So cùng kỳ (%)", "Điểm tự chấm", "Ghi chú"]);
    expect(specProblems(sheet)).toEqual([]);
  });

  it("lists the groups and indicators with their codes, names and units in pledge order, without the total row", () => {
    const sheet = report(formsOf([INFO, samplePledge()])[0]);
    expect(sheet.values.slice(5, 11).map((r) => r.slice(0, 3))).toEqual([
      ["I", "Phát triển kinh tế", null],
      ["1", "Tổng giá trị sản xuất", "tỷ đồng"],
      ["2", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng"],
      ["II", "Văn hóa - xã hội", null],
      ["3", "Tỷ lệ hộ nghèo giảm", "%"],
      ["4", "Cải cách hành chính", null],
    ]);
    expect(rowOf(sheet, "Tổng cộng", 1)).toBe(-1);
    expect(valueAt(sheet, "A13")).toBe("Hướng dẫn điền:");
  });

  it("keeps headings and their sub-items, with the codes as the pledge writes them", () => {
    const pledge = grid("Giao ước", [
      ["STT", "Chỉ tiêu", "ĐVT", "Điểm chuẩn"],
      ["5", "Xây dựng nông thôn mới", null, 50],
      ["a", "Số xã đạt chuẩn", "xã", 30],
      ["b", "Số tiêu chí bình quân/xã", "tiêu chí", 20],
    ]);
    const sheet = report(formsOf([INFO, pledge])[0]);
    expect(sheet.values.slice(5, 8).map((r) => r.slice(0, 2))).toEqual([["5", "Xây dựng nông thôn mới"], ["a", "Số xã đạt chuẩn"], ["b", "Số tiêu chí bình quân/xã"]]);
    expect(sheet.formulas?.map((f) => f.row)).toEqual([6, 7]);
  });

  it("locks everything but the input cells, and protects the sheet without a password", () => {
    const sheet = report(formsOf([INFO, samplePledge()])[0]);
    expect(sheet.protection).toEqual({ allowFormatColumns: true, allowFormatRows: true });
    const open = (address: string): boolean => {
      const col = address.charCodeAt(0) - 65;
      const row = Number(address.slice(1)) - 1;
      return (sheet.unlocked ?? []).some((r) => r.top <= row && row <= r.bottom && r.left <= col && col <= r.right);
    };
    // Indicator 1 (ratio) on row 7: plan, actual, attainment, growth, self-score, note open; code, name, unit locked.
    expect(["A7", "B7", "C7"].map(open)).toEqual([false, false, false]);
    expect(["D7", "E7", "F7", "G7", "H7", "I7"].map(open)).toEqual([true, true, true, true, true, true]);
    // Indicator 4 (Đạt/Không đạt) on row 11: only actual, self-score and note; the unused cells are grey.
    expect(["D11", "E11", "F11", "G11", "H11", "I11"].map(open)).toEqual([false, true, false, false, true, true]);
    expect(styleAt(sheet, "D11").fill).toBe("F2F2F2");
    // Group rows and the title have nothing to fill.
    expect(["D6", "A3"].map(open)).toEqual([false, false]);
  });

  it("accepts numbers or “Không giao” for plan and actual, and the accepted words for a pass indicator", () => {
    const sheet = report(formsOf([INFO, samplePledge()])[0]);
    const at = (address: string) => {
      const col = address.charCodeAt(0) - 65;
      const row = Number(address.slice(1)) - 1;
      return sheet.validations?.find((v) => v.range.top <= row && row <= v.range.bottom && v.range.left === col);
    };
    expect(at("D7")?.rule).toEqual({ kind: "decimal", min: null, max: null, words: ["Không giao"] });
    expect(at("D7")?.prompt.text).toBe("Kế hoạch năm (tỷ đồng): một số. Chỉ tiêu không được giao: ghi “Không giao”.");
    expect(at("E11")?.rule).toEqual({ kind: "list", items: ["Đạt", "Không đạt", "Không giao"] });
    expect(at("F7")?.rule).toEqual({ kind: "decimal", min: 0, max: null, words: [] });
    expect(at("H7")?.prompt.title).toBe("Điểm tự chấm");
    expect(at("I7")).toBeUndefined();
    // Excel refuses longer messages.
    for (const v of sheet.validations ?? []) {
      expect(v.prompt.title.length).toBeLessThanOrEqual(32);
      expect(v.error.title.length).toBeLessThanOrEqual(32);
      expect(v.prompt.text.length).toBeLessThanOrEqual(255);
      expect(v.error.text.length).toBeLessThanOrEqual(225);
    }
  });

  it("computes Tỷ lệ % KH with the tool's own formula, actual over plan, and plan over actual for a lower-is-better indicator", () => {
    const sheet = report(formsOf([INFO, samplePledge()])[0]);
    expect(sheet.formulas).toEqual([
      { row: 6, col: 5, formula: 'IF(AND(ISNUMBER(D7),ISNUMBER(E7),D7>0),E7/D7,"")', cached: "" },
      { row: 7, col: 5, formula: 'IF(AND(ISNUMBER(D8),ISNUMBER(E8),D8>0),E8/D8,"")', cached: "" },
      { row: 9, col: 5, formula: 'IF(AND(ISNUMBER(D10),ISNUMBER(E10),E10>0),D10/E10,"")', cached: "" },
    ]);
    expect(valueAt(sheet, "F7")).toBeNull();
  });

  it("reads back, filled in, with no finding about headers or rows", () => {
    const forms = formsOf([INFO, samplePledge()]);
    const figures: Readonly<Record<number, readonly (string | number | null)[]>> = {
      6: [2734.4, 2735.764, 1.0005, 7.7, 30],
      7: [120, 130.5, null, null, 30],
      9: [3, 2.72, null, null, 20],
      10: [null, "Đạt", null, null, 20],
    };
    const books: WorkbookSnapshot[] = [
      workbook("cum.xlsx", INFO, samplePledge()),
      ...forms.map((f) => workbook(f.fileName, asSnapshot(report(f), (r, c) => (c >= 3 && c <= 7 ? (figures[r]?.[c - 3] ?? null) : null)))),
    ];
    const data = readCluster(books);
    expect(data.findings).toEqual([]);
    expect(data.reports.map((r) => [r.member, Object.keys(r.rows).length])).toEqual([["thị xã An Khê", 4], ["huyện Kbang", 4]]);
  });
});

describe("formFileName", () => {
  it("is ASCII, without the year when it is unknown", () => {
    expect(formFileName("huyện Đak Pơ", null)).toBe("bao-cao-huyen-dak-po.xlsx");
    expect(formFileName("!!!", 2025)).toBe("bao-cao-2025-don-vi.xlsx");
  });
});
