/** A new workbook made of the tool's sheets only: a member's report form (docs/dong-lenh.md, template). */
import { strToU8, zipSync } from "fflate";
import type { SheetSpec } from "../../engine/sheets/sheetSpec";
import { XlsxPackage } from "./package/XlsxPackage";
import { readWorkbookIndex } from "./read/workbookIndex";
import { addSheets } from "./write/addSheets";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * The smallest package the additive writer can add sheets to: a workbook part with no sheet yet. The
 * form's sheets then go through the same writer as the result workbook's (styles, guards, formulas).
 */
const EMPTY_PACKAGE: Readonly<Record<string, string>> = {
  "[Content_Types].xml":
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    "</Types>",
  "_rels/.rels": `${HEAD}<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  "xl/workbook.xml": `${HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets/></workbook>`,
  "xl/_rels/workbook.xml.rels": `${HEAD}<Relationships xmlns="${PACKAGE_RELS}"></Relationships>`,
};

export async function formWorkbook(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const empty = zipSync(Object.fromEntries(Object.entries(EMPTY_PACKAGE).map(([name, text]) => [name, strToU8(text)])));
  const pkg = XlsxPackage.open(empty, "mau-bao-cao.xlsx");
  const writes = sheets.map((spec) => ({ spec, name: spec.name, replaces: null }));
  const { pkg: written } = addSheets(pkg, readWorkbookIndex(pkg), writes, sheets[0]?.name ?? null);
  return written.toBytes();
}
