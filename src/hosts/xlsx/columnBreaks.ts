/**
 * ExcelJS writes row page breaks but not column breaks: this adds <colBreaks> to the written package,
 * for the sheets that ask for them (the detail matrix breaks between members).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Sheet name → part path ("xl/worksheets/sheet2.xml"), from workbook.xml and its relationships. */
function sheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const workbook = files["xl/workbook.xml"];
  const rels = files["xl/_rels/workbook.xml.rels"];
  const parts = new Map<string, string>();
  if (workbook === undefined || rels === undefined) return parts;
  const targets = new Map<string, string>();
  for (const m of strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id !== undefined && target !== undefined) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  for (const m of strFromU8(workbook).matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && target !== undefined) parts.set(unescapeXml(name), target);
  }
  return parts;
}

/** CT_Worksheet order: colBreaks follows rowBreaks and comes before everything listed here. */
const AFTER_COL_BREAKS = ["<customProperties", "<cellWatches", "<ignoredErrors", "<smartTags", "<drawing", "<legacyDrawing", "<picture", "<oleObjects", "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>"];

export function insertColumnBreaks(sheetXml: string, columns: readonly number[]): string {
  // Excel's brk id is the zero-based column the break sits left of; max 1048575 = the whole height.
  const breaks = columns.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join("");
  const element = `<colBreaks count="${columns.length}" manualBreakCount="${columns.length}">${breaks}</colBreaks>`;
  const afterRows = sheetXml.indexOf("</rowBreaks>");
  if (afterRows >= 0) return sheetXml.slice(0, afterRows + 12) + element + sheetXml.slice(afterRows + 12);
  const at = Math.min(...AFTER_COL_BREAKS.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

export function addColumnBreaks(xlsx: Uint8Array, breaks: ReadonlyMap<string, readonly number[]>): Uint8Array {
  const wanted = [...breaks].filter(([, columns]) => columns.length > 0);
  if (wanted.length === 0) return xlsx;
  const files = unzipSync(xlsx);
  const parts = sheetParts(files);
  for (const [sheet, columns] of wanted) {
    const part = parts.get(sheet);
    const data = part === undefined ? undefined : files[part];
    if (part === undefined || data === undefined) continue;
    files[part] = strToU8(insertColumnBreaks(strFromU8(data), columns));
  }
  return zipSync(files, { level: 6 });
}
