import { sheetOfReference } from "./workbookLayout";
import { topLeftOf } from "./readWorkbook";
import { fileNameOf } from "./OfficeWorkbookHost";

describe("reading Excel's addresses", () => {
  it("finds the sheet of a named range, quoted or not", () => {
    expect(sheetOfReference("'Xếp hạng 2024'!$A$1")).toBe("Xếp hạng 2024");
    expect(sheetOfReference("=Sheet1!$A$1")).toBe("Sheet1");
    expect(sheetOfReference("'Bà Rịa''s'!$A$1")).toBe("Bà Rịa's");
    expect(sheetOfReference("#REF!")).toBeNull();
    expect(sheetOfReference("=#REF!$A$1")).toBeNull();
  });

  it("takes a used range's top-left from its address", () => {
    expect(topLeftOf("'Báo cáo'!B3:F40")).toEqual({ top: 2, left: 1 });
    expect(topLeftOf("Sheet1!A1")).toEqual({ top: 0, left: 0 });
  });

  it("takes the file name from the document URL", () => {
    expect(fileNameOf("C:\\Users\\td\\Cụm 2.xlsx")).toBe("Cụm 2.xlsx");
    expect(fileNameOf("https://x/y/C%E1%BB%A5m.xlsx?web=1")).toBe("Cụm.xlsx");
    expect(fileNameOf("")).toBeNull();
  });
});
