import type { PaneState } from "./reducer";

/**
 * What "Tải sổ kết quả (.xlsx)" puts in the file, said next to the button before the clerk clicks: the results are
 * computed again at download time, so the sentence names them by what they will be, not by what was written.
 */
export function downloadContents(state: Pick<PaneState, "analysis">, formValid: boolean): string {
  const { analysis } = state;
  if (analysis === null) return "Tệp tải về gồm sổ đang mở cùng kết quả tính lúc tải: xếp hạng, chi tiết điểm, kiểm tra và biên bản.";
  const { data, result } = analysis;
  if (data.pledge === null) return "Sổ chưa có giao ước nên chưa có kết quả: tệp tải về chỉ gồm sổ đang mở và các trang đã nhập.";
  if (data.reports.length === 0) return "Chưa có báo cáo của đơn vị nào nên chưa có kết quả: tệp tải về chỉ gồm sổ đang mở.";
  const year = result.year === null ? "" : ` ${result.year}`;
  const sheets = [`“Xếp hạng${year}”`, `“Chi tiết điểm${year}”`, ...(result.findings.length > 0 ? [`“Kiểm tra${year}”`] : [])];
  const minutes = formValid ? `“Biên bản${year}”` : `“Biên bản${year}” (mẫu biên bản còn ô chưa hợp lệ: các ô đó để trống)`;
  return `Tệp tải về gồm sổ đang mở và các trang ${sheets.join(", ")} và ${minutes}, theo kết quả hiện tại.`;
}
