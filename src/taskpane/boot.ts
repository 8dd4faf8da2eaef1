/** How the pane started: inside Excel, or on files in a browser (standalone). */
import type { WorkbookHost } from "../hosts/host";

/** An Excel API set this Excel lacks, with the Vietnamese sentence the host gives for it. */
export interface MissingSupport {
  /** e.g. "ExcelApi 1.9" */
  readonly set: string;
  readonly required: boolean;
  readonly message: string;
}

export type Boot =
  | { readonly kind: "office"; readonly host: WorkbookHost; readonly missing: readonly MissingSupport[] }
  | { readonly kind: "file" };
