/**
 * Where an imported report came from. importSheet copies a member's report cell for cell into "TH <member>" and
 * adds one last row, a line under the table naming the member's own file and sheet; the reader takes it back as
 * MemberReport.importedFrom, so a finding on the copy can send the clerk to the original, even in a later session.
 */
import type { ImportSource } from "../model";
import type { SheetSnapshot } from "./snapshot";

const NOTE = /^Nguồn: tệp “(.*)”, trang tính “(.*)”\.$/;
const NOTE_NO_FILE = /^Nguồn: trang tính “(.*)”\.$/;

export function sourceNoteText(source: ImportSource): string {
  return source.file === null ? `Nguồn: trang tính “${source.sheet}”.` : `Nguồn: tệp “${source.file}”, trang tính “${source.sheet}”.`;
}

/** The note and its row (index into sheet.values), when the sheet's last row is one; else null. */
export function readSourceNote(sheet: SheetSnapshot): { readonly source: ImportSource; readonly row: number } | null {
  const row = sheet.values.length - 1;
  const cells = (sheet.values[row] ?? []).filter((v) => v !== null && v !== "");
  const text = cells.length === 1 && typeof cells[0] === "string" ? cells[0] : null;
  if (text === null || !text.startsWith("Nguồn: ")) return null;
  const withFile = NOTE.exec(text);
  if (withFile) return { source: { file: withFile[1]!, sheet: withFile[2]! }, row };
  const noFile = NOTE_NO_FILE.exec(text);
  return noFile ? { source: { file: null, sheet: noFile[1]! }, row } : null;
}
