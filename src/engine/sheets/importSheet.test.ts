import type { SheetSnapshot } from "../read/snapshot";
import { importSheet } from "./importSheet";
import { specProblems, styleAt, valueAt } from "../testing/sheetSpecs";

function snapshot(overrides: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return {
    name: "Báo cáo",
    top: 2,
    left: 1,
    values: [
      ["Đơn vị: huyện Đak Đoa", null, null, null],
      ["STT", "Chỉ tiêu", "Thực hiện", "Tỷ lệ (%)"],
      ["1", "Tổng giá trị sản xuất", 10858, 1.0044],
      ["2", "Thu ngân sách", "=1+1", 0.98],
      ["3", "Ngày báo cáo", 45698, null],
    ],
    formats: [
      ["General", "General", "General", "General"],
      ["General", "General", "General", "General"],
      ["General", "General", "#,##0.000", "0.00%"],
      ["General", "General", "General", "0.00%"],
      ["General", "General", "dd/mm/yyyy", "General"],
    ],
    tag: null,
    ...overrides,
  };
}

describe("importSheet", () => {
  it("names the sheet TH <member> and tags it with an ASCII slug", () => {
    const p = importSheet(snapshot(), "huyện Đak Đoa");
    expect(p.name).toBe("TH huyện Đak Đoa");
    expect(p.tag).toBe("import_huyen_dak_doa");
    expect(specProblems(p)).toEqual([]);
  });

  it("copies the values as reported to the same cells", () => {
    const p = importSheet(snapshot(), "huyện Đak Đoa");
    expect(valueAt(p, "B3")).toBe("Đơn vị: huyện Đak Đoa");
    expect(valueAt(p, "D5")).toBe(10858);
    expect(valueAt(p, "E5")).toBe(1.0044);
    expect(valueAt(p, "A1")).toBeNull();
    expect(p.values).toHaveLength(7);
    expect(p.values.every((r) => r.length === 5)).toBe(true);
  });

  it("keeps a text that looks like a formula as text", () => {
    expect(valueAt(importSheet(snapshot(), "huyện Đak Đoa"), "D6")).toBe("=1+1");
  });

  it("keeps number formats, grouping equal formats into one range", () => {
    const p = importSheet(snapshot(), "huyện Đak Đoa");
    expect(styleAt(p, "D5")).toMatchObject({ numberFormat: "#,##0.000", fontName: "Times New Roman" });
    expect(styleAt(p, "E5")).toMatchObject({ numberFormat: "0.00%" });
    expect(styleAt(p, "D7")).toMatchObject({ numberFormat: "dd/mm/yyyy" });
    expect(styleAt(p, "D6").numberFormat).toBeUndefined();
    const formatRanges = p.styles.filter((s) => s.style.numberFormat !== undefined);
    expect(formatRanges.map((s) => [s.range, s.style.numberFormat])).toEqual([
      [{ top: 4, left: 3, bottom: 4, right: 3 }, "#,##0.000"],
      [{ top: 4, left: 4, bottom: 5, right: 4 }, "0.00%"],
      [{ top: 6, left: 3, bottom: 6, right: 3 }, "dd/mm/yyyy"],
    ]);
  });

  it("adds the member's name in A1 when the report does not name it, so the copy reads back as the same member", () => {
    const unnamed = snapshot({ values: snapshot().values.slice(1), formats: snapshot().formats.slice(1) });
    expect(valueAt(importSheet(unnamed, "huyện Kbang"), "A1")).toBe("Đơn vị: huyện Kbang");
  });

  it("adds the name when the only Đơn vị label above the table gives the unit of its figures, as the reader reads it", () => {
    const inMillions = snapshot({ values: [["Đơn vị: triệu đồng", null, null, null], ...snapshot().values.slice(1)] });
    expect(valueAt(importSheet(inMillions, "huyện Kbang"), "A1")).toBe("Đơn vị: huyện Kbang");
  });

  it("adds nothing when a Tên đơn vị label names the member in the next cell", () => {
    const labelled = snapshot({ values: [["Tên đơn vị", "huyện Kbang", null, null], ...snapshot().values.slice(1)] });
    expect(valueAt(importSheet(labelled, "huyện Kbang"), "A1")).toBeNull();
  });

  it("cuts a long member name to 31 characters", () => {
    const p = importSheet(snapshot(), "Ủy ban nhân dân thị trấn Phú Hòa huyện Chư Păh");
    expect(p.name).toBe("TH Ủy ban nhân dân thị trấn Phú");
    expect(p.name.length).toBeLessThanOrEqual(31);
  });
});
