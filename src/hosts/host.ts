/** What the task pane needs from a workbook, whichever host holds it. */
import type { WorkbookSnapshot } from "../engine/snapshot";
import type { WritePlan } from "../engine/sheetPlan";

export interface WorkbookHost {
  /** "office": the workbook open in Excel; "file": .xlsx files opened in the browser. */
  readonly kind: "office" | "file";
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Writes every sheet of the plan; leaves nothing half-written when it fails. */
  write(plan: WritePlan): Promise<void>;
  /** Activates the sheet and selects the cell (cell null: just the sheet). */
  selectCell(sheet: string, cell: string | null): Promise<void>;
}
