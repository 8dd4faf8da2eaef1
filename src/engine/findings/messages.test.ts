import type { FindingCode, FindingOf, IndicatorRef, Where } from "./finding";
import { makeFinding, NOWHERE } from "./makeFinding";
import { findingMessage } from "./messages";

const onReport = (cell: string | null, member = "huyện Kbang"): Where => ({ file: "kbang.xlsx", sheet: "Báo cáo", cell, member });
const onPledge = (cell: string | null): Where => ({ file: "cum.xlsx", sheet: "Giao ước", cell, member: null });
const onInfo = (cell: string): Where => ({ file: "cum.xlsx", sheet: "Thông tin", cell, member: null });
const indicator = (code: string, name = `Chỉ tiêu số ${code}`): IndicatorRef => ({ code, name });

/** At least one sentence per code: a code added to the union without one here fails to compile. */
const SENTENCES: { readonly [C in FindingCode]: readonly (readonly [FindingOf<C>, string])[] } = {
  NO_PLEDGE_SHEET: [
    [
      makeFinding("NO_PLEDGE_SHEET", "error", { ...NOWHERE, file: "giao-uoc.xlsx" }, {}),
      'Không tìm thấy trang tính giao ước thi đua trong tệp "giao-uoc.xlsx": cần một trang tính tên "Giao ước" (hoặc có "tiêu chí", "thang điểm", "bảng điểm"), hay một bảng có cột Điểm chuẩn và Cách chấm.',
    ],
    [
      makeFinding("NO_PLEDGE_SHEET", "error", NOWHERE, {}),
      'Không tìm thấy trang tính giao ước thi đua: cần một trang tính tên "Giao ước" (hoặc có "tiêu chí", "thang điểm", "bảng điểm"), hay một bảng có cột Điểm chuẩn và Cách chấm.',
    ],
  ],
  NO_REPORT_TABLE: [
    [
      makeFinding("NO_REPORT_TABLE", "error", { ...NOWHERE, file: "cong-van.xlsx" }, {}),
      'Tệp "cong-van.xlsx": không tìm thấy bảng báo cáo: cần các cột như Chỉ tiêu, Thực hiện.',
    ],
    [makeFinding("NO_REPORT_TABLE", "error", NOWHERE, {}), "Sổ tính này: không tìm thấy bảng báo cáo: cần các cột như Chỉ tiêu, Thực hiện."],
  ],
  NO_YEAR: [
    [
      makeFinding("NO_YEAR", "warning", NOWHERE, { text: null }),
      'Không tìm thấy năm đánh giá: hãy ghi "Năm" trong trang tính Thông tin, ghi "NĂM 2024" trong tiêu đề bảng, hoặc nhập năm đánh giá.',
    ],
    [makeFinding("NO_YEAR", "warning", onInfo("B3"), { text: "năm nay" }), 'Ô B3: không đọc được năm "năm nay"; hãy ghi năm bằng số, ví dụ 2024.'],
  ],
  FILE_UNREADABLE: [
    [
      makeFinding("FILE_UNREADABLE", "error", { ...NOWHERE, file: "bao-cao.xlsx" }, { problem: "notXlsx" }),
      'Tệp "bao-cao.xlsx" không phải là sổ tính Excel .xlsx (có thể là tệp .xls cũ, CSV hoặc tệp khác đổi đuôi); hãy mở bằng Excel và lưu lại dạng .xlsx.',
    ],
    [
      makeFinding("FILE_UNREADABLE", "error", { ...NOWHERE, file: "mat-khau.xlsx" }, { problem: "encrypted" }),
      'Tệp "mat-khau.xlsx" được bảo vệ bằng mật khẩu; hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.',
    ],
    [
      makeFinding("FILE_UNREADABLE", "error", { ...NOWHERE, file: "hong.xlsx" }, { problem: "corrupt" }),
      'Tệp "hong.xlsx" bị hỏng, không đọc được; hãy mở bằng Excel và lưu lại.',
    ],
    [makeFinding("FILE_UNREADABLE", "error", { ...NOWHERE, file: "lon.xlsx" }, { problem: "tooLarge" }), 'Tệp "lon.xlsx" lớn hơn 50 MB, quá lớn để xử lý.'],
    [
      makeFinding("FILE_UNREADABLE", "error", { ...NOWHERE, file: "bom.xlsx" }, { problem: "tooLargeUnpacked" }),
      'Tệp "bom.xlsx" khi giải nén lớn hơn 500 MB, quá lớn để xử lý.',
    ],
    [
      makeFinding("FILE_UNREADABLE", "error", { ...NOWHERE, file: "trong.xlsx" }, { problem: "empty" }),
      'Tệp "trong.xlsx" trống (0 byte): có thể tệp chưa được lưu hoặc chép chưa xong; hãy lấy lại tệp từ người gửi.',
    ],
  ],
  SHEET_TOO_LARGE: [
    [
      makeFinding("SHEET_TOO_LARGE", "warning", { ...NOWHERE, file: "lon.xlsx", sheet: "Trang 1" }, { cells: 2_000_000 }),
      'Trang tính "Trang 1" (tệp lon.xlsx) quá lớn để đọc (khoảng 2.000.000 ô; mỗi trang tính đọc được tối đa 2.000.000 ô có dữ liệu, 8.000.000 ô hay 1.048.576 hàng): đã bỏ qua trang tính này. Nếu đây là báo cáo, hãy xóa các ô nằm xa bảng số liệu rồi kiểm tra lại.',
    ],
  ],
  CELLS_OUT_OF_RANGE: [
    [
      makeFinding("CELLS_OUT_OF_RANGE", "warning", { file: "xa.xlsx", sheet: "Trang 1", cell: "XFD1048576", member: null }, { reason: "farAway", count: 1, first: "XFD1048576" }),
      'Trang tính "Trang 1" (tệp xa.xlsx): đã bỏ qua 1 ô nằm xa vùng số liệu (ô XFD1048576); nếu không cần, hãy xóa các ô đó.',
    ],
    [
      makeFinding("CELLS_OUT_OF_RANGE", "warning", { ...NOWHERE, file: "xa.xlsx", sheet: "Trang 1" }, { reason: "beyondExcel", count: 1200, first: "A99999999" }),
      'Trang tính "Trang 1" (tệp xa.xlsx): đã bỏ qua 1.200 ô nằm ngoài giới hạn của Excel (1.048.576 hàng × 16.384 cột), ví dụ ô A99999999.',
    ],
  ],
  NO_MEMBER_REPORT: [
    [
      makeFinding("NO_MEMBER_REPORT", "error", NOWHERE, {}),
      "Không tìm thấy báo cáo của đơn vị thành viên nào: hãy thêm các tệp báo cáo (trang tính có các cột Chỉ tiêu, Thực hiện); chưa thể chấm điểm, xếp hạng.",
    ],
  ],
  FILE_NOT_IMPORTED: [
    [
      makeFinding("FILE_NOT_IMPORTED", "error", { ...NOWHERE, file: "kbang.txt.xlsx" }, { reason: 'Tệp "kbang.txt.xlsx" bị hỏng, không đọc được; hãy mở bằng Excel và lưu lại.' }),
      'Không nhập được tệp “kbang.txt.xlsx”: Tệp "kbang.txt.xlsx" bị hỏng, không đọc được; hãy mở bằng Excel và lưu lại.',
    ],
  ],
  PLEDGE_MISSING_COLUMN: [
    [
      makeFinding("PLEDGE_MISSING_COLUMN", "error", onPledge(null), { missing: ["maxPoints"] }),
      'Trang tính "Giao ước": bảng giao ước thiếu cột Điểm chuẩn (cần các cột Mã/STT, Chỉ tiêu, Điểm chuẩn).',
    ],
    [
      makeFinding("PLEDGE_MISSING_COLUMN", "error", onPledge(null), { missing: ["code", "name", "maxPoints"] }),
      'Trang tính "Giao ước": bảng giao ước thiếu cột Mã, Chỉ tiêu, Điểm chuẩn (cần các cột Mã/STT, Chỉ tiêu, Điểm chuẩn).',
    ],
  ],
  PLEDGE_EMPTY: [
    [
      makeFinding("PLEDGE_EMPTY", "error", onPledge(null), {}),
      'Trang tính "Giao ước" không có chỉ tiêu nào (cần các dòng có mã như 1, 2, 1.1 và điểm chuẩn).',
    ],
  ],
  UNKNOWN_RULE: [
    [
      makeFinding("UNKNOWN_RULE", "error", onPledge("D2"), { indicatorCode: "1", text: "Bình quân gia quyền" }),
      'Ô D2: cách chấm "Bình quân gia quyền" của chỉ tiêu 1 không nhận ra được, nên chỉ tiêu này không được chấm. ' +
        "Các cách chấm dùng được: Tỷ lệ, Nghịch, Tương quan, Đạt/Không đạt, Mức độ, Chấm trực tiếp, Cộng điểm, Trừ điểm, Theo mức.",
    ],
  ],
  INVALID_POINTS: [
    [makeFinding("INVALID_POINTS", "error", onPledge("C3"), { reason: "notANumber", text: "ba mươi" }), 'Ô C3: điểm "ba mươi" không phải là số.'],
    [
      makeFinding("INVALID_POINTS", "error", onPledge("C2"), { reason: "blank", indicator: indicator("1", "Thu ngân sách") }),
      'Ô C2: chỉ tiêu 1 "Thu ngân sách" chưa có điểm chuẩn; chỉ tiêu này tính 0 điểm.',
    ],
    [
      makeFinding("INVALID_POINTS", "error", onPledge("C4"), { reason: "negative", indicatorCode: "3", points: -5.5 }),
      "Ô C4: điểm chuẩn -5,5 của chỉ tiêu 3 là số âm; chỉ tiêu này tính 0 điểm.",
    ],
  ],
  DUPLICATE_CODE: [
    [makeFinding("DUPLICATE_CODE", "error", onPledge("A3"), { indicatorCode: "1", firstRow: 2 }), 'Ô A3: mã chỉ tiêu "1" trùng với dòng 2; dòng này bị bỏ qua.'],
  ],
  GROUP_POINTS_MISMATCH: [
    [
      makeFinding("GROUP_POINTS_MISMATCH", "warning", onPledge("D7"), { group: "II", name: "Văn hóa - xã hội", given: 45, sum: 40 }),
      'Ô D7: nhóm II "Văn hóa - xã hội" ghi 45 điểm nhưng các chỉ tiêu trong nhóm cộng lại 40 điểm.',
    ],
  ],
  PARENT_POINTS_MISMATCH: [
    [
      makeFinding("PARENT_POINTS_MISMATCH", "warning", onPledge("C5"), { indicatorCode: "2", children: ["2.1", "2.2"], given: 20, sum: 22 }),
      "Ô C5: chỉ tiêu 2 ghi 20 điểm nhưng các chỉ tiêu con (2.1, 2.2) cộng lại 22 điểm.",
    ],
  ],
  TOTAL_POINTS_MISMATCH: [
    [
      makeFinding("TOTAL_POINTS_MISMATCH", "warning", onPledge("D11"), { name: "Tổng điểm", given: 110, sum: 100 }),
      'Ô D11: dòng "Tổng điểm" ghi 110 điểm nhưng các chỉ tiêu cộng lại 100 điểm.',
    ],
  ],
  NOT_A_NUMBER: [
    [makeFinding("NOT_A_NUMBER", "error", onReport("E6"), { field: "actual", text: "hai nghìn", indicator: null }), 'Ô E6: "hai nghìn" không phải là số.'],
    [
      makeFinding("NOT_A_NUMBER", "error", onPledge("E4"), { field: "bonusPerPercent", text: "nửa điểm", indicator: null }),
      'Ô E4: điểm thưởng mỗi 1% "nửa điểm" không phải là số.',
    ],
    [
      makeFinding("NOT_A_NUMBER", "warning", onInfo("B1"), { field: "meritCount", text: "hai", indicator: null }),
      'Ô B1: số Bằng khen đề nghị "hai" không phải là số nguyên; dùng mặc định 2.',
    ],
    [
      makeFinding("NOT_A_NUMBER", "error", onReport("E10"), { field: "actual", text: "hai nghìn", indicator: indicator("1") }),
      'Ô E10 (chỉ tiêu 1 "Chỉ tiêu số 1"): "hai nghìn" không phải là số; chỉ tiêu được 0 điểm.',
    ],
    [
      makeFinding("NOT_A_NUMBER", "error", onReport(null), { field: "actual", text: "hai nghìn", indicator: indicator("1") }),
      'Chỉ tiêu 1 "Chỉ tiêu số 1": "hai nghìn" không phải là số; chỉ tiêu được 0 điểm.',
    ],
  ],
  EXCEL_ERROR: [
    [
      makeFinding("EXCEL_ERROR", "error", onReport("F6"), { field: "attainment", text: "#DIV/0!", indicator: null }),
      'Ô F6: lỗi Excel "#DIV/0!"; cần sửa công thức hoặc nhập số liệu.',
    ],
    [
      makeFinding("EXCEL_ERROR", "error", onPledge("F3"), { field: "bonusCap", text: "#REF!", indicator: null }),
      'Ô F3: điểm thưởng tối đa bị lỗi Excel "#REF!"; cần sửa công thức hoặc nhập số.',
    ],
    [
      makeFinding("EXCEL_ERROR", "error", onReport("D10"), { field: "plan", text: "#N/A", indicator: indicator("1") }),
      'Ô D10 (chỉ tiêu 1 "Chỉ tiêu số 1"): ô có lỗi Excel "#N/A"; chỉ tiêu được 0 điểm.',
    ],
  ],
  APPROXIMATE_VALUE: [
    [
      makeFinding("APPROXIMATE_VALUE", "warning", onReport("D6"), { field: "plan", text: "khoảng 2.700", value: 2700 }),
      'Ô D6: "khoảng 2.700" là số ước lượng; tạm lấy 2.700.',
    ],
    [makeFinding("APPROXIMATE_VALUE", "warning", onReport("E9"), { field: "actual", text: "ước 2,5", value: 2.5 }), 'Ô E9: "ước 2,5" là số ước lượng; tạm lấy 2,5.'],
    [makeFinding("APPROXIMATE_VALUE", "warning", onPledge("C2"), { field: "maxPoints", text: "~30", value: 30 }), 'Ô C2: điểm "~30" là số ước lượng; tạm lấy 30.'],
  ],
  ENGLISH_DECIMAL: [
    [
      makeFinding("ENGLISH_DECIMAL", "warning", onReport("F6"), { field: "attainment", text: "100.05", value: 100.05 }),
      'Ô F6: "100.05" dùng dấu chấm làm dấu thập phân; đã hiểu là 100,05.',
    ],
  ],
  INVALID_DATE: [
    [
      makeFinding("INVALID_DATE", "warning", onInfo("B1"), { text: "đầu tháng Hai" }),
      'Ô B1: không đọc được ngày hội nghị "đầu tháng Hai"; hãy ghi ngày dạng dd/mm/yyyy.',
    ],
  ],
  DUPLICATE_MEMBER: [
    [
      makeFinding("DUPLICATE_MEMBER", "error", { file: "kbang-2.xlsx", sheet: "Báo cáo", cell: null, member: "KBANG" }, { first: { file: "kbang.xlsx", sheet: "Báo cáo" } }),
      'Đơn vị "KBANG" có hai báo cáo: trang tính "Báo cáo" (tệp kbang.xlsx) và trang tính "Báo cáo" (tệp kbang-2.xlsx); chỉ dùng báo cáo đầu tiên.',
    ],
    [
      makeFinding("DUPLICATE_MEMBER", "error", { file: null, sheet: "KBANG", cell: null, member: "KBANG" }, { first: { file: null, sheet: "Kbang" } }),
      'Đơn vị "KBANG" có hai báo cáo: trang tính "Kbang" và trang tính "KBANG"; chỉ dùng báo cáo đầu tiên.',
    ],
  ],
  MISSING_INDICATOR: [
    [
      makeFinding("MISSING_INDICATOR", "error", onReport(null, "thị xã An Khê"), { indicator: indicator("3", "Tỷ lệ hộ nghèo giảm") }),
      'Báo cáo của thị xã An Khê thiếu chỉ tiêu 3 "Tỷ lệ hộ nghèo giảm"; chỉ tiêu này tính 0 điểm.',
    ],
  ],
  UNMATCHED_ROW: [
    [
      makeFinding("UNMATCHED_ROW", "warning", onReport("B6"), { indicatorCode: "5", name: "Số doanh nghiệp thành lập mới" }),
      'Ô B6: dòng "Số doanh nghiệp thành lập mới" không khớp chỉ tiêu nào trong giao ước; dòng này không được chấm.',
    ],
    [
      makeFinding("UNMATCHED_ROW", "warning", onReport("A7"), { indicatorCode: "9", name: "" }),
      "Ô A7: dòng mã 9 không khớp chỉ tiêu nào trong giao ước; dòng này không được chấm.",
    ],
  ],
  MORE_WARNINGS: [
    [
      makeFinding("MORE_WARNINGS", "warning", { file: "kbang.xlsx", sheet: "Báo cáo", cell: null, member: "huyện Kbang" }, { of: "UNMATCHED_ROW", count: 249_900, last: "B101" }),
      'Trang tính "Báo cáo" (tệp kbang.xlsx): còn 249.900 cảnh báo cùng loại như cảnh báo ở ô B101, không liệt kê hết ở đây.',
    ],
  ],
  FUZZY_MATCH: [
    [
      makeFinding("FUZZY_MATCH", "warning", onReport("A4"), {
        name: "Thu ngân sách nhà nước trên địa bàn huyện",
        indicator: indicator("2", "Thu ngân sách nhà nước trên địa bàn"),
      }),
      'Ô A4: "Thu ngân sách nhà nước trên địa bàn huyện" được ghép với chỉ tiêu 2 "Thu ngân sách nhà nước trên địa bàn" của giao ước vì tên gần giống; hãy kiểm tra lại.',
    ],
  ],
  DUPLICATE_ROW: [
    [
      makeFinding("DUPLICATE_ROW", "warning", onReport("B4"), { indicator: indicator("1", "Tổng giá trị sản xuất"), firstRow: 3 }),
      'Dòng 4: chỉ tiêu 1 "Tổng giá trị sản xuất" đã có ở dòng 3; dòng này bị bỏ qua.',
    ],
  ],
  MISSING_DATA: [
    [
      makeFinding("MISSING_DATA", "error", onReport("D10"), { indicator: indicator("1"), expected: "rate", missing: ["plan", "actual", "attainment"] }),
      'Ô D10 (chỉ tiêu 1 "Chỉ tiêu số 1"): thiếu số liệu (chưa có kế hoạch, thực hiện và tỷ lệ % kế hoạch); chỉ tiêu được 0 điểm.',
    ],
    [
      makeFinding("MISSING_DATA", "error", onReport("E10"), { indicator: indicator("1"), expected: "rate", missing: ["actual", "attainment"] }),
      'Ô E10 (chỉ tiêu 1 "Chỉ tiêu số 1"): thiếu số liệu (chưa có thực hiện và tỷ lệ % kế hoạch); chỉ tiêu được 0 điểm.',
    ],
    [
      makeFinding("MISSING_DATA", "error", onReport("I10"), { indicator: indicator("4"), expected: "score", missing: [] }),
      'Ô I10 (chỉ tiêu 4 "Chỉ tiêu số 4"): thiếu số liệu (chưa có điểm chấm); chỉ tiêu được 0 điểm.',
    ],
    [
      makeFinding("MISSING_DATA", "error", onReport("E10"), { indicator: indicator("3"), expected: "grade", missing: [] }),
      'Ô E10 (chỉ tiêu 3 "Chỉ tiêu số 3"): thiếu số liệu (chưa ghi mức hoàn thành); chỉ tiêu được 0 điểm.',
    ],
    [
      makeFinding("MISSING_DATA", "error", onReport("F10"), { indicator: indicator("2"), expected: "passFail", missing: [] }),
      'Ô F10 (chỉ tiêu 2 "Chỉ tiêu số 2"): thiếu số liệu (chưa ghi Đạt hay Không đạt); chỉ tiêu được 0 điểm.',
    ],
  ],
  PLAN_NOT_POSITIVE: [
    [
      makeFinding("PLAN_NOT_POSITIVE", "error", onReport("D10"), { indicator: indicator("1"), plan: 0 }),
      'Ô D10 (chỉ tiêu 1 "Chỉ tiêu số 1"): kế hoạch là 0, phải lớn hơn 0 mới tính được tỷ lệ; chỉ tiêu được 0 điểm.',
    ],
    [
      makeFinding("PLAN_NOT_POSITIVE", "error", onReport("D10"), { indicator: indicator("1"), plan: -2.5 }),
      'Ô D10 (chỉ tiêu 1 "Chỉ tiêu số 1"): kế hoạch là -2,5, phải lớn hơn 0 mới tính được tỷ lệ; chỉ tiêu được 0 điểm.',
    ],
  ],
  ATTAINMENT_FROM_REPORT: [
    [
      makeFinding("ATTAINMENT_FROM_REPORT", "warning", onReport("F10"), { indicator: indicator("1"), missing: ["plan"], reported: 100.44 }),
      'Ô F10 (chỉ tiêu 1 "Chỉ tiêu số 1"): thiếu kế hoạch, tỷ lệ lấy theo số đơn vị báo cáo (100,44%).',
    ],
    [
      makeFinding("ATTAINMENT_FROM_REPORT", "warning", onReport("F10"), { indicator: indicator("1"), missing: ["plan", "actual"], reported: 95 }),
      'Ô F10 (chỉ tiêu 1 "Chỉ tiêu số 1"): thiếu kế hoạch và thực hiện, tỷ lệ lấy theo số đơn vị báo cáo (95%).',
    ],
  ],
  ATTAINMENT_MISMATCH: [
    [
      makeFinding("ATTAINMENT_MISMATCH", "warning", onReport("F10"), { indicator: indicator("1"), reported: 95, computed: 90.0000001 }),
      'Ô F10 (chỉ tiêu 1 "Chỉ tiêu số 1"): tỷ lệ đơn vị báo cáo là 95%, khác tỷ lệ tính từ kế hoạch và thực hiện (90%); điểm tính theo 90%.',
    ],
  ],
  INVALID_PASS_VALUE: [
    [
      makeFinding("INVALID_PASS_VALUE", "error", onReport("E10"), { indicator: indicator("2"), text: "Cơ bản đạt" }),
      'Ô E10 (chỉ tiêu 2 "Chỉ tiêu số 2"): "Cơ bản đạt" không phải là Đạt hay Không đạt; chỉ tiêu được 0 điểm.',
    ],
  ],
  INVALID_GRADE_VALUE: [
    [
      makeFinding("INVALID_GRADE_VALUE", "error", onReport("E10"), { indicator: indicator("3"), text: "Tuyệt vời" }),
      'Ô E10 (chỉ tiêu 3 "Chỉ tiêu số 3"): "Tuyệt vời" không phải là mức hoàn thành ' +
        "(Hoàn thành xuất sắc, Hoàn thành tốt, Hoàn thành, Trung bình, Không hoàn thành); chỉ tiêu được 0 điểm.",
    ],
  ],
  DIRECT_CLAMPED: [
    [
      makeFinding("DIRECT_CLAMPED", "warning", onReport("I10"), { indicator: indicator("4"), value: 18, max: 15 }),
      'Ô I10 (chỉ tiêu 4 "Chỉ tiêu số 4"): điểm 18 vượt điểm chuẩn 15; chỉ tính 15 điểm.',
    ],
    [
      makeFinding("DIRECT_CLAMPED", "warning", onReport("E10"), { indicator: indicator("4"), value: -2, max: 15 }),
      'Ô E10 (chỉ tiêu 4 "Chỉ tiêu số 4"): điểm -2 nhỏ hơn 0; tính 0 điểm.',
    ],
  ],
  INVALID_BANDS: [
    [
      makeFinding("INVALID_BANDS", "error", onPledge("F9"), { indicatorCode: "a1.2", text: "từ cao xuống thấp" }),
      'Ô F9: không đọc được mức điểm "từ cao xuống thấp" của chỉ tiêu a1.2 (cần dạng "≥ 98%: 5; từ 97% đến dưới 98%: 4; dưới 96%: 0"), nên chỉ tiêu này không được chấm.',
    ],
  ],
  BAND_ABOVE_MAX: [
    [
      makeFinding("BAND_ABOVE_MAX", "warning", onPledge("F9"), { indicatorCode: "a1.2", points: 6, max: 5 }),
      "Ô F9: chỉ tiêu a1.2 có mức 6 điểm, cao hơn điểm chuẩn 5 điểm.",
    ],
  ],
  INVALID_CLASSIFICATION: [
    [
      makeFinding("INVALID_CLASSIFICATION", "warning", onInfo("B14"), { text: "Tốt: nhiều" }),
      'Ô B14: không đọc được xếp loại "Tốt: nhiều" (cần dạng "Hoàn thành xuất sắc: 95%; Hoàn thành tốt: 80%; Hoàn thành: 50%; Không hoàn thành"); không xếp loại.',
    ],
  ],
  NEGATIVE_VALUE: [
    [
      makeFinding("NEGATIVE_VALUE", "error", onReport("D10"), { field: "plan", value: -3.5, indicator: indicator("2") }),
      'Ô D10 (chỉ tiêu 2 "Chỉ tiêu số 2"): kế hoạch là số âm (-3,5); chỉ tiêu được 0 điểm.',
    ],
  ],
  ATTAINMENT_TOO_HIGH: [
    [
      makeFinding("ATTAINMENT_TOO_HIGH", "warning", onReport("F10"), { indicator: indicator("2"), attainment: 2735.764 }),
      'Ô F10 (chỉ tiêu 2 "Chỉ tiêu số 2"): tỷ lệ 2.735,764% vượt quá 1.000%; có thể đơn vị tính bị nhầm, hãy kiểm tra lại.',
    ],
  ],
  APPRAISAL_CHANGED: [
    [
      makeFinding("APPRAISAL_CHANGED", "warning", onReport("I10"), { indicator: indicator("a1"), computed: 8.5, appraised: 8, reason: "Nộp báo cáo trễ", cap: null }),
      'Ô I10 (chỉ tiêu a1 "Chỉ tiêu số a1"): điểm thẩm định 8 khác điểm tính theo giao ước 8,5 (lý do: "Nộp báo cáo trễ"); dùng điểm thẩm định.',
    ],
    [
      makeFinding("APPRAISAL_CHANGED", "warning", onReport("I10"), { indicator: indicator("a1"), computed: 10, appraised: 11, reason: "Có sáng kiến", cap: 10 }),
      'Ô I10 (chỉ tiêu a1 "Chỉ tiêu số a1"): điểm thẩm định 11 khác điểm tính theo giao ước 10, vượt mức tối đa 10 điểm của bảng điểm (lý do: "Có sáng kiến"); dùng điểm thẩm định.',
    ],
  ],
  APPRAISAL_CLAMPED: [
    [
      makeFinding("APPRAISAL_CLAMPED", "warning", onReport("I10"), { indicator: indicator("a1"), value: 12, min: 0, max: 10 }),
      'Ô I10 (chỉ tiêu a1 "Chỉ tiêu số a1"): điểm thẩm định 12 không có lý do, phải từ 0 đến 10 điểm; tính 10 điểm.',
    ],
    [
      makeFinding("APPRAISAL_CLAMPED", "warning", onReport("I11"), { indicator: indicator("a1.1"), value: 1, min: -Infinity, max: 0 }),
      'Ô I11 (chỉ tiêu a1.1 "Chỉ tiêu số a1.1"): điểm thẩm định 1 không có lý do, không được lớn hơn 0 điểm; tính 0 điểm.',
    ],
  ],
  NOTHING_TO_SCORE: [
    [
      makeFinding("NOTHING_TO_SCORE", "error", onReport(null), {}),
      "Huyện Kbang không được giao chỉ tiêu nào trong giao ước, nên không có gì để chấm điểm.",
    ],
  ],
  NEGATIVE_COUNT: [
    [
      makeFinding("NEGATIVE_COUNT", "error", onReport("E10"), { indicator: indicator("5"), count: -1 }),
      'Ô E10 (chỉ tiêu 5 "Chỉ tiêu số 5"): số lần phải là số không âm, đơn vị ghi -1; chỉ tiêu được 0 điểm.',
    ],
  ],
  RULE_NOT_SCORED: [
    [
      makeFinding("RULE_NOT_SCORED", "error", onReport("E12"), { indicator: indicator("7"), ruleText: "Theo cảm tính" }),
      'Chỉ tiêu 7 "Chỉ tiêu số 7" chưa được chấm vì cách chấm "Theo cảm tính" trong bảng giao ước không hợp lệ; chỉ tiêu được 0 điểm.',
    ],
    [
      makeFinding("RULE_NOT_SCORED", "error", onReport(null), { indicator: indicator("7"), ruleText: null }),
      'Chỉ tiêu 7 "Chỉ tiêu số 7" chưa được chấm vì cách chấm trong bảng giao ước không hợp lệ; chỉ tiêu được 0 điểm.',
    ],
  ],
  SELF_SCORE_DIFFERS: [
    [
      makeFinding("SELF_SCORE_DIFFERS", "warning", onReport(null), { selfScore: 30, total: 27 }),
      "Huyện Kbang tự chấm tổng 30 điểm, còn điểm tính theo giao ước là 27 điểm (chênh 3 điểm).",
    ],
    [
      makeFinding("SELF_SCORE_DIFFERS", "warning", onReport(null), { selfScore: 27.25, total: 30 }),
      "Huyện Kbang tự chấm tổng 27,25 điểm, còn điểm tính theo giao ước là 30 điểm (chênh 2,75 điểm).",
    ],
  ],
  TIE_FOR_FIRST: [
    [
      makeFinding("TIE_FOR_FIRST", "warning", NOWHERE, { members: ["huyện Đak Pơ", "huyện Kbang"], rank: 1 }),
      "Huyện Đak Pơ và huyện Kbang cùng xếp thứ nhất; hội nghị cần bình xét, bỏ phiếu để chọn đơn vị dẫn đầu, nên chưa đề nghị Cờ thi đua và Bằng khen.",
    ],
    [
      makeFinding("TIE_FOR_FIRST", "warning", NOWHERE, { members: ["huyện A", "huyện B"], rank: 2 }),
      "Huyện A và huyện B cùng xếp thứ 2 và là các đơn vị đủ điều kiện đứng đầu; hội nghị cần bình xét, bỏ phiếu để chọn đơn vị dẫn đầu, nên chưa đề nghị Cờ thi đua và Bằng khen.",
    ],
  ],
  LEADER_PASSED_OVER: [
    [
      makeFinding("LEADER_PASSED_OVER", "warning", onReport(null), {
        rank: 1,
        unmetMandatory: ["2"],
        hasErrors: false,
        leader: { name: "huyện Đak Pơ", rank: 2 },
      }),
      "Huyện Kbang xếp thứ 1 nhưng không được đề nghị Cờ thi đua vì không đạt chỉ tiêu bắt buộc 2; đơn vị dẫn đầu được đề nghị là huyện Đak Pơ (xếp thứ 2).",
    ],
    [
      makeFinding("LEADER_PASSED_OVER", "warning", onReport(null), { rank: 1, unmetMandatory: ["2"], hasErrors: true, leader: null }),
      "Huyện Kbang xếp thứ 1 nhưng không được đề nghị Cờ thi đua vì không đạt chỉ tiêu bắt buộc 2 và số liệu còn lỗi cần sửa (xem các lỗi của đơn vị).",
    ],
  ],
  MERIT_TIE: [
    [
      makeFinding("MERIT_TIE", "warning", NOWHERE, { members: ["huyện C", "huyện D"], rank: 3, meritCount: 2, proposed: 3 }),
      "Huyện C và huyện D cùng xếp thứ 3 ở ranh giới số Bằng khen đề nghị (2); đề nghị Bằng khen cho cả 3 đơn vị, hội nghị xem xét.",
    ],
  ],
  NO_ELIGIBLE_LEADER: [
    [
      makeFinding("NO_ELIGIBLE_LEADER", "warning", NOWHERE, {}),
      "Không có đơn vị nào đủ điều kiện đề nghị Cờ thi đua: mọi đơn vị đều không đạt chỉ tiêu bắt buộc hoặc có số liệu còn lỗi.",
    ],
  ],
};

const cases = Object.values(SENTENCES).flatMap((list) => list.map(([finding, sentence]) => [finding.code, finding, sentence] as const));

describe("the Vietnamese message catalogue", () => {
  it.each(cases)("words %s", (_code, finding, sentence) => {
    expect(findingMessage(finding)).toBe(sentence);
  });

  it("never names the cell twice, nor says sheet for trang tính", () => {
    for (const [, finding] of cases) {
      const message = findingMessage(finding);
      if (finding.where.cell !== null) expect(message.split(finding.where.cell).length - 1).toBeLessThanOrEqual(1);
      expect(message).not.toMatch(/\bsheet\b/i);
    }
  });
});
