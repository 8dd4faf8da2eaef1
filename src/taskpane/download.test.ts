import { resultFileName, workbookMime, XLSM_MIME, XLSX_MIME } from "./download";

describe("resultFileName", () => {
  it("names the result after the cluster workbook", () => {
    expect(resultFileName("so-cum.xlsx")).toBe("so-cum-xep-hang.xlsx");
    expect(workbookMime("so-cum-xep-hang.xlsx")).toBe(XLSX_MIME);
  });

  it("keeps a workbook with macros an .xlsm, so that its macros come with it", () => {
    expect(resultFileName("So cum.XLSM")).toBe("So cum-xep-hang.xlsm");
    expect(workbookMime("So cum-xep-hang.xlsm")).toBe(XLSM_MIME);
  });
});
