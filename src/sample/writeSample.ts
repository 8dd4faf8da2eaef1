/** The bundled sample as .xlsx files: the cluster workbook first, then one file per member. */
import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../engine/read/snapshot";
import { GIA_LAI_2024 } from "./gialai2024";
import { infoGrid } from "./infoGrid";
import { pledgeGrid } from "./pledgeGrid";
import { bestAttainments, reportGrid } from "./reportGrid";
import type { SampleCluster } from "./sampleModel";
import { gridSnapshot, writeGrid, type SheetGrid } from "./sheetGrid";

export interface SampleFile {
  readonly file: string;
  readonly grids: readonly SheetGrid[];
}

/** The workbooks of a cluster as grids: the cluster's (information and pledge), then the members'. */
export function sampleFiles(cluster: SampleCluster = GIA_LAI_2024): SampleFile[] {
  const best = bestAttainments(cluster);
  return [
    { file: cluster.file, grids: [infoGrid(cluster), pledgeGrid(cluster)] },
    ...cluster.members.map((m) => ({ file: m.file, grids: [reportGrid(cluster, m, best)] })),
  ];
}

export async function fileBytes(file: SampleFile): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const grid of file.grids) writeGrid(workbook.addWorksheet(grid.name), grid);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function fileSnapshot(file: SampleFile): WorkbookSnapshot {
  return { file: file.file, sheets: file.grids.map(gridSnapshot) };
}

export async function writeSample(cluster: SampleCluster = GIA_LAI_2024): Promise<{ file: string; data: Uint8Array }[]> {
  return writeFiles(sampleFiles(cluster));
}

export async function writeFiles(files: readonly SampleFile[]): Promise<{ file: string; data: Uint8Array }[]> {
  return Promise.all(files.map(async (f) => ({ file: f.file, data: await fileBytes(f) })));
}
