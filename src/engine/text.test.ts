import { compareVi, fold, normalizeLabel, sameMemberName } from "./text";

describe("label matching", () => {
  it("ignores case, diacritics and đ", () => {
    expect(fold("  Điểm   CHUẨN ")).toBe("diem chuan");
    expect(fold("Thực\nhiện")).toBe("thuc hien");
  });
  it("drops a trailing colon and unit in parentheses", () => {
    expect(normalizeLabel("Thực hiện (tỷ đồng):")).toBe("thuc hien");
    expect(normalizeLabel("Tỷ lệ (%)")).toBe("ty le");
    expect(normalizeLabel("Đơn vị:")).toBe("don vi");
  });
  it("orders names the Vietnamese way", () => {
    const names = ["Đak Pơ", "Dak Doa", "An Khê", "Ân Thi", "Ă"];
    expect([...names].sort(compareVi)).toEqual(["An Khê", "Ă", "Ân Thi", "Dak Doa", "Đak Pơ"]);
  });
  it("treats a unit name with or without its kind as the same member", () => {
    expect(sameMemberName("huyện Đak Đoa", "Đak Đoa")).toBe(true);
    expect(sameMemberName("Thị xã An Khê", "AN KHÊ")).toBe(true);
    expect(sameMemberName("huyện Kbang", "huyện Mang Yang")).toBe(false);
  });
});
