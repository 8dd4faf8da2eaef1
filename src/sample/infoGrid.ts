import type { SampleCluster } from "./sampleModel";
import type { GridRow, SheetGrid } from "./sheetGrid";

/** "Thông tin": label in column A, value in column B (docs/so-lieu.md §1). */
export function infoGrid(cluster: SampleCluster): SheetGrid {
  const rows: GridRow[] = cluster.info.map(([label, value]) => ({
    style: "label",
    cells: [label, value],
    ...(value instanceof Date ? { formats: { 1: "dd/mm/yyyy" } } : {}),
  }));
  return { name: "Thông tin", rows, merges: [], widths: [26, 80] };
}
