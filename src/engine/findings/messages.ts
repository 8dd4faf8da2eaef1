/**
 * The Vietnamese message catalogue: the one place where a finding becomes a sentence a clerk reads
 * (docs/so-lieu.md §5). A sentence opens with where the finding points ("Ô E12: …") when it names a cell,
 * taken from `where`; the facts supply the rest. Sentences are made only when shown, never while reading.
 */
import type { CellField, Finding, FindingOf, IndicatorRef, PledgeNumberField, Where } from "./finding";
import { parseCellAddress } from "../a1";
import { formatNumberVi } from "../format/formatVi";
import { listVi } from "../format/listVi";
import { fieldTitle } from "../read/columnSynonyms";
import { DEFAULT_MERIT_COUNT } from "../read/readInfo";
import { RULE_NAMES } from "../read/readRule";
import { capitalize } from "../format/capitalize";

export function findingMessage(f: Finding): string {
  switch (f.code) {
    case "NO_PLEDGE_SHEET": {
      const inFile = f.where.file !== null ? ` trong tệp "${f.where.file}"` : "";
      return `Không tìm thấy trang tính giao ước thi đua${inFile}: cần một trang tính tên "Giao ước" (hoặc có "tiêu chí", "thang điểm", "bảng điểm"), hay một bảng có cột Điểm chuẩn và Cách chấm.`;
    }
    case "NO_REPORT_TABLE": {
      const book = f.where.file !== null ? `Tệp "${f.where.file}"` : "Sổ tính này";
      return `${book}: không tìm thấy bảng báo cáo: cần các cột như Chỉ tiêu, Thực hiện.`;
    }
    case "NO_YEAR":
      return f.text === null
        ? `Không tìm thấy năm đánh giá: hãy ghi "Năm" trong trang tính Thông tin, ghi "NĂM 2024" trong tiêu đề bảng, hoặc nhập năm đánh giá.`
        : `${at(f.where)}không đọc được năm "${f.text}"; hãy ghi năm bằng số, ví dụ 2024.`;
    case "FILE_UNREADABLE":
      return unreadable(f);
    case "FILE_NOT_IMPORTED":
      return `Không nhập được tệp “${f.where.file ?? ""}”: ${f.reason}`;
    case "SHEET_TOO_LARGE":
      return (
        `Trang tính "${f.where.sheet ?? ""}"${fileNote(f.where.file)} quá lớn để đọc (khoảng ${formatNumberVi(f.cells)} ô; ` +
        "mỗi trang tính đọc được tối đa 2.000.000 ô có dữ liệu, 8.000.000 ô hay 1.048.576 hàng): đã bỏ qua trang tính này. " +
        "Nếu đây là báo cáo, hãy xóa các ô nằm xa bảng số liệu rồi kiểm tra lại."
      );
    case "CELLS_OUT_OF_RANGE":
      return f.reason === "farAway"
        ? `Trang tính "${f.where.sheet ?? ""}"${fileNote(f.where.file)}: đã bỏ qua ${formatNumberVi(f.count)} ô nằm xa vùng số liệu (ô ${f.first}); nếu không cần, hãy xóa các ô đó.`
        : `Trang tính "${f.where.sheet ?? ""}"${fileNote(f.where.file)}: đã bỏ qua ${formatNumberVi(f.count)} ô nằm ngoài giới hạn của Excel (1.048.576 hàng × 16.384 cột), ví dụ ô ${f.first}.`;
    case "NO_MEMBER_REPORT":
      return "Không tìm thấy báo cáo của đơn vị thành viên nào: hãy thêm các tệp báo cáo (trang tính có các cột Chỉ tiêu, Thực hiện); chưa thể chấm điểm, xếp hạng.";
    case "PLEDGE_MISSING_COLUMN":
      return `Trang tính "${f.where.sheet ?? ""}": bảng giao ước thiếu cột ${f.missing.map(fieldTitle).join(", ")} (cần các cột Mã/STT, Chỉ tiêu, Điểm chuẩn).`;
    case "PLEDGE_EMPTY":
      return `Trang tính "${f.where.sheet ?? ""}" không có chỉ tiêu nào (cần các dòng có mã như 1, 2, 1.1 và điểm chuẩn).`;
    case "UNKNOWN_RULE":
      return `${at(f.where)}cách chấm "${f.text}" của chỉ tiêu ${f.indicatorCode} không nhận ra được, nên chỉ tiêu này không được chấm. Các cách chấm dùng được: ${RULE_NAMES}.`;
    case "INVALID_POINTS":
      return invalidPoints(f);
    case "DUPLICATE_CODE":
      return `${at(f.where)}mã chỉ tiêu "${f.indicatorCode}" trùng với dòng ${f.firstRow}; dòng này bị bỏ qua.`;
    case "GROUP_POINTS_MISMATCH":
      return `${at(f.where)}nhóm ${f.group} "${f.name}" ghi ${points(f.given)} điểm nhưng các chỉ tiêu trong nhóm cộng lại ${points(f.sum)} điểm.`;
    case "PARENT_POINTS_MISMATCH":
      return `${at(f.where)}chỉ tiêu ${f.indicatorCode} ghi ${points(f.given)} điểm nhưng các chỉ tiêu con (${f.children.join(", ")}) cộng lại ${points(f.sum)} điểm.`;
    case "TOTAL_POINTS_MISMATCH":
      return `${at(f.where)}dòng "${f.name}" ghi ${points(f.given)} điểm nhưng các chỉ tiêu cộng lại ${points(f.sum)} điểm.`;
    case "INVALID_BANDS":
      return `${at(f.where)}không đọc được mức điểm "${f.text}" của chỉ tiêu ${f.indicatorCode} (cần dạng "≥ 98%: 5; từ 97% đến dưới 98%: 4; dưới 96%: 0"), nên chỉ tiêu này không được chấm.`;
    case "BAND_ABOVE_MAX":
      return `${at(f.where)}chỉ tiêu ${f.indicatorCode} có mức ${points(f.points)} điểm, cao hơn điểm chuẩn ${points(f.max)} điểm.`;
    case "INVALID_CLASSIFICATION":
      return `${at(f.where)}không đọc được xếp loại "${f.text}" (cần dạng "Hoàn thành xuất sắc: 95%; Hoàn thành tốt: 80%; Hoàn thành: 50%; Không hoàn thành"); không xếp loại.`;
    case "NOT_A_NUMBER":
      if (f.indicator !== null) return `${cellLabel(f.indicator, f.where)}: "${f.text}" không phải là số; chỉ tiêu được 0 điểm.`;
      if (f.field === "meritCount") return `${at(f.where)}số Bằng khen đề nghị "${f.text}" không phải là số nguyên; dùng mặc định ${DEFAULT_MERIT_COUNT}.`;
      return `${at(f.where)}${what(f.field)}"${f.text}" không phải là số.`;
    case "EXCEL_ERROR":
      if (f.indicator !== null) return `${cellLabel(f.indicator, f.where)}: ô có lỗi Excel "${f.text}"; chỉ tiêu được 0 điểm.`;
      return isPledgeField(f.field)
        ? `${at(f.where)}${PLEDGE_WORDS[f.field]} bị lỗi Excel "${f.text}"; cần sửa công thức hoặc nhập số.`
        : `${at(f.where)}lỗi Excel "${f.text}"; cần sửa công thức hoặc nhập số liệu.`;
    case "APPROXIMATE_VALUE":
      return `${at(f.where)}${what(f.field)}"${f.text}" là số ước lượng; tạm lấy ${formatNumberVi(f.value)}.`;
    case "ENGLISH_DECIMAL":
      return `${at(f.where)}"${f.text}" dùng dấu chấm làm dấu thập phân; đã hiểu là ${formatNumberVi(f.value)}.`;
    case "INVALID_DATE":
      return `${at(f.where)}không đọc được ngày hội nghị "${f.text}"; hãy ghi ngày dạng dd/mm/yyyy.`;
    case "DUPLICATE_MEMBER":
      return (
        `Đơn vị "${f.where.member ?? ""}" có hai báo cáo: trang tính "${f.first.sheet}"${fileNote(f.first.file)} ` +
        `và trang tính "${f.where.sheet ?? ""}"${fileNote(f.where.file)}; chỉ dùng báo cáo đầu tiên.`
      );
    case "MISSING_INDICATOR":
      return `Báo cáo của ${f.where.member ?? ""} thiếu ${indicatorLabel(f.indicator)}; chỉ tiêu này tính 0 điểm.`;
    case "UNMATCHED_ROW":
      return `${at(f.where)}dòng ${f.name !== "" ? `"${f.name}"` : `mã ${f.indicatorCode}`} không khớp chỉ tiêu nào trong giao ước; dòng này không được chấm.`;
    case "MORE_WARNINGS": {
      const like = f.last === null ? "như trên" : `như cảnh báo ở ô ${f.last}`;
      return `Trang tính "${f.where.sheet ?? ""}"${fileNote(f.where.file)}: còn ${formatNumberVi(f.count)} cảnh báo cùng loại ${like}, không liệt kê hết ở đây.`;
    }
    case "FUZZY_MATCH":
      return `${at(f.where)}"${f.name}" được ghép với ${indicatorLabel(f.indicator)} của giao ước vì tên gần giống; hãy kiểm tra lại.`;
    case "DUPLICATE_ROW":
      return `Dòng ${rowOf(f.where)}: ${indicatorLabel(f.indicator)} đã có ở dòng ${f.firstRow}; dòng này bị bỏ qua.`;
    case "NEGATIVE_VALUE":
      return `${cellLabel(f.indicator, f.where)}: ${FIGURE_WORDS[f.field]} là số âm (${formatNumberVi(f.value)}); chỉ tiêu được 0 điểm.`;
    case "MISSING_DATA":
      return `${cellLabel(f.indicator, f.where)}: thiếu số liệu (${missingData(f)}); chỉ tiêu được 0 điểm.`;
    case "PLAN_NOT_POSITIVE":
      return `${cellLabel(f.indicator, f.where)}: kế hoạch là ${formatNumberVi(f.plan)}, phải lớn hơn 0 mới tính được tỷ lệ; chỉ tiêu được 0 điểm.`;
    case "ATTAINMENT_FROM_REPORT":
      return `${cellLabel(f.indicator, f.where)}: thiếu ${listVi(f.missing.map((m) => FIGURE_WORDS[m]))}, tỷ lệ lấy theo số đơn vị báo cáo (${formatNumberVi(f.reported)}%).`;
    case "ATTAINMENT_MISMATCH": {
      const computed = formatNumberVi(f.computed);
      return (
        `${cellLabel(f.indicator, f.where)}: tỷ lệ đơn vị báo cáo là ${formatNumberVi(f.reported)}%, ` +
        `khác tỷ lệ tính từ kế hoạch và thực hiện (${computed}%); điểm tính theo ${computed}%.`
      );
    }
    case "INVALID_PASS_VALUE":
      return `${cellLabel(f.indicator, f.where)}: "${f.text}" không phải là Đạt hay Không đạt; chỉ tiêu được 0 điểm.`;
    case "INVALID_GRADE_VALUE":
      return (
        `${cellLabel(f.indicator, f.where)}: "${f.text}" không phải là mức hoàn thành ` +
        `(Hoàn thành xuất sắc, Hoàn thành tốt, Hoàn thành, Trung bình, Không hoàn thành); chỉ tiêu được 0 điểm.`
      );
    case "DIRECT_CLAMPED":
      return f.value > f.max
        ? `${cellLabel(f.indicator, f.where)}: điểm ${formatNumberVi(f.value)} vượt điểm chuẩn ${formatNumberVi(f.max)}; chỉ tính ${formatNumberVi(f.max)} điểm.`
        : `${cellLabel(f.indicator, f.where)}: điểm ${formatNumberVi(f.value)} nhỏ hơn 0; tính 0 điểm.`;
    case "NEGATIVE_COUNT":
      return `${cellLabel(f.indicator, f.where)}: số lần phải là số không âm, đơn vị ghi ${formatNumberVi(f.count)}; chỉ tiêu được 0 điểm.`;
    case "RULE_NOT_SCORED": {
      const ruleText = f.ruleText === null ? "" : ` "${f.ruleText}"`;
      return `${capitalize(indicatorLabel(f.indicator))} chưa được chấm vì cách chấm${ruleText} trong bảng giao ước không hợp lệ; chỉ tiêu được 0 điểm.`;
    }
    case "SELF_SCORE_DIFFERS":
      return (
        `${capitalize(f.where.member ?? "")} tự chấm tổng ${formatNumberVi(f.selfScore)} điểm, còn điểm tính theo giao ước là ` +
        `${formatNumberVi(f.total)} điểm (chênh ${formatNumberVi(Math.abs(f.selfScore - f.total))} điểm).`
      );
    case "ATTAINMENT_TOO_HIGH":
      return `${cellLabel(f.indicator, f.where)}: tỷ lệ ${formatNumberVi(f.attainment)}% vượt quá 1.000%; có thể đơn vị tính bị nhầm, hãy kiểm tra lại.`;
    case "APPRAISAL_CHANGED": {
      const reason = f.reason === null ? "chưa ghi lý do" : `lý do: "${f.reason}"`;
      const cap = f.cap === null ? "" : `, vượt mức tối đa ${formatNumberVi(f.cap)} điểm của bảng điểm`;
      return `${cellLabel(f.indicator, f.where)}: điểm thẩm định ${formatNumberVi(f.appraised)} khác điểm tính theo giao ước ${formatNumberVi(f.computed)}${cap} (${reason}); dùng điểm thẩm định.`;
    }
    case "APPRAISAL_CLAMPED": {
      // A penalty row without "Trừ tối đa" has no lower bound (min is -Infinity): only its upper bound 0 is said.
      const range =
        f.max === null
          ? `không được nhỏ hơn ${formatNumberVi(f.min)}`
          : Number.isFinite(f.min)
            ? `phải từ ${formatNumberVi(f.min)} đến ${formatNumberVi(f.max)}`
            : `không được lớn hơn ${formatNumberVi(f.max)}`;
      const taken = f.value < f.min ? f.min : (f.max ?? f.value);
      return `${cellLabel(f.indicator, f.where)}: điểm thẩm định ${formatNumberVi(f.value)} không có lý do, ${range} điểm; tính ${formatNumberVi(taken)} điểm.`;
    }
    case "NOTHING_TO_SCORE":
      return `${capitalize(f.where.member ?? "")} không được giao chỉ tiêu nào trong giao ước, nên không có gì để chấm điểm.`;
    case "TIE_FOR_FIRST":
      return `${tieReason(f.members, f.rank).slice(0, -1)}, nên chưa đề nghị Cờ thi đua và Bằng khen.`;
    case "LEADER_PASSED_OVER":
      return passedOver(f);
    case "MERIT_TIE":
      return (
        `${capitalize(listVi(f.members))} cùng xếp thứ ${f.rank} ở ranh giới số Bằng khen đề nghị (${f.meritCount}); ` +
        `đề nghị Bằng khen cho cả ${f.proposed} đơn vị, hội nghị xem xét.`
      );
    case "NO_ELIGIBLE_LEADER":
      return NO_ELIGIBLE_LEADER_REASON;
    default:
      return unknownCode(f);
  }
}

/** Why no leader is proposed when members share the first eligible place (also Proposals.noLeaderReason). */
export function tieReason(members: readonly string[], rank: number): string {
  const names = capitalize(listVi(members));
  return rank === 1
    ? `${names} cùng xếp thứ nhất; hội nghị cần bình xét, bỏ phiếu để chọn đơn vị dẫn đầu.`
    : `${names} cùng xếp thứ ${rank} và là các đơn vị đủ điều kiện đứng đầu; hội nghị cần bình xét, bỏ phiếu để chọn đơn vị dẫn đầu.`;
}

export const NO_ELIGIBLE_LEADER_REASON =
  "Không có đơn vị nào đủ điều kiện đề nghị Cờ thi đua: mọi đơn vị đều không đạt chỉ tiêu bắt buộc hoặc có số liệu còn lỗi.";

/** A new code without a sentence fails to compile here. */
function unknownCode(f: never): string {
  return `Lỗi ${(f as { code?: string }).code ?? ""}.`;
}

const PLEDGE_WORDS: Readonly<Record<PledgeNumberField, string>> = {
  maxPoints: "điểm",
  bonusPerPercent: "điểm thưởng mỗi 1%",
  bonusCap: "điểm thưởng tối đa",
  penaltyPerPercent: "điểm trừ mỗi 1%",
  bonusFrom: "ngưỡng thưởng (%)",
  penaltyCap: "điểm trừ tối đa",
  bonusPoints: "điểm thưởng",
  penaltyPoints: "điểm trừ",
};

const FIGURE_WORDS: Readonly<Record<"plan" | "actual" | "attainment", string>> = {
  plan: "kế hoạch",
  actual: "thực hiện",
  attainment: "tỷ lệ % kế hoạch",
};

function isPledgeField(field: CellField): field is PledgeNumberField {
  return field in PLEDGE_WORDS;
}

/** A pledge cell says which number it is ("điểm thưởng tối đa "…""); a report cell's column says it already. */
function what(field: CellField): string {
  return isPledgeField(field) ? `${PLEDGE_WORDS[field]} ` : "";
}

/** "Ô E12: " when the finding names a cell. */
function at(where: Where): string {
  return where.cell === null ? "" : `Ô ${where.cell}: `;
}

/** The sheet row (1-based) of the finding's cell. */
function rowOf(where: Where): string {
  const p = where.cell === null ? null : parseCellAddress(where.cell);
  return p === null ? "…" : String(p.row + 1);
}

function points(n: number): string {
  return formatNumberVi(n);
}

function indicatorLabel(indicator: IndicatorRef): string {
  return `chỉ tiêu ${indicator.code} "${indicator.name}"`;
}

/** "Ô E12 (chỉ tiêu 3 …)", or "Chỉ tiêu 3 …" when the report has no such column. */
function cellLabel(indicator: IndicatorRef, where: Where): string {
  const label = indicatorLabel(indicator);
  return where.cell === null ? capitalize(label) : `Ô ${where.cell} (${label})`;
}

function fileNote(file: string | null): string {
  return file === null ? "" : ` (tệp ${file})`;
}

function invalidPoints(f: FindingOf<"INVALID_POINTS">): string {
  switch (f.reason) {
    case "notANumber":
      return `${at(f.where)}${PLEDGE_WORDS.maxPoints} "${f.text}" không phải là số.`;
    case "blank":
      return `${at(f.where)}${indicatorLabel(f.indicator)} chưa có điểm chuẩn; chỉ tiêu này tính 0 điểm.`;
    case "negative":
      return `${at(f.where)}điểm chuẩn ${formatNumberVi(f.points)} của chỉ tiêu ${f.indicatorCode} là số âm; chỉ tiêu này tính 0 điểm.`;
  }
}

function missingData(f: FindingOf<"MISSING_DATA">): string {
  switch (f.expected) {
    case "rate":
      return `chưa có ${listVi(f.missing.map((m) => FIGURE_WORDS[m]))}`;
    case "score":
      return "chưa có điểm chấm";
    case "grade":
      return "chưa ghi mức hoàn thành";
    case "passFail":
      return "chưa ghi Đạt hay Không đạt";
  }
}

function passedOver(f: FindingOf<"LEADER_PASSED_OVER">): string {
  const reasons: string[] = [];
  if (f.unmetMandatory.length > 0) reasons.push(`không đạt chỉ tiêu bắt buộc ${listVi(f.unmetMandatory)}`);
  if (f.hasErrors) reasons.push("số liệu còn lỗi cần sửa (xem các lỗi của đơn vị)");
  const outcome = f.leader === null ? "" : `; đơn vị dẫn đầu được đề nghị là ${f.leader.name} (xếp thứ ${f.leader.rank})`;
  return `${capitalize(f.where.member ?? "")} xếp thứ ${f.rank} nhưng không được đề nghị Cờ thi đua vì ${reasons.join(" và ")}${outcome}.`;
}

const UNREADABLE: Readonly<Record<FindingOf<"FILE_UNREADABLE">["problem"], (file: string) => string>> = {
  empty: (file) => `Tệp "${file}" trống (0 byte): có thể tệp chưa được lưu hoặc chép chưa xong; hãy lấy lại tệp từ người gửi.`,
  notXlsx: (file) =>
    `Tệp "${file}" không phải là sổ tính Excel .xlsx (có thể là tệp .xls cũ, CSV hoặc tệp khác đổi đuôi); hãy mở bằng Excel và lưu lại dạng .xlsx.`,
  encrypted: (file) => `Tệp "${file}" được bảo vệ bằng mật khẩu; hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.`,
  corrupt: (file) => `Tệp "${file}" bị hỏng, không đọc được; hãy mở bằng Excel và lưu lại.`,
  tooLarge: (file) => `Tệp "${file}" lớn hơn 50 MB, quá lớn để xử lý.`,
  tooLargeUnpacked: (file) => `Tệp "${file}" khi giải nén lớn hơn 500 MB, quá lớn để xử lý.`,
};

function unreadable(f: FindingOf<"FILE_UNREADABLE">): string {
  return UNREADABLE[f.problem](f.where.file ?? "");
}
