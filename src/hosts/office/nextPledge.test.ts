/** Next year's pledge is a plain sheet: the Office host writes it like any other (forms are written by the xlsx host only). */
import { readCluster } from "../../engine/read/readCluster";
import { nextPledgeSheet } from "../../engine/sheets/nextPledgeSheet";
import { pledgeSheetOf } from "../../engine/sheets/reportForms";
import { resolveWrites } from "../../engine/sheets/resolveWrites";
import { GIA_LAI_2024 } from "../../sample/gialai2024";
import { infoGrid } from "../../sample/infoGrid";
import { pledgeGrid } from "../../sample/pledgeGrid";
import { gridSnapshot } from "../../sample/sheetGrid";
import { createFakeExcel } from "./testing/fakeExcel";
import { OfficeWorkbookHost } from "./OfficeWorkbookHost";

describe("Giao ước <N+1> in Excel", () => {
  it("is written as a tagged sheet with next year's title and this year's indicators", async () => {
    const seeds = [infoGrid(GIA_LAI_2024), pledgeGrid(GIA_LAI_2024)].map(gridSnapshot).map((s) => ({ name: s.name, values: s.values, formats: s.formats }));
    const fake = createFakeExcel({ sheets: seeds });
    const host = new OfficeWorkbookHost({ run: fake.run, isSetSupported: fake.isSetSupported });
    const snapshot = await host.readSnapshot();
    const data = readCluster([snapshot]);
    const sheet = pledgeSheetOf(data, [snapshot]);
    const spec = sheet && nextPledgeSheet(sheet, 2024);
    if (!spec) throw new Error("no next pledge");

    await host.write(resolveWrites([spec], snapshot.sheets));

    expect(fake.sheetNames()).toEqual(["Thông tin", GIA_LAI_2024.pledgeSheet, "Giao ước 2025"]);
    expect(fake.cell("Giao ước 2025", "A2").value).toBe("BẢNG CHỈ TIÊU GIAO ƯỚC THI ĐUA NĂM 2025");
    expect(fake.definedNames().map((n) => n.name)).toContain("ThiDua_pledge_2025");
    const reread = readCluster([await host.readSnapshot()]);
    expect(reread.pledge?.sheet).toBe(GIA_LAI_2024.pledgeSheet);
    expect(reread.pledge?.indicators).toEqual(data.pledge?.indicators);
  });
});
