import type { WorkbookSnapshot } from "../../engine/read/snapshot";
import { loadWorkbook } from "./loadWorkbook";
import { workbookSnapshot } from "./snapshot";

/** Reads an .xlsx file's bytes into a snapshot; throws XlsxInputError when it is not a readable xlsx. */
export async function readWorkbook(data: ArrayBuffer | Uint8Array, fileName: string): Promise<WorkbookSnapshot> {
  return workbookSnapshot(await loadWorkbook(data, fileName), fileName);
}
