import fc from "fast-check";
import { parseCellAddress } from "../a1";
import { findingMessage } from "../findings";
import type { ClusterData } from "../model";
import type { RawValue, SheetSnapshot, WorkbookSnapshot } from "./snapshot";
import { normalizeLabel } from "../text";
import { fieldOfKey, headerKey } from "./columnSynonyms";
import { formatNumberVi } from "../format/formatVi";
import { parseCell } from "./parseCell";
import { readCluster } from "./readCluster";

const HEADER_WORDS = [
  "STT", "TT", "Mã", "Chỉ tiêu", "Tiêu chí", "Nội dung", "ĐVT", "Điểm chuẩn", "Điểm", "Cách chấm", "Thưởng/1%", "Thưởng tối đa",
  "Trừ/1%", "Bắt buộc", "Ghi chú", "Kế hoạch", "KH", "Thực hiện", "TH", "Kết quả", "Tỷ lệ (%)", "So cùng kỳ", "Điểm tự chấm",
  "Cụm chấm", "Đơn vị:", "Đơn vị: huyện Kbang", "Tên đơn vị:", "NĂM 2024", "CỤM THI ĐUA SỐ 2", "Tổng cộng", "Cộng", "Nhóm I",
  "Phần II", "Lĩnh vực", "I", "II", "1", "1.2", "2.3.1.", "a", "b)", "Tỷ lệ", "Nghịch", "Đạt", "Không đạt", "Mức độ", "HTXS",
  "Cộng điểm", "Trừ điểm", "x", "X", "Có", "✓", "Năm", "Cụm trưởng", "Thứ tự luân phiên", "Số Bằng khen đề nghị",
  "Thời gian hội nghị", "12/02/2025", "31/02/2025",
];
const NUMBER_TEXTS = [
  "2.735,764", "10.858", "100,05", "100,05%", "1.234.567", "-3,32", "1,234,567", "100.05", "~2.700", "khoảng 2.700",
  "trên 2.636", ">= 95", "ước 772", "-", "–", "—", "không có", "k/c", "#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?",
  "hai nghìn", "", "  ", "1..2", ",5", "%", "+", "ước", "1 234,5",
];
const FORMATS = ["General", "0.00%", "0%", "dd/mm/yyyy", "#,##0.00", "@", "", "[$-vi-VN]d mmmm yyyy", '0.00"%"', "h:mm"];
const SHEET_NAMES = ["Giao ước", "Thông tin", "Thong tin chung", "Báo cáo", "Sheet1", "Xếp hạng 2024", "Biên bản 2024 (2)", "TH Kbang", "Kbang", "Tiêu chí", "Bảng điểm"];
const TAGS = [null, null, null, "ranking_2024", "minutes_2024", "findings_2024", "import_kbang", "", "lạ"];

const rawValue: fc.Arbitrary<RawValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HEADER_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBER_TEXTS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 3, arbitrary: fc.double({ noNaN: false }) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 50000 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 4, arbitrary: fc.constant(null) },
);

const sheet: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    name: fc.oneof(fc.constantFrom(...SHEET_NAMES), fc.string({ maxLength: 10 })),
    top: fc.nat(30),
    left: fc.nat(5),
    // Rows of uneven length on purpose: the reader must not trust the host's rectangle.
    values: fc.array(fc.array(rawValue, { maxLength: 9 }), { maxLength: 24 }),
    format: fc.constantFrom(...FORMATS),
    tag: fc.constantFrom(...TAGS),
  })
  .map(({ name, top, left, values, format, tag }) => ({
    name,
    top,
    left,
    values,
    formats: values.map((r, i) => r.map((_, j) => ((i + j) % 3 === 0 ? format : "General"))),
    tag,
  }));

const workbooks: fc.Arbitrary<WorkbookSnapshot[]> = fc.array(
  fc.record({ file: fc.option(fc.constantFrom("cum.xlsx", "kbang.xlsx", "a.xlsx"), { nil: null }), sheets: fc.array(sheet, { maxLength: 4 }) }),
  { maxLength: 3 },
);

const options = fc.record(
  { pledgeFile: fc.constantFrom("cum.xlsx", "khác.xlsx"), year: fc.integer({ min: 2000, max: 2100 }) },
  { requiredKeys: [] },
);

function isAddress(cell: string | null): boolean {
  return cell === null || (parseCellAddress(cell) !== null && /^[A-Z]{1,3}[1-9]\d*$/.test(cell));
}

function checkUserVisible(data: ClusterData): void {
  for (const f of data.findings) {
    expect(findingMessage(f).trim().length).toBeGreaterThan(10);
    expect(["error", "warning"]).toContain(f.severity);
    expect(isAddress(f.where.cell)).toBe(true);
  }
  const codes = new Set((data.pledge?.indicators ?? []).map((i) => i.code));
  for (const r of data.reports) {
    for (const [code, row] of Object.entries(r.rows)) {
      expect(codes.has(code)).toBe(true);
      for (const field of [row.plan, row.actual, row.attainment, row.growth, row.selfScore, row.clusterScore]) {
        expect(isAddress(field.cell)).toBe(true);
      }
    }
  }
}

describe("reading arbitrary grids", () => {
  it("never throws, and every finding has a message and a valid cell or none", () => {
    fc.assert(
      fc.property(workbooks, options, (wbs, opts) => {
        checkUserVisible(readCluster(wbs, opts));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on a real pledge and report with arbitrary cells in their tables", () => {
    const pledgeHead: RawValue[] = ["STT", "Chỉ tiêu", "ĐVT", "Điểm chuẩn", "Cách chấm", "Thưởng/1%", "Bắt buộc"];
    const reportHead: RawValue[] = ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "So cùng kỳ", "Tự chấm"];
    // Any cell but a column header, which would make another table of the sheet.
    const cell = rawValue.filter((v) => typeof v !== "string" || fieldOfKey(headerKey(normalizeLabel(v)).key) === undefined);
    const body = fc.array(fc.array(cell, { minLength: 7, maxLength: 7 }), { maxLength: 15 });
    fc.assert(
      fc.property(body, body, fc.constantFrom(...FORMATS), (pledgeRows, reportRows, format) => {
        const asSheet = (name: string, rows: RawValue[][]): SheetSnapshot => ({
          name,
          top: 0,
          left: 0,
          values: rows,
          formats: rows.map((r) => r.map(() => format)),
          tag: null,
        });
        const data = readCluster([
          { file: "cum.xlsx", sheets: [asSheet("Giao ước", [pledgeHead, ...pledgeRows])] },
          { file: "kbang.xlsx", sheets: [asSheet("Kbang", [reportHead, ...reportRows])] },
        ]);
        checkUserVisible(data);
        expect(data.pledge).not.toBeNull();
        expect(data.reports.map((r) => r.member)).toEqual(["Kbang"]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseCell on arbitrary input", () => {
  it("never throws and gives a finite number or another kind", () => {
    fc.assert(
      fc.property(fc.oneof(rawValue, fc.string()), fc.oneof(fc.constantFrom(...FORMATS), fc.string()), (raw, format) => {
        const { value } = parseCell(raw, format);
        expect(["blank", "number", "text", "bool", "error"]).toContain(value.kind);
        if (value.kind === "number") expect(Number.isFinite(value.value)).toBe(true);
      }),
    );
  });

  it("reads back any number written the Vietnamese way", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 999 }), (whole, thousandths) => {
        const n = whole + Math.sign(whole || 1) * thousandths / 1000;
        const { value, englishDecimal } = parseCell(formatNumberVi(n), "General");
        expect(value).toEqual({ kind: "number", value: Number(formatNumberVi(n).replace(/\./g, "").replace(",", ".")), percent: false, approximate: false });
        expect(englishDecimal).toBe(false);
      }),
    );
  });
});
