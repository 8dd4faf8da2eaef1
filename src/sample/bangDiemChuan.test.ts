/** The real table written as an .xlsx (as scripts/write-bang-diem-chuan.ts does) and read back through the .xlsx host. */
import { readWorkbook } from "../hosts/xlsx";
import { readCluster } from "../engine/read/readCluster";
import { bangDiemChuanGrid } from "./bangDiemChuanGrid";
import { fileBytes } from "./writeSample";

describe("the real table Bảng điểm chuẩn as an .xlsx file", () => {
  it("reads back through the .xlsx host with no error finding on the pledge", async () => {
    const bytes = await fileBytes({ file: "bang-diem-chuan.xlsx", grids: [bangDiemChuanGrid()] });
    const snapshot = await readWorkbook(bytes, "bang-diem-chuan.xlsx");
    const { pledge, findings } = readCluster([snapshot]);
    expect(findings.filter((f) => f.severity === "error" && f.code !== "NO_REPORT_TABLE")).toEqual([]);
    expect(pledge?.groups).toHaveLength(5);
    expect(pledge?.indicators.find((i) => i.code === "a1")).toMatchObject({ maxPoints: 3, penaltyCap: 1.5, adjustments: ["a1.1", "a1.2"] });
    expect(pledge?.indicators.find((i) => i.code === "C3.1")).toMatchObject({ rule: "pass", maxPoints: 2 });
  });
});
