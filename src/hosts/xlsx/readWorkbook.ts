import type { WorkbookSnapshot } from "../../engine/read/snapshot";
import { XlsxWorkbook } from "./XlsxWorkbook";

/** Reads an .xlsx file's bytes into a snapshot; throws XlsxInputError when it is not a readable xlsx. */
export async function readWorkbook(data: ArrayBuffer | Uint8Array, fileName: string): Promise<WorkbookSnapshot> {
  return (await XlsxWorkbook.open(data, fileName)).readSnapshot();
}
