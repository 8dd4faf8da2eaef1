/** Small, realistic pledge and report sheets for tests (figures from Cụm thi đua số 2, Gia Lai). */
import type { RawValue, SheetSnapshot } from "../read/snapshot";
import { grid, type GridOptions } from "./grid";

type Row = readonly RawValue[];

/** Groups I and II, four indicators (100 points), a mandatory one, and a total row. Header on row 3. */
export function samplePledge(name = "Giao ước", extraRows: readonly Row[] = []): SheetSnapshot {
  return grid(name, [
    ["BẢNG GIAO ƯỚC THI ĐUA CỤM THI ĐUA SỐ 2 NĂM 2024"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Điểm chuẩn", "Cách chấm", "Bắt buộc"],
    ["I", "Phát triển kinh tế", null, 60],
    ["1", "Tổng giá trị sản xuất", "tỷ đồng", 30, "Tỷ lệ", "x"],
    ["2", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 30, null],
    ["II", "Văn hóa - xã hội", null, 40],
    ["3", "Tỷ lệ hộ nghèo giảm", "%", 20, "Nghịch"],
    ["4", "Cải cách hành chính", null, 20, "Đạt/Không đạt"],
    [null, "Tổng cộng", null, 100],
    ...extraRows,
  ]);
}

/** The figures of one member per indicator code: plan, actual, attainment, self-score. */
export type Figures = Readonly<Record<string, readonly RawValue[]>>;

const KBANG: Figures = {
  "1": ["2.734,4", "2.735,764", 100.05, 30],
  "2": [120, 130.5, null, 30],
  "3": [3, "2,72", null, 20],
  "4": [null, "Đạt", null, 20],
};

const NAMES: Readonly<Record<string, string>> = {
  "1": "Tổng giá trị sản xuất",
  "2": "Thu ngân sách nhà nước trên địa bàn",
  "3": "Tỷ lệ hộ nghèo giảm",
  "4": "Cải cách hành chính",
};

/** A report with a title, a "Đơn vị:" label, a two-row header (merged "Kết quả" over KH | TH) and group rows.
 * Columns: A STT, B Chỉ tiêu, C ĐVT, D Kế hoạch, E Thực hiện, F Tỷ lệ (%), G Điểm tự chấm. Data from row 6. */
export function sampleReport(member: string | null, sheetName = "Báo cáo", figures: Figures = KBANG, options: GridOptions = {}): SheetSnapshot {
  const line = (code: string): Row => [code, NAMES[code] ?? "", null, ...(figures[code] ?? [])];
  return grid(
    sheetName,
    [
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA NĂM 2024"],
      member === null ? [] : ["Đơn vị:", member],
      ["STT", "Chỉ tiêu", "ĐVT", "Kết quả", null, "Tỷ lệ (%)", "Điểm tự chấm"],
      [null, null, null, "Kế hoạch", "Thực hiện", null, null],
      ["I", "Phát triển kinh tế"],
      line("1"),
      line("2"),
      ["II", "Văn hóa - xã hội"],
      line("3"),
      line("4"),
    ],
    options,
  );
}
