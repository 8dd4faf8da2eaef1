/** An .xlsx package → WorkbookSnapshot: only what the engine needs, one streaming pass per part. */
import type { Finding } from "../../../engine/findings";
import { makeFinding } from "../../../engine/findings/makeFinding";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../engine/read/snapshot";
import type { XlsxPackage } from "../package/XlsxPackage";
import { readTags } from "../tags";
import { readCellFormats } from "./numberFormats";
import { readSharedStrings } from "./sharedStrings";
import { readSheetCells } from "./sheetCells";
import { sheetSnapshot, type SheetNote } from "./sheetSnapshot";
import type { WorkbookIndex } from "./workbookIndex";

/** `tabSelected`, when given, gains each parsed sheet part's first-view tab selection (the writer asks, and need not unpack them again). */
export function workbookSnapshot(pkg: XlsxPackage, index: WorkbookIndex, fileName: string | null, tabSelected?: Map<string, boolean>): WorkbookSnapshot {
  const tags = readTags(index.definedNames);
  const formats = readCellFormats(pkg, index.stylesPart);
  const strings = readSharedStrings(pkg, index.sharedStringsPart);
  const sheets: SheetSnapshot[] = [];
  const findings: Finding[] = [];
  for (const entry of index.sheets) {
    if (entry.type !== "worksheet") continue;
    const tag = tags.get(entry.name) ?? null;
    if (entry.part === null) {
      sheets.push({ name: entry.name, top: 0, left: 0, values: [], formats: [], tag });
      continue;
    }
    const cells = readSheetCells(pkg, entry.part, strings, index.date1904, formats);
    if (cells.tabSelected !== null) tabSelected?.set(entry.part, cells.tabSelected);
    const read = sheetSnapshot(entry.name, tag, cells, formats);
    if (read.snapshot) sheets.push(read.snapshot);
    for (const note of read.notes) findings.push(noteFinding(note, entry.name, fileName));
  }
  return { file: fileName, sheets, findings };
}

function noteFinding(note: SheetNote, sheet: string, file: string | null): Finding {
  const where = { file, sheet, cell: null, member: null };
  switch (note.kind) {
    case "tooLarge":
      return makeFinding("SHEET_TOO_LARGE", "warning", where, { cells: note.cells });
    case "farAway":
      return makeFinding("CELLS_OUT_OF_RANGE", "warning", { ...where, cell: note.first }, { reason: "farAway", count: note.count, first: note.first });
    case "outOfBounds":
      // Beyond Excel's grid the address names no cell Excel could show, so it stays in the facts only.
      return makeFinding("CELLS_OUT_OF_RANGE", "warning", where, { reason: "beyondExcel", count: note.count, first: note.first });
  }
}
