import { findHeader } from "./findHeader";
import { LabelCache } from "./labelCache";
import { grid } from "../testing/grid";

const columnsOf = (rows: Parameters<typeof grid>[1]) => findHeader(grid("Báo cáo", rows), new LabelCache());

describe("finding a table's header", () => {
  it("reads a merged Điểm over Tự chấm | Cụm chấm beside vertically merged cells", () => {
    const header = columnsOf([
      ["Biểu số 02"],
      ["TT", "Nội dung\nchỉ tiêu", "Thực hiện\nnăm 2024", "Điểm", null, "Ghi chú"],
      [null, null, null, "Tự chấm", "Cụm chấm", null],
      ["1", "Thu ngân sách", 10, 5, 5, null],
    ]);
    expect(header).toEqual({
      top: 1,
      bottom: 2,
      columns: { code: 0, name: 1, actual: 2, selfScore: 3, clusterScore: 4, note: 5 },
    });
  });

  it("takes this year's column when two years are reported side by side", () => {
    const header = columnsOf([["STT", "Chỉ tiêu", "TH năm 2023", "KH năm 2024", "TH năm 2024", "So cùng kỳ (%)"]]);
    expect(header?.columns).toEqual({ code: 0, name: 1, actual: 4, plan: 3, growth: 5 });
  });

  it("ignores case, diacritics, a trailing colon and a unit in parentheses", () => {
    const header = columnsOf([["stt", "CHI TIEU:", "Ke hoach (ty dong)", "THỰC HIỆN (tỷ đồng)", "Tỷ lệ % KH"]]);
    expect(header?.columns).toEqual({ code: 0, name: 1, plan: 2, actual: 3, attainment: 4 });
  });

  it("finds no header in a letter or a sheet of figures", () => {
    expect(columnsOf([["Kính gửi: Cụm trưởng"], ["Thực hiện công văn số 12"]])).toBeNull();
    expect(columnsOf([[1, 2, 3], [4, 5, 6]])).toBeNull();
  });

  it("looks no further than the first rows of the sheet", () => {
    const rows = [...Array.from({ length: 20 }, () => ["Ghi chú dài"]), ["STT", "Chỉ tiêu", "Thực hiện"]];
    expect(columnsOf(rows)).toBeNull();
  });
});
