/** Header synonyms of the pledge and report tables (docs/so-lieu.md §2, §3), as normalised keys. */
import { normalizeLabel } from "../text";

export type TableField =
  | "code"
  | "name"
  | "unit"
  | "maxPoints"
  | "rule"
  | "bonusPerPercent"
  | "bonusCap"
  | "penaltyPerPercent"
  | "bonusFrom"
  | "penaltyCap"
  | "bonusPoints"
  | "penaltyPoints"
  | "tiers"
  | "mandatory"
  | "note"
  | "plan"
  | "actual"
  | "attainment"
  | "growth"
  | "selfScore"
  | "clusterScore"
  | "reason";

const SYNONYMS: Readonly<Record<TableField, readonly string[]>> = {
  code: ["Mã", "Mã số", "STT", "TT", "Số TT", "Số thứ tự"],
  name: ["Chỉ tiêu", "Tiêu chí", "Nội dung", "Nội dung chỉ tiêu", "Nội dung tiêu chí", "Tên chỉ tiêu", "Tên tiêu chí", "Tiêu chuẩn thi đua", "Nội dung thi đua"],
  unit: ["ĐVT", "Đơn vị tính"],
  maxPoints: ["Điểm chuẩn", "Điểm tối đa", "Thang điểm", "Điểm"],
  rule: ["Cách chấm", "Phương pháp chấm", "Cách tính điểm", "Cách chấm điểm"],
  bonusPerPercent: ["Thưởng/1%", "Điểm thưởng/1%", "Cộng/1%", "Điểm cộng mỗi 1%", "Điểm cộng/1%", "Thưởng mỗi 1%"],
  bonusCap: ["Thưởng tối đa", "Điểm thưởng tối đa", "Cộng tối đa", "Điểm cộng tối đa"],
  penaltyPerPercent: ["Trừ/1%", "Điểm trừ/1%", "Trừ mỗi 1%", "Điểm trừ mỗi 1%"],
  bonusFrom: ["Thưởng từ (%)", "Cộng từ (%)", "Ngưỡng thưởng (%)", "Thưởng từ", "Cộng từ", "Ngưỡng thưởng"],
  penaltyCap: ["Trừ tối đa", "Điểm trừ tối đa"],
  // Under a merged "Điểm": the points per case of a bonus or penalty row (docs/so-lieu.md §2).
  bonusPoints: ["Thưởng", "Điểm thưởng", "Cộng", "Điểm cộng"],
  penaltyPoints: ["Trừ", "Điểm trừ"],
  tiers: ["Mức điểm", "Các mức", "Mức chấm", "Thang mức"],
  mandatory: ["Bắt buộc", "Chỉ tiêu bắt buộc"],
  note: ["Ghi chú", "Giải trình"],
  plan: ["Kế hoạch", "KH", "Kế hoạch năm", "Chỉ tiêu giao", "Chỉ tiêu kế hoạch", "Dự toán", "Mục tiêu", "Kế hoạch giao"],
  actual: ["Thực hiện", "TH", "Kết quả", "Kết quả thực hiện", "Thực hiện năm", "Ước thực hiện", "Ước TH", "Ước thực hiện năm"],
  attainment: [
    "Tỷ lệ",
    "Tỷ lệ (%)",
    "Tỷ lệ % KH",
    "% KH",
    "So KH (%)",
    "Tỷ lệ hoàn thành",
    "Tỷ lệ % so KH",
    "Tỷ lệ % so với KH",
    "Tỷ lệ % so với kế hoạch",
    "So với kế hoạch",
    "So kế hoạch",
  ],
  growth: ["So cùng kỳ", "So với cùng kỳ (%)", "Tăng trưởng (%)", "So năm trước", "So với năm trước", "Tỷ lệ % so cùng kỳ"],
  selfScore: ["Tự chấm", "Điểm tự chấm", "Điểm đơn vị tự chấm", "Đơn vị tự chấm"],
  clusterScore: ["Cụm chấm", "Điểm cụm chấm", "Điểm thẩm định", "Thẩm định", "Điểm phúc tra", "Phúc tra"],
  reason: ["Lý do", "Căn cứ chấm điểm", "Lý do thẩm định"],
};

/** The key a header cell is compared by: normalised label, tight around "/" and "%", without a trailing year. */
export function headerKey(label: string): { key: string; year: number | null } {
  const tight = label.replace(/\s*([/%])\s*/g, "$1");
  const m = /\s*(?:nam\s*)?((?:19|20)\d{2})$/.exec(tight);
  if (!m || m.index === 0) return { key: tight, year: null };
  return { key: tight.slice(0, m.index), year: Number(m[1]) };
}

const FIELD_BY_KEY: ReadonlyMap<string, TableField> = (() => {
  const map = new Map<string, TableField>();
  for (const [field, words] of Object.entries(SYNONYMS) as [TableField, readonly string[]][]) {
    for (const w of words) map.set(headerKey(normalizeLabel(w)).key, field);
  }
  return map;
})();

export function fieldOfKey(key: string): TableField | undefined {
  return FIELD_BY_KEY.get(key);
}

/** The first synonym of each field, to name a missing column in a message. */
export function fieldTitle(field: TableField): string {
  return SYNONYMS[field][0] ?? field;
}
