/** A large cluster for timing the reader: `members` reports of `indicators` indicators each, built as hosts deliver them. */
import type { RawValue, WorkbookSnapshot } from "../read/snapshot";
import { toRoman } from "../read/indicatorCode";
import { grid } from "./grid";

export function largeCluster(members: number, indicators: number): WorkbookSnapshot[] {
  const perGroup = 20;
  const pledgeRows: RawValue[][] = [["BẢNG GIAO ƯỚC THI ĐUA NĂM 2024"], ["STT", "Chỉ tiêu", "ĐVT", "Điểm chuẩn", "Cách chấm"]];
  const names: string[] = [];
  for (let i = 1; i <= indicators; i++) {
    if ((i - 1) % perGroup === 0) pledgeRows.push([toRoman((i - 1) / perGroup + 1), `Nhóm nhiệm vụ số ${(i - 1) / perGroup + 1}`]);
    names.push(`Chỉ tiêu thi đua số ${i} về phát triển kinh tế - xã hội`);
    pledgeRows.push([String(i), names[i - 1] ?? "", "tỷ đồng", 5, i % 7 === 0 ? "Nghịch" : "Tỷ lệ"]);
  }
  const books: WorkbookSnapshot[] = [{ file: "cum.xlsx", sheets: [grid("Giao ước", pledgeRows)] }];
  for (let m = 1; m <= members; m++) {
    const rows: RawValue[][] = [
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN NĂM 2024"],
      ["Đơn vị:", `xã Số ${m}`],
      ["STT", "Chỉ tiêu", "ĐVT", "Kết quả", null, "Tỷ lệ (%)", "So cùng kỳ", "Điểm tự chấm", "Ghi chú"],
      [null, null, null, "Kế hoạch", "Thực hiện", null, null, null, null],
    ];
    for (let i = 1; i <= indicators; i++) {
      if ((i - 1) % perGroup === 0) rows.push([toRoman((i - 1) / perGroup + 1), `Nhóm nhiệm vụ số ${(i - 1) / perGroup + 1}`]);
      // Copies, not the same string objects: a host hands every sheet its own strings.
      const name = ` ${names[i - 1] ?? ""}`.slice(1);
      const plan = 1000 + i;
      rows.push([String(i), name, "tỷ đồng", plan, i % 50 === 0 ? "1.234,5" : plan * (0.9 + (m % 20) / 100), 0.99, 0.05, 5, null]);
    }
    books.push({ file: `xa-${m}.xlsx`, sheets: [grid("Báo cáo", rows, { columnFormats: { 5: "0.00%", 6: "0.00%" } })] });
  }
  return books;
}
