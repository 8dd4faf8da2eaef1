/** One workbook holding a whole province: the cluster's information and pledge and every member's report as a sheet. */
import ExcelJS from "exceljs";
import { sampleFiles } from "../src/sample/writeSample";
import { writeGrid } from "../src/sample/sheetGrid";
import { syntheticCluster } from "./syntheticCluster";

export async function provinceWorkbook(members: number, indicators: number): Promise<Uint8Array> {
  const [cluster, ...reports] = sampleFiles(syntheticCluster(members, indicators));
  const workbook = new ExcelJS.Workbook();
  for (const grid of cluster!.grids) writeGrid(workbook.addWorksheet(grid.name), grid);
  reports.forEach((file, i) => {
    for (const grid of file.grids) writeGrid(workbook.addWorksheet(`${grid.name} ${i + 1}`), grid);
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
