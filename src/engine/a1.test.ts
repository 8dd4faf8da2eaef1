import { cellAddress, columnLetters, parseCellAddress, rangeAddress, sheetRef } from "./a1";

describe("A1 addresses", () => {
  it("names columns past Z and ZZ", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(701)).toBe("ZZ");
    expect(columnLetters(702)).toBe("AAA");
  });
  it("round-trips a cell address", () => {
    expect(cellAddress(11, 27)).toBe("AB12");
    expect(parseCellAddress("AB12")).toEqual({ row: 11, col: 27 });
    expect(parseCellAddress("$C$3")).toEqual({ row: 2, col: 2 });
    expect(parseCellAddress("12")).toBeNull();
  });
  it("writes a single cell range as one address", () => {
    expect(rangeAddress(0, 0, 0, 0)).toBe("A1");
    expect(rangeAddress(0, 0, 4, 2)).toBe("A1:C5");
  });
  it("quotes sheet names with apostrophes", () => {
    expect(sheetRef("Đơn vị's", "A1")).toBe("'Đơn vị''s'!A1");
  });
});
