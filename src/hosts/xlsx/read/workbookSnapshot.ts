/** An .xlsx package → WorkbookSnapshot: only what the engine needs, one streaming pass per part. */
import { formatNumberVi as formatIntegerVi } from "../../../engine/format/formatVi";
import type { Finding } from "../../../engine/findings";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../engine/read/snapshot";
import type { XlsxPackage } from "../package/XlsxPackage";
import { readTags } from "../tags";
import { readCellFormats } from "./numberFormats";
import { readSharedStrings } from "./sharedStrings";
import { MAX_CELL_ELEMENTS, MAX_CELLS, MAX_ROWS, readSheetCells } from "./sheetCells";
import { sheetSnapshot, type SheetNote } from "./sheetSnapshot";
import type { WorkbookIndex } from "./workbookIndex";

export function workbookSnapshot(pkg: XlsxPackage, index: WorkbookIndex, fileName: string | null): WorkbookSnapshot {
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
    const read = sheetSnapshot(entry.name, tag, cells, formats);
    if (read.snapshot) sheets.push(read.snapshot);
    for (const note of read.notes) findings.push(noteFinding(note, entry.name, fileName));
  }
  return { file: fileName, sheets, findings };
}

function noteFinding(note: SheetNote, sheet: string, file: string | null): Finding {
  const base = { severity: "warning" as const, file, sheet, member: null };
  switch (note.kind) {
    case "tooLarge":
      return {
        ...base,
        code: "SHEET_TOO_LARGE",
        cell: null,
        message: `Trang tính "${sheet}" quá lớn để đọc (hơn ${formatIntegerVi(MAX_CELLS)} ô có dữ liệu, ${formatIntegerVi(MAX_CELL_ELEMENTS)} ô hay ${formatIntegerVi(MAX_ROWS)} hàng): đã bỏ qua trang tính này.`,
      };
    case "farAway":
      return {
        ...base,
        code: "CELLS_OUT_OF_RANGE",
        cell: note.first,
        message: `Trang tính "${sheet}": đã bỏ qua ${formatIntegerVi(note.count)} ô nằm xa vùng số liệu (ô ${note.first}); nếu không cần, hãy xóa các ô đó.`,
      };
    case "outOfBounds":
      return {
        ...base,
        code: "CELLS_OUT_OF_RANGE",
        cell: null,
        message: `Trang tính "${sheet}": đã bỏ qua ${formatIntegerVi(note.count)} ô nằm ngoài giới hạn của Excel (1.048.576 hàng × 16.384 cột), ví dụ ô ${note.first}.`,
      };
  }
}
