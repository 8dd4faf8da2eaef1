/** What the task pane needs from a workbook, whichever host holds it. */
import type { WorkbookSnapshot } from "../engine/read/snapshot";
import type { WriteSpec } from "../engine/sheets/sheetSpec";

export interface WorkbookHost {
  /** "office": the workbook open in Excel; "file": .xlsx files opened in the browser. */
  readonly kind: "office" | "file";
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Writes every sheet of the plan; leaves nothing half-written when it fails. */
  write(plan: WriteSpec): Promise<void>;
  /** Activates the sheet and selects the cell (cell null: just the sheet). */
  selectCell(sheet: string, cell: string | null): Promise<void>;
}

/** A workbook opened from a file in the browser (standalone mode). */
export interface FileWorkbook extends WorkbookHost {
  readonly fileName: string;
  toBuffer(): Promise<Uint8Array>;
}
