/** What the task pane needs from a workbook, whichever host holds it. */
import type { WorkbookSnapshot } from "../engine/read/snapshot";
import type { WriteSpec } from "../engine/sheets/sheetSpec";

/** What a write shows once done: the sheet to activate (instead of the plan's) and the cell to select on it. */
export interface WriteOptions {
  readonly select?: { readonly sheet: string; readonly cell: string | null };
}

export interface WorkbookHost {
  /** "office": the workbook open in Excel; "file": .xlsx files opened in the browser. */
  readonly kind: "office" | "file";
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Writes every sheet of the plan; leaves nothing half-written when it fails. */
  write(plan: WriteSpec, options?: WriteOptions): Promise<void>;
  /** Activates the sheet and selects the cell (cell null: just the sheet). */
  selectCell(sheet: string, cell: string | null): Promise<void>;
}

/** A workbook opened from a file in the browser (standalone mode). */
export interface FileWorkbook extends WorkbookHost {
  readonly fileName: string;
  toBuffer(): Promise<Uint8Array>;
}
