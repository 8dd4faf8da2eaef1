/** Request sizes as Excel receives them: office.js's own JSON, in UTF-8, against the simulated 5 MB limit. */
import { createFakeExcel } from "./testing/fakeExcel";
import { OfficeWorkbookHost } from "./OfficeWorkbookHost";
import { plainSpec, writeOf } from "./testing/sheetSpecs";

const REPORT = { name: "Báo cáo", values: [["Chỉ tiêu", "Thực hiện"]] };

/** Vietnamese text: most letters with diacritics take 2 or 3 bytes in UTF-8. */
function vietnameseRows(count: number): (string | number)[][] {
  return Array.from({ length: count }, (_, i) => [i + 1, `Tỷ lệ hộ nghèo giảm theo chuẩn đa chiều ở xã Ia Băng số ${i + 1}`, `Đạt ${i % 100}%`]);
}

describe("the Office host's request sizes, measured on office.js", () => {
  it("keeps every request under Excel's limit when its own limit is Excel's, with Vietnamese text", async () => {
    const fake = createFakeExcel({ sheets: [REPORT] });
    fake.payloadLimitBytes = 20_000;
    const host = new OfficeWorkbookHost({ run: fake.run, isSetSupported: fake.isSetSupported, payloadLimitBytes: 20_000 });
    await host.readSnapshot();
    const before = fake.syncCount;

    await host.write(writeOf([{ spec: plainSpec("import", "import_x", "TH x", vietnameseRows(400)), name: "TH x", replaces: null }]));

    const sent = fake.syncBytes.slice(before);
    expect(sent.length).toBeGreaterThan(1);
    expect(Math.max(...sent)).toBeLessThanOrEqual(20_000);
    expect(fake.valuesOf("TH x", "B400")).toEqual([["Tỷ lệ hộ nghèo giảm theo chuẩn đa chiều ở xã Ia Băng số 400"]]);
  });

  it("splits a request again, once, when Excel refuses it as too large", async () => {
    const fake = createFakeExcel({ sheets: [REPORT] });
    fake.payloadLimitBytes = 30_000;
    // The host believes half as much again as Excel allows: its first request is refused whole.
    const host = new OfficeWorkbookHost({ run: fake.run, isSetSupported: fake.isSetSupported, payloadLimitBytes: 45_000 });
    await host.readSnapshot();

    await host.write(writeOf([{ spec: plainSpec("import", "import_x", "TH x", vietnameseRows(300)), name: "TH x", replaces: null }]));

    expect(fake.sheetNames()).toEqual(["Báo cáo", "TH x"]);
    expect(fake.valuesOf("TH x", "A300")).toEqual([[300]]);
    expect(fake.definedNames()).toEqual([{ name: "ThiDua_import_x", value: "'TH x'!$A$1" }]);
  });
});
