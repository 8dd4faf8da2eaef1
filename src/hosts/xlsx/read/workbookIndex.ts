/** What xl/workbook.xml and its relationships say: the sheets, the defined names, the date system. */
import { readRelationships, type Relationship } from "../package/relationships";
import type { XlsxPackage } from "../package/XlsxPackage";
import { localName, xmlBool } from "../xml/xmlText";
import { XlsxInputError } from "../xlsxInputError";

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
  /** Resolved part, null when the relationship is missing. */
  readonly part: string | null;
  /** "worksheet", "chartsheet", "dialogsheet"… (the relationship type). */
  readonly type: string;
}

export interface DefinedNameEntry {
  readonly name: string;
  readonly localSheetId: number | null;
  readonly formula: string;
}

export interface WorkbookIndex {
  readonly workbookPart: string;
  readonly sheets: readonly SheetEntry[];
  readonly definedNames: readonly DefinedNameEntry[];
  readonly date1904: boolean;
  readonly rels: readonly Relationship[];
  readonly stylesPart: string | null;
  readonly sharedStringsPart: string | null;
}

export function readWorkbookIndex(pkg: XlsxPackage): WorkbookIndex {
  const root = readRelationships(pkg, "").find((r) => r.type === "officeDocument" && r.part !== null);
  const workbookPart = pkg.find(root?.part ?? "xl/workbook.xml");
  if (workbookPart === null || !/workbook\.xml$/i.test(workbookPart.split("/").pop() ?? "")) {
    // A .docx or any other zip: no workbook part.
    throw new XlsxInputError("notXlsx", pkg.fileName);
  }
  const rels = readRelationships(pkg, workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  const definedNames: DefinedNameEntry[] = [];
  let date1904 = false;
  let name: { name: string; localSheetId: number | null } | null = null;
  let formula = "";
  pkg.parse(workbookPart, {
    open(tag, a) {
      switch (localName(tag)) {
        case "workbookPr":
          date1904 = xmlBool(a.date1904);
          break;
        case "sheet": {
          const rId = a["r:id"] ?? Object.entries(a).find(([k]) => localName(k) === "id" && k.includes(":"))?.[1] ?? "";
          const rel = byId.get(rId);
          sheets.push({ name: a.name ?? "", sheetId: Number(a.sheetId ?? 0), rId, part: rel?.part ? pkg.find(rel.part) : null, type: rel?.type ?? "worksheet" });
          break;
        }
        case "definedName":
          name = { name: a.name ?? "", localSheetId: a.localSheetId === undefined ? null : Number(a.localSheetId) };
          formula = "";
          break;
      }
    },
    text(text) {
      if (name !== null) formula += text;
    },
    close(tag) {
      if (localName(tag) === "definedName" && name !== null) {
        definedNames.push({ ...name, formula });
        name = null;
      }
    },
  });
  const partOf = (type: string): string | null => {
    const rel = rels.find((r) => r.type === type && r.part !== null);
    return rel ? pkg.find(rel.part!) : null;
  };
  return { workbookPart, sheets, definedNames, date1904, rels, stylesPart: partOf("styles"), sharedStringsPart: partOf("sharedStrings") };
}
