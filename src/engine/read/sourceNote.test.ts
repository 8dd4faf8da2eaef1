import type { Finding } from "../findings";
import { plainRows } from "../testing/plainRows";
import { importSheet } from "../sheets/importSheet";
import type { SheetSpec } from "../sheets/sheetSpec";
import { workbook } from "../testing/grid";
import { samplePledge, sampleReport } from "../testing/sampleSheets";
import { readCluster } from "./readCluster";
import type { SheetSnapshot } from "./snapshot";
import { readSourceNote, sourceNoteText } from "./sourceNote";

/** The imported sheet as a host reads it back: the values and the number formats the spec gave them. */
function readBack(spec: SheetSpec): SheetSnapshot {
  const formats = spec.values.map((row) => row.map(() => "General"));
  for (const { range, style } of spec.styles) {
    if (style.numberFormat === undefined) continue;
    for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) if (formats[r]?.[c] !== undefined) formats[r]![c] = style.numberFormat;
  }
  return { name: spec.name, top: 0, left: 0, values: spec.values, formats, tag: spec.tag };
}

describe("the source note of an imported report", () => {
  const original = sampleReport("huyện Kbang");
  const copy = readBack(importSheet(original, "huyện Kbang", { file: "kbang.xlsx", sheet: "Báo cáo" }));

  it("is one line under the copied table, after a blank row, naming the member's file and sheet", () => {
    expect(copy.values.length).toBe(original.values.length + 2);
    expect(copy.values[copy.values.length - 2]!.every((v) => v === null)).toBe(true);
    expect(copy.values.at(-1)![0]).toBe("Nguồn: tệp “kbang.xlsx”, trang tính “Báo cáo”.");
    expect(readSourceNote(copy)).toEqual({ source: { file: "kbang.xlsx", sheet: "Báo cáo" }, row: copy.values.length - 1 });
  });

  it("reads back as where the report came from, with the same findings as the original and none for the note", () => {
    const fromOriginal = readCluster([workbook("cum.xlsx", samplePledge()), workbook("kbang.xlsx", original)]);
    const fromCopy = readCluster([workbook("cum.xlsx", samplePledge(), copy)]);
    expect(fromCopy.reports.map((r) => [r.member, r.sheet, r.importedFrom])).toEqual([["huyện Kbang", "TH huyện Kbang", { file: "kbang.xlsx", sheet: "Báo cáo" }]]);
    expect(plainRows(fromCopy.reports[0]!)).toEqual(plainRows(fromOriginal.reports[0]!));
    const places = (f: readonly Finding[]) => f.map((x) => [x.code, x.where.cell]);
    expect(places(fromCopy.findings)).toEqual(places(fromOriginal.findings));
  });

  it("is not mistaken for a note that merely starts the same way", () => {
    const sheet = { ...original, values: [...original.values, ["Nguồn: số liệu của Chi cục Thống kê", ...Array(original.values[0]!.length - 1).fill(null)]] };
    expect(readSourceNote(sheet)).toBeNull();
    expect(sourceNoteText({ file: null, sheet: "Báo cáo" })).toBe("Nguồn: trang tính “Báo cáo”.");
  });

  it("is absent from an import that does not know its source, as before", () => {
    expect(importSheet(original, "huyện Kbang").values.length).toBe(original.values.length);
  });
});
