import { checkSupport, describeMissing } from "./requirementSets";
import { createFakeExcel } from "./testing/fakeExcel";

describe("checkSupport", () => {
  it("finds nothing missing on a current Excel", () => {
    expect(checkSupport(createFakeExcel({ apiVersion: "1.17" }).isSetSupported)).toEqual([]);
  });

  it("lists page setup as the one optional set Excel 2019 (ExcelApi 1.8) lacks", () => {
    const missing = checkSupport(createFakeExcel({ apiVersion: "1.8" }).isSetSupported);
    expect(missing.map((s) => [s.version, s.required])).toEqual([["1.9", false]]);
    expect(describeMissing(missing[0]!)).toBe(
      "Phiên bản Excel này chưa hỗ trợ ExcelApi 1.9: kết quả vẫn được ghi nhưng bỏ qua thiết lập trang in (khổ A4, hướng giấy, lề, vùng in).",
    );
  });

  it("puts the required set first on an Excel that cannot run the add-in", () => {
    const missing = checkSupport(createFakeExcel({ apiVersion: "1.2" }).isSetSupported);
    expect(missing.map((s) => s.version)).toEqual(["1.4", "1.6", "1.7", "1.9"]);
    expect(missing[0]!.required).toBe(true);
  });
});
