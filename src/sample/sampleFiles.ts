/** The bundled sample as grids, without ExcelJS: `rank` and `check` load this (through the demo's sample
 * list) and must not pay for ExcelJS at start-up; writeSample.ts turns the grids into .xlsx bytes. */
import type { WorkbookSnapshot } from "../engine/read/snapshot";
import { GIA_LAI_2024 } from "./gialai2024";
import { infoGrid } from "./infoGrid";
import { pledgeGrid } from "./pledgeGrid";
import { bestAttainments, reportGrid } from "./reportGrid";
import type { SampleCluster } from "./sampleModel";
import { gridSnapshot, type SheetGrid } from "./sheetGrid";

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

export function fileSnapshot(file: SampleFile): WorkbookSnapshot {
  return { file: file.file, sheets: file.grids.map(gridSnapshot) };
}
