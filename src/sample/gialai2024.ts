/** The bundled sample: Cụm thi đua số 2 tỉnh Gia Lai, year 2024. The "Tổng giá trị sản xuất"
 * figures are those the cluster reported (docs/so-lieu-mau.md), with each plan derived as
 * P = A / r × 100; the other figures are plausible values made up for the demonstration. */
import type { PledgeLine, ReportValue, SampleCluster, SampleMember } from "./sampleModel";

const RATIO = "Tỷ lệ % KH";
const INVERSE = "Càng thấp càng tốt";

const PLEDGE: readonly PledgeLine[] = [
  { code: "I", name: "Phát triển kinh tế", kind: "group", points: 380 },
  { code: "1", name: "Tổng giá trị sản xuất (giá so sánh 2010)", kind: "indicator", unit: "tỷ đồng", points: 60, rule: RATIO, bonusPerPercent: 0.5, bonusCap: 5, mandatory: true },
  { code: "2", name: "Thu ngân sách nhà nước trên địa bàn", kind: "indicator", unit: "tỷ đồng", points: 50, rule: RATIO, bonusPerPercent: 1, bonusCap: 5 },
  { code: "3", name: "Tổng diện tích gieo trồng", kind: "indicator", unit: "ha", points: 40, rule: RATIO, penaltyPerPercent: 2 },
  { code: "4", name: "Số doanh nghiệp, hợp tác xã thành lập mới", kind: "indicator", unit: "doanh nghiệp", points: 30, rule: "So với dẫn đầu" },
  { code: "5", name: "Xây dựng nông thôn mới", kind: "heading", points: 50 },
  { code: "a", name: "Số xã đạt chuẩn nông thôn mới (lũy kế)", kind: "indicator", unit: "xã", points: 30, rule: RATIO },
  { code: "b", name: "Số tiêu chí nông thôn mới bình quân/xã", kind: "indicator", unit: "tiêu chí", points: 20, rule: RATIO },
  { code: "6", name: "Tỷ lệ giải ngân vốn đầu tư công", kind: "indicator", unit: "%", points: 50, rule: RATIO, mandatory: true },
  { code: "7", name: "Tỷ lệ che phủ rừng", kind: "indicator", unit: "%", points: 30, rule: RATIO },
  { code: "8", name: "Giá trị sản xuất trên 1 ha đất canh tác", kind: "indicator", unit: "triệu đồng/ha", points: 30, rule: RATIO },
  { code: "9", name: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", kind: "indicator", unit: "tỷ đồng", points: 40, rule: RATIO },
  { code: "II", name: "Văn hóa - xã hội", kind: "group", points: 300 },
  { code: "10", name: "Tỷ lệ hộ nghèo (chuẩn nghèo đa chiều)", kind: "indicator", unit: "%", points: 50, rule: INVERSE, note: "Thấp hơn kế hoạch là vượt" },
  { code: "11", name: "Số lao động được giải quyết việc làm mới", kind: "indicator", unit: "người", points: 30, rule: RATIO },
  { code: "12", name: "Tỷ lệ trường học đạt chuẩn quốc gia", kind: "indicator", unit: "%", points: 30, rule: RATIO },
  { code: "13", name: "Tỷ lệ dân số tham gia bảo hiểm y tế", kind: "indicator", unit: "%", points: 30, rule: RATIO },
  { code: "14", name: "Tỷ lệ hộ gia đình đạt danh hiệu \"Gia đình văn hóa\"", kind: "indicator", unit: "%", points: 30, rule: RATIO },
  { code: "15", name: "Số xã đạt Bộ tiêu chí quốc gia về y tế", kind: "indicator", unit: "xã", points: 30, rule: RATIO },
  { code: "16", name: "Thực hiện các chương trình mục tiêu quốc gia", kind: "indicator", points: 30, rule: "Mức độ", note: "HTXS, HTT, HT, KHT" },
  { code: "17", name: "Phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\"", kind: "indicator", points: 30, rule: "Đạt/Không đạt" },
  { code: "18", name: "Tỷ lệ dân số nông thôn sử dụng nước sạch hợp vệ sinh", kind: "indicator", unit: "%", points: 40, rule: RATIO },
  { code: "III", name: "Quốc phòng - an ninh", kind: "group", points: 140 },
  { code: "19", name: "Hoàn thành chỉ tiêu gọi công dân nhập ngũ", kind: "indicator", points: 40, rule: "Đạt/Không đạt", mandatory: true },
  { code: "20", name: "Số vụ tai nạn giao thông", kind: "indicator", unit: "vụ", points: 40, rule: INVERSE, note: "Kế hoạch: số vụ tối đa" },
  { code: "21", name: "Tỷ lệ điều tra, khám phá án hình sự", kind: "indicator", unit: "%", points: 30, rule: RATIO },
  { code: "22", name: "Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc", kind: "indicator", points: 30, rule: "Mức độ" },
  { code: "IV", name: "Xây dựng chính quyền", kind: "group", points: 180 },
  { code: "23", name: "Chỉ số cải cách hành chính", kind: "indicator", unit: "điểm", points: 40, rule: "Chấm trực tiếp", note: "Theo kết quả tỉnh công bố, quy về thang 40" },
  { code: "24", name: "Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình", kind: "indicator", unit: "%", points: 40, rule: RATIO },
  { code: "25", name: "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", kind: "indicator", unit: "%", points: 40, rule: RATIO },
  { code: "26", name: "Công tác thi đua, khen thưởng và tham gia hoạt động của Cụm", kind: "indicator", points: 60, rule: "Cụm chấm" },
  { code: "V", name: "Điểm thưởng / điểm trừ", kind: "group" },
  { code: "27", name: "Được Trung ương, tỉnh tặng Cờ thi đua, Bằng khen cho tập thể", kind: "indicator", unit: "lần", points: 5, rule: "Điểm thưởng", bonusCap: 15, note: "5 điểm/lần, tối đa 15 điểm" },
  { code: "28", name: "Bị cấp có thẩm quyền phê bình, nhắc nhở bằng văn bản", kind: "indicator", unit: "lần", points: 10, rule: "Điểm trừ", note: "Trừ 10 điểm/lần" },
];

/** Member order of the value tables below. */
const ORDER = ["huyện Kbang", "huyện Mang Yang", "huyện Đak Pơ", "huyện Đak Đoa", "thị xã An Khê"] as const;

type Five = readonly [ReportValue, ReportValue, ReportValue, ReportValue, ReportValue];

const planFrom = (actual: number, attainment: number): number => Math.round((actual / attainment) * 100 * 1000) / 1000;
const ratio = (plan: number, actual: number | string): ReportValue => ({ plan, actual, attainment: "auto" });
const samePlan = (plan: number, actuals: readonly [number, number, number, number, number]): Five =>
  actuals.map((a) => ratio(plan, a)) as unknown as Five;
const count = (actual: number): ReportValue => ({ actual });
const percentCells = (plan: number, actual: number): ReportValue => ({ plan, actual, attainment: "auto", percentCells: true });

const VALUES: Readonly<Record<string, Five>> = {
  "1": [
    { plan: planFrom(6156, 100.02), actual: 6156, attainment: 100.02 },
    { plan: planFrom(8603.9, 100.12), actual: "8.603,9", attainment: 100.12 },
    { plan: planFrom(2947.907, 100.03), actual: "2.947,907", growth: 7.7 },
    { plan: planFrom(12033, 100.7), actual: 12033, attainment: 100.7 },
    { plan: planFrom(22011, 100.07), actual: 22011, attainment: 100.07 },
  ],
  "2": [ratio(52, 55.6), ratio(60.5, 66.2), ratio(32, 33.1), ratio(85, 96.3), ratio(110, 112.4)],
  "3": [ratio(27500, 27612), ratio(21800, 21950), ratio(16200, 15980), ratio(34500, 34910), ratio(8900, 8935)],
  "4": [ratio(20, 24), ratio(25, 31), ratio(15, 16), ratio(35, 46), ratio(40, 45)],
  "5a": [ratio(7, 7), ratio(6, 6), ratio(5, 5), ratio(9, 10), ratio(4, 4)],
  "5b": [ratio(16.5, 16.8), ratio(16, 15.8), ratio(17, 17.1), ratio(17.5, 17.9), ratio(18, 18.4)],
  "6": samePlan(95, [96.2, 97.5, 95.4, 98.1, 95.8]),
  "7": [ratio(72, 72.3), ratio(46, 46.2), ratio(40, 40.1), ratio(26, 26.2), ratio(22, 21.8)],
  "8": [ratio(95, 96.5), ratio(100, 101.8), ratio(92, 93), ratio(120, 123.5), ratio(105, 104.2)],
  "9": [ratio(1650, 1688), ratio(2100, 2152), ratio(980, 1001), ratio(3200, 3315), ratio(6500, 6590)],
  "10": [{ plan: 9.5, actual: 9.1 }, { plan: 8, actual: 7.6 }, { plan: 5.5, actual: 5.3 }, { plan: 6, actual: 5.4 }, { plan: 1, actual: 0.9 }],
  "11": [ratio(1800, 1856), ratio(1900, 1948), ratio(2600, "trên 2.636"), ratio(2800, 2931), ratio(2200, 2245)],
  "12": [ratio(60, 61.2), ratio(58, 58.5), ratio(55, 54.2), ratio(62, 64.1), ratio(75, 76)],
  "13": samePlan(95, [95.3, 94.1, 95.6, 96.2, 95.9]),
  "14": samePlan(90, [90.4, 91.2, 90.1, 92.3, 93.5]),
  "15": [ratio(14, 14), ratio(12, 12), ratio(8, 8), ratio(17, 17), ratio(11, 11)],
  "16": [{ actual: "Hoàn thành tốt" }, { actual: "Hoàn thành xuất sắc" }, { actual: "HTT" }, { actual: "HTXS" }, { actual: "Hoàn thành xuất sắc" }],
  "17": [{ actual: "Đạt" }, { actual: "Đạt" }, { actual: "Đạt" }, { actual: "Đạt" }, { actual: "Đạt" }],
  "18": samePlan(98, [98.2, 98.5, 97.6, 98.9, 99.1]),
  "19": [{ actual: "Đạt" }, { actual: "Hoàn thành" }, { actual: "Đạt" }, { actual: "Đạt" }, { actual: "x" }],
  "20": [{ plan: 12, actual: 10 }, { plan: 15, actual: 14 }, { plan: 8, actual: 9 }, { plan: 20, actual: 16 }, { plan: 18, actual: 17 }],
  "21": samePlan(80, [85.2, 83, 81.5, 88.7, 86.4]),
  "22": [{ actual: "Xuất sắc" }, { actual: "Tốt" }, { actual: "Hoàn thành tốt" }, { actual: "Hoàn thành xuất sắc" }, { actual: "HTXS" }],
  "23": [count(36.5), count(37.8), count(35.2), count(38.6), count(39.1)],
  "24": [percentCells(0.8, 0.823), percentCells(0.8, 0.856), percentCells(0.8, 0.801), percentCells(0.8, 0.912), percentCells(0.8, 0.887)],
  "25": [percentCells(0.98, 0.991), percentCells(0.98, 0.995), percentCells(0.98, 0.987), percentCells(0.98, 0.998), percentCells(0.98, 0.979)],
  "26": [count(56), count(58), count(55), count(59), count(60)],
  "27": [count(2), count(3), count(1), count(3), count(2)],
  "28": [count(0), count(0), count(1), count(0), count(1)],
};

const FILES: Readonly<Record<(typeof ORDER)[number], { file: string; authority: string }>> = {
  "huyện Kbang": { file: "kbang.xlsx", authority: "UBND HUYỆN KBANG" },
  "huyện Mang Yang": { file: "mang-yang.xlsx", authority: "UBND HUYỆN MANG YANG" },
  "huyện Đak Pơ": { file: "dak-po.xlsx", authority: "UBND HUYỆN ĐAK PƠ" },
  "huyện Đak Đoa": { file: "dak-doa.xlsx", authority: "UBND HUYỆN ĐAK ĐOA" },
  "thị xã An Khê": { file: "an-khe.xlsx", authority: "UBND THỊ XÃ AN KHÊ" },
};

function member(name: (typeof ORDER)[number], index: number): SampleMember {
  const values: Record<string, ReportValue> = {};
  for (const [code, five] of Object.entries(VALUES)) values[code] = five[index]!;
  return { name, ...FILES[name], values };
}

export const GIA_LAI_2024: SampleCluster = {
  file: "cum-thi-dua-so-2-2024.xlsx",
  clusterName: "Cụm thi đua số 2",
  clusterTitle: "Cụm thi đua số 2 tỉnh Gia Lai",
  year: 2024,
  info: [
    ["Tên cụm", "Cụm thi đua số 2"],
    ["Cơ quan chủ quản", "UBND tỉnh Gia Lai"],
    ["Năm", 2024],
    ["Cụm trưởng", "thị xã An Khê"],
    ["Cụm phó", "huyện Mang Yang"],
    ["Thứ tự luân phiên", "thị xã An Khê; huyện Mang Yang; huyện Kbang; huyện Đak Đoa; huyện Đak Pơ"],
    ["Số Bằng khen đề nghị", 2],
    ["Thời gian hội nghị", new Date(Date.UTC(2025, 1, 12))],
    ["Địa điểm", "Hội trường UBND thị xã An Khê"],
    // A person: the name goes in the signature slots of the minutes and the ranking.
    ["Chủ trì", "Nguyễn Văn Hùng"],
    ["Thư ký", "Trần Thị Mai"],
  ],
  pledgeSheet: "Giao ước thi đua 2024",
  pledge: PLEDGE,
  // Workbook order is the order of the files on the command line; the demo passes them like this.
  members: ORDER.map(member),
};
