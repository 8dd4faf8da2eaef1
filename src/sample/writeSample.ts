/** The bundled sample as .xlsx files: the cluster workbook first, then one file per member. */
import ExcelJS from "exceljs";
import { GIA_LAI_2024 } from "./gialai2024";
import type { SampleCluster } from "./sampleModel";
import { sampleFiles, type SampleFile } from "./sampleFiles";
import { writeGrid } from "./sheetGrid";

export { fileSnapshot, sampleFiles, type SampleFile } from "./sampleFiles";

export async function fileBytes(file: SampleFile): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const grid of file.grids) writeGrid(workbook.addWorksheet(grid.name), grid);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function writeSample(cluster: SampleCluster = GIA_LAI_2024): Promise<{ file: string; data: Uint8Array }[]> {
  return writeFiles(sampleFiles(cluster));
}

export async function writeFiles(files: readonly SampleFile[]): Promise<{ file: string; data: Uint8Array }[]> {
  return Promise.all(files.map(async (f) => ({ file: f.file, data: await fileBytes(f) })));
}
