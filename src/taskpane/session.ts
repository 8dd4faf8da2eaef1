import type { FileWorkbook, WorkbookHost } from "../hosts/host";
import type { PickedFile } from "./hooks/useImport";
export type Session =
  | { readonly kind: "office"; readonly host: WorkbookHost }
  /** Standalone: the cluster workbook opened from a file, and member files still to import. */
  | { readonly kind: "file"; readonly host: FileWorkbook; readonly pendingFiles: readonly PickedFile[] };
