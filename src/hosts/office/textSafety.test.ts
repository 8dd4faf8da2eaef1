import { literalValue, stringCellFormat } from "./textSafety";

describe("writing member text literally", () => {
  it.each(["=SUM(A1)", "+84 912", "-", "0912345678", "12/02/2025", "1 1/2", "2024-02-12 10:30", "1-Jan", "May 2024", "TRUE", "Huyện Đak Đoa"])(
    "formats %s as Text, whatever it looks like",
    (text) => {
      expect(stringCellFormat(text)).toBe("@");
      expect(literalValue(text)).toBe(text);
    },
  );

  it("keeps a paragraph over 255 characters in General (a Text cell would show ####), behind an apostrophe when it starts like a formula", () => {
    const paragraph = `- huyện Đak Pơ đạt ${"kết quả tốt, ".repeat(30)}`;
    expect(stringCellFormat(paragraph)).toBeNull();
    expect(literalValue(paragraph)).toBe(`'${paragraph}`);
    expect(literalValue(paragraph.slice(2))).toBe(paragraph.slice(2));
  });
});
