/** The second bundled sample, in the style of a real sector table (issue 10): Khối thi đua phòng Tài nguyên và
 * Môi trường cấp huyện, tỉnh Tiền Giang, year 2024. Items coded a1…, c1 under "Tiêu chuẩn 1…3", bands
 * ("≥ 98%: 10; …"), deductions per case with caps, a bonus from T = 95 %, grade shares, one member to whom an
 * indicator is not assigned ("Không giao"), and an appraisal column ("Điểm thẩm định", "Lý do"). The figures
 * are made up for the demonstration; the self-scores are each member's own points by the pledge. */
import { readCluster } from "../engine/read/readCluster";
import { scoreCluster } from "../engine/score/scoreCluster";
import type { GridRow, GridValue, SheetGrid } from "./sheetGrid";
import { fileSnapshot, type SampleFile } from "./sampleFiles";

export const TIEN_GIANG_FILE = "khoi-tnmt-tien-giang-2024.xlsx";

const PLEDGE_SHEET = "Bảng điểm 2024";
const PLEDGE_HEADER = [
  "STT", "Nội dung chỉ tiêu", "ĐVT", "Điểm chuẩn", "Cách chấm", "Mức điểm", "Thưởng/1%", "Thưởng từ (%)", "Thưởng tối đa", "Trừ/1%", "Trừ tối đa", "Bắt buộc", "Ghi chú",
];

type PledgeCells = readonly [code: string, name: string, unit: string | null, points: number | null, rule: string | null, bands: string | null,
  b: number | null, t: number | null, c: number | null, d: number | null, cap: number | null, mandatory: string | null, note: string | null];

const PLEDGE: readonly (PledgeCells | readonly [string, string])[] = [
  ["Tiêu chuẩn 1", "Thực hiện nhiệm vụ chuyên môn"],
  ["a1", "Tỷ lệ hồ sơ đất đai giải quyết đúng hạn", "%", 10, "Theo mức", "≥ 98%: 10; ≥ 95%: 8; ≥ 90%: 6; còn lại: 2", null, null, null, null, 1.5, null, "Tổng điểm trừ của mục a1 không quá 1,5 điểm"],
  ["a1.1", "Hồ sơ trễ hạn bị phản ánh (mỗi trường hợp)", "trường hợp", 0.5, "Trừ điểm", null, null, null, null, null, 1, null, "Mỗi trường hợp trừ 0,5 điểm, tối đa trừ 1 điểm"],
  ["a1.2", "Báo cáo định kỳ gửi chậm (mỗi lần)", "lần", 1, "Trừ điểm", null, null, null, null, null, null, null, null],
  ["a2", "Thu tiền sử dụng đất", "tỷ đồng", 20, "Tỷ lệ", null, 0.1, 95, 1, null, null, null, "Trên 95% được cộng 0,1 điểm mỗi 1%, tối đa 1 điểm"],
  ["a3", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu", "giấy", 15, "Tỷ lệ", null, null, null, null, 0.5, null, null, "Dưới kế hoạch trừ 0,5 điểm mỗi 1%"],
  ["a4", "Kiểm tra, xử lý vi phạm về môi trường", null, 15, "Mức độ", "HTXS: 100%; HTT: 80%; HT: 60%; KHT: 0", null, null, null, null, null, null, null],
  ["Tiêu chuẩn 2", "Công tác tham mưu, cải cách hành chính"],
  ["b1", "Chỉ số cải cách hành chính của phòng", "điểm", 20, "Tỷ lệ", null, null, null, null, null, null, null, "Kế hoạch: điểm Sở giao"],
  ["b2", "Ứng dụng phần mềm quản lý hồ sơ địa chính", null, 10, "Đạt/Không đạt", null, null, null, null, null, null, "x", null],
  ["b3", "Tham gia hoạt động của Khối", "điểm", 10, "Chấm trực tiếp", null, null, null, null, null, null, null, "Khối trưởng chấm"],
  ["Tiêu chuẩn 3", "Điểm thưởng"],
  ["c1", "Sáng kiến, giải pháp được công nhận", "sáng kiến", 1, "Cộng điểm", null, null, null, 2, null, null, null, "Mỗi sáng kiến cộng 1 điểm, tối đa 2 điểm"],
];

const MEMBERS = [
  { name: "thành phố Mỹ Tho", file: "my-tho.xlsx", authority: "UBND THÀNH PHỐ MỸ THO" },
  { name: "huyện Cái Bè", file: "cai-be.xlsx", authority: "UBND HUYỆN CÁI BÈ" },
  { name: "huyện Cai Lậy", file: "huyen-cai-lay.xlsx", authority: "UBND HUYỆN CAI LẬY" },
  { name: "thị xã Cai Lậy", file: "thi-xa-cai-lay.xlsx", authority: "UBND THỊ XÃ CAI LẬY" },
  { name: "huyện Châu Thành", file: "chau-thanh.xlsx", authority: "UBND HUYỆN CHÂU THÀNH" },
] as const;

interface Figures {
  readonly plan?: GridValue;
  readonly actual?: GridValue;
  /** Plan and actual written as % cells. */
  readonly percent?: boolean;
  readonly appraisal?: number;
  readonly reason?: string;
}

/** Per code, one entry per member in MEMBERS order. */
const VALUES: Readonly<Record<string, readonly Figures[]>> = {
  a1: [{ actual: 0.991, percent: true }, { actual: 0.975, percent: true }, { actual: 0.962, percent: true }, { actual: 0.984, percent: true }, { actual: 0.93, percent: true }],
  "a1.1": [{ actual: "Không phát sinh" }, { actual: 1 }, { actual: 3 }, { actual: null }, { actual: 2 }],
  "a1.2": [{ actual: 0 }, { actual: 0 }, { actual: 1 }, { actual: "Không phát sinh" }, { actual: 1 }],
  a2: [
    { plan: 420, actual: 451.2 },
    { plan: 95, actual: 97.3 },
    { plan: 60, actual: 58.1 },
    { plan: 45, actual: 49.6, appraisal: 20.2, reason: "Số thu theo Kho bạc Nhà nước là 46,8 tỷ đồng (104%)" },
    { plan: 80, actual: 83.5 },
  ],
  a3: [{ plan: 1200, actual: 1236 }, { plan: 2100, actual: 2050 }, { plan: 1500, actual: 1512 }, { plan: "Không giao", actual: null }, { plan: 1800, actual: 1782 }],
  a4: [
    { actual: "Hoàn thành xuất sắc" },
    { actual: "Hoàn thành tốt" },
    { actual: "Hoàn thành tốt", appraisal: 15, reason: "Đoàn phúc tra xếp mức hoàn thành xuất sắc (Biên bản số 12/BB-PT)" },
    { actual: "HTXS" },
    { actual: "HT" },
  ],
  b1: [{ plan: 85, actual: 88.2 }, { plan: 85, actual: 86.1 }, { plan: 85, actual: 82.4 }, { plan: 85, actual: 85.6 }, { plan: 85, actual: 80.3 }],
  b2: [{ actual: "Đạt" }, { actual: "Đạt" }, { actual: "Đạt" }, { actual: "Đạt" }, { actual: "Không đạt" }],
  b3: [{ actual: 10 }, { actual: 9.5 }, { actual: 9 }, { actual: 9.5 }, { actual: 8.5 }],
  c1: [{ actual: 2 }, { actual: 1 }, { actual: 0 }, { actual: 1 }, { actual: 3 }],
};

const ADJUSTMENT_CODES: ReadonlySet<string> = new Set(["a1.1", "a1.2"]);

function pledgeGrid(): SheetGrid {
  const width = PLEDGE_HEADER.length;
  const rows: GridRow[] = [
    { style: "title", cells: ["SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH TIỀN GIANG"] },
    { style: "title", cells: ["BẢNG ĐIỂM CHUẨN THI ĐUA NĂM 2024 KHỐI PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG CẤP HUYỆN"] },
    { style: "label", cells: [] },
    { style: "header", cells: PLEDGE_HEADER },
    ...PLEDGE.map((line): GridRow => (line.length === 2 ? { style: "group", cells: [line[0], line[1]] } : { style: "body", cells: [...line] })),
    { style: "total", cells: [null, "Tổng cộng", null, 100] },
  ];
  return { name: PLEDGE_SHEET, rows, merges: ["A1:M1", "A2:M2"], widths: [11, 46, 11, 9, 14, 30, 9, 9, 9, 8, 9, 8, 30].slice(0, width) };
}

function infoGrid(): SheetGrid {
  const info: readonly (readonly [string, string | number | Date])[] = [
    ["Tên cụm", "Khối thi đua phòng Tài nguyên và Môi trường"],
    ["Cơ quan chủ quản", "Sở Tài nguyên và Môi trường tỉnh Tiền Giang"],
    ["Năm", 2024],
    ["Cụm trưởng", "thành phố Mỹ Tho"],
    ["Cụm phó", "huyện Cái Bè"],
    ["Thứ tự luân phiên", "thành phố Mỹ Tho; huyện Cái Bè; huyện Cai Lậy; thị xã Cai Lậy; huyện Châu Thành"],
    ["Số Bằng khen đề nghị", 2],
    ["Xếp loại", "Hoàn thành xuất sắc: 95%; Hoàn thành tốt: 80%; Hoàn thành: 50%; Không hoàn thành"],
    ["Thời gian hội nghị", new Date(Date.UTC(2025, 0, 15))],
    ["Địa điểm", "Hội trường Sở Tài nguyên và Môi trường"],
  ];
  return {
    name: "Thông tin",
    rows: info.map(([label, value]) => ({ style: "label", cells: [label, value], ...(value instanceof Date ? { formats: { 1: "dd/mm/yyyy" } } : {}) })),
    merges: [],
    widths: [26, 80],
  };
}

const REPORT_HEADER = ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Điểm tự chấm", "Điểm thẩm định", "Lý do"];

function reportGrid(index: number, selfScores: ReadonlyMap<string, number> | null): SheetGrid {
  const member = MEMBERS[index]!;
  const rows: GridRow[] = [
    { style: "title", cells: [member.authority] },
    { style: "title", cells: ["BÁO CÁO TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024"] },
    { style: "label", cells: [`Đơn vị: ${member.name}`] },
    { style: "header", cells: REPORT_HEADER },
  ];
  for (const line of PLEDGE) {
    if (line.length === 2) {
      rows.push({ style: "group", cells: [line[0], line[1]] });
      continue;
    }
    const [code, name, unit] = line;
    const f = VALUES[code]![index]!;
    const format = f.percent === true ? "0.0%" : "#,##0.###";
    const self = selfScores?.get(code) ?? null;
    rows.push({
      style: "body",
      cells: [code, name, unit, f.plan ?? null, f.actual ?? null, self, f.appraisal ?? null, f.reason ?? null],
      formats: { 3: format, 4: format, 5: "0.00", 6: "0.00" },
    });
  }
  return { name: "Báo cáo", rows, merges: ["A1:C1", "A2:H2"], widths: [8, 46, 11, 11, 11, 10, 10, 36] };
}

function files(selfScores: readonly (ReadonlyMap<string, number> | null)[]): SampleFile[] {
  return [
    { file: TIEN_GIANG_FILE, grids: [infoGrid(), pledgeGrid()] },
    ...MEMBERS.map((m, i) => ({ file: m.file, grids: [reportGrid(i, selfScores[i] ?? null)] })),
  ];
}

/** The sample's workbooks. Each member's self-score is its points by the pledge, worked out by the engine on the
 * same workbooks without self-scores: what a careful clerk would have written before the appraisal. */
export function tienGiangFiles(): SampleFile[] {
  const unscored = files(MEMBERS.map(() => null));
  const result = scoreCluster(readCluster(unscored.map(fileSnapshot)));
  const selfScores = MEMBERS.map((m) => {
    const member = result.members.find((x) => x.name === m.name);
    // An item's self-score already holds its deductions, so the deduction rows themselves are left blank.
    const scored = member?.indicators.filter((i) => !i.notAssigned && !ADJUSTMENT_CODES.has(i.code)) ?? null;
    return scored === null ? null : new Map(scored.map((i) => [i.code, Math.round(i.computedPoints * 100) / 100]));
  });
  return files(selfScores);
}
