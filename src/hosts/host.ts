/** What the task pane needs from a workbook, whichever host holds it. */
import type { WorkbookSnapshot } from "../engine/read/snapshot";
import type { WriteSpec } from "../engine/sheets/sheetSpec";
import type { UnreadableProblem } from "../engine/findings/finding";

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

/**
 * What a host throws when it cannot do its work: an Error whose `host` says which host, with a Vietnamese
 * `message` that says what to do. The pane tells them apart by this field, so it needs no host module to do so.
 */
export type HostFailure = XlsxInputFailure | OfficeFailure;

export interface XlsxInputFailure {
  readonly host: "xlsx";
  readonly problem: UnreadableProblem;
  readonly message: string;
}

export type OfficeFailureKind = "busy" | "tooLarge" | "unsupported" | "other";

export interface OfficeFailure {
  readonly host: "office";
  readonly kind: OfficeFailureKind;
  readonly message: string;
}

/** The host failure an error is, or null for anything else (a bug). */
export function hostFailure(error: unknown): HostFailure | null {
  if (!(error instanceof Error)) return null;
  const host = (error as Error & { readonly host?: unknown }).host;
  return host === "xlsx" || host === "office" ? (error as Error & HostFailure) : null;
}
