/**
 * The WorkbookHost on an .xlsx file held in memory (CLI, standalone browser mode, tests). Writing is
 * additive: the package keeps every part of the input and gains or replaces only the tool's sheets.
 */
import type { WriteSpec } from "../../engine/sheets/sheetSpec";
import type { WorkbookSnapshot } from "../../engine/read/snapshot";
import type { FileWorkbook } from "../host";
import { XlsxPackage } from "./package/XlsxPackage";
import type { WholeInflate } from "./zip/inflateEntry";
import type { Deflate } from "./zip/writeZip";
import { readWorkbookIndex, type WorkbookIndex } from "./read/workbookIndex";
import { workbookSnapshot } from "./read/workbookSnapshot";
import { addSheets, isTabSelected } from "./write/addSheets";
import { readTags } from "./tags";
import { findElement, attributeOf, splice, withAttribute } from "./xml/xmlElement";
import { XlsxInputError } from "./xlsxInputError";

export class XlsxWorkbook implements FileWorkbook {
  readonly kind = "file";
  readonly fileName: string;
  private pkg: XlsxPackage;
  private index: WorkbookIndex;
  private snapshot: WorkbookSnapshot | null = null;
  /** Sheet name → part, for the sheets this session wrote. */
  private written = new Map<string, string>();
  /**
   * Part → whether its first view is tab-selected, for the input's sheets as the reader parsed them:
   * the user's parts are never rewritten, so it stays true of them after a write.
   */
  private readonly tabSelected = new Map<string, boolean>();

  private readonly deflate: Deflate | undefined;

  private constructor(pkg: XlsxPackage, index: WorkbookIndex, fileName: string, deflate: Deflate | undefined) {
    this.pkg = pkg;
    this.index = index;
    this.fileName = fileName;
    this.deflate = deflate;
  }

  /**
   * Throws XlsxInputError when the bytes are not a readable xlsx. `deflate` and `inflate`: a faster
   * compressor and decompressor than fflate's, where there is one (Node's zlib).
   */
  static async open(data: ArrayBuffer | Uint8Array, fileName: string, options: { readonly deflate?: Deflate; readonly inflate?: WholeInflate } = {}): Promise<XlsxWorkbook> {
    const pkg = XlsxPackage.open(data, fileName, options.inflate);
    return new XlsxWorkbook(pkg, openIndex(pkg), fileName, options.deflate);
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    this.snapshot ??= workbookSnapshot(this.pkg, this.index, this.fileName, this.written.size === 0 ? this.tabSelected : undefined);
    return this.snapshot;
  }

  /** Everything is built first and swapped in at the end, so a failure leaves the workbook as it was. */
  async write(plan: WriteSpec): Promise<void> {
    this.checkNames(plan);
    let result: ReturnType<typeof addSheets>;
    try {
      result = addSheets(this.pkg, this.index, plan.sheets, plan.activate, (part) => this.isSelected(part));
    } catch (cause) {
      throw new Error(`Không ghi được trang tính: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    }
    this.pkg = result.pkg;
    this.index = readWorkbookIndex(result.pkg);
    this.snapshot = null;
    for (const [name, part] of result.written) this.written.set(name, part);
  }

  private checkNames(plan: WriteSpec): void {
    const replaced = new Set(plan.sheets.map((w) => w.replaces?.toLowerCase()));
    const taken = new Set(this.index.sheets.map((s) => s.name.toLowerCase()).filter((n) => !replaced.has(n)));
    for (const { name } of plan.sheets) {
      const key = name.toLowerCase();
      if (taken.has(key)) throw new Error(`Trang tính "${name}" đã có trong sổ / Sheet "${name}" already exists`);
      taken.add(key);
    }
  }

  /**
   * Makes the sheet the active tab. The user's own sheets are never rewritten, so the cell is selected
   * only on the tool's sheets, and the tab moves only when no other user sheet is tab-selected (Excel
   * would otherwise open the two sheets grouped).
   */
  async selectCell(sheet: string, cell: string | null): Promise<void> {
    const position = this.index.sheets.findIndex((s) => s.name === sheet);
    if (position < 0) return;
    const tags = readTags(this.index.definedNames);
    const ours = (name: string): boolean => this.written.has(name);
    const blocked = this.index.sheets.some((s) => s.name !== sheet && !ours(s.name) && s.part !== null && this.isSelected(s.part));
    if (blocked) return;
    const changes = new Map<string, string>();
    for (const [name, part] of this.written) {
      const xml = this.pkg.text(part);
      if (xml === null || !tags.has(name)) continue;
      changes.set(part, withSelection(xml, name === sheet, name === sheet ? cell : null));
    }
    const wbXml = this.pkg.text(this.index.workbookPart)!;
    const views = findElement(wbXml, "bookViews");
    const view = views && !views.selfClosing ? findElement(wbXml, "workbookView", views.openEnd) : null;
    if (view !== null) {
      let tag = withAttribute(view.openTag, "activeTab", String(position));
      const first = attributeOf(tag, "firstSheet");
      if (first !== null && Number(first) > position) tag = withAttribute(tag, "firstSheet", String(position));
      changes.set(this.index.workbookPart, splice(wbXml, view.start, view.openEnd, tag));
    } else if (views === null) {
      const sheets = findElement(wbXml, "sheets")!;
      changes.set(this.index.workbookPart, splice(wbXml, sheets.start, sheets.start, `<${sheets.prefix}bookViews><${sheets.prefix}workbookView activeTab="${position}"/></${sheets.prefix}bookViews>`));
    }
    this.pkg = this.pkg.with(changes);
  }

  /** A user part's tab selection as read, or from its first bytes when the reader did not parse it; the tool's own parts are looked at afresh. */
  private isSelected(part: string): boolean {
    const ours = [...this.written.values()].includes(part);
    return (ours ? undefined : this.tabSelected.get(part)) ?? isTabSelected(this.pkg, part);
  }

  async toBuffer(): Promise<Uint8Array> {
    return this.pkg.toBytes(this.deflate);
  }

  /** An .xlsm: its workbook part is macro-enabled, and the result must keep that extension for Excel to open it. */
  get macroEnabled(): boolean {
    return /macroEnabled/i.test(this.pkg.text("[Content_Types].xml") ?? "");
  }

  /** For tests: whether an input part went through untouched. */
  isCopied(part: string): boolean {
    return this.pkg.isCopied(part);
  }
}

function openIndex(pkg: XlsxPackage): WorkbookIndex {
  const index = readWorkbookIndex(pkg);
  // A zip that is not a spreadsheet, or a workbook without any worksheet.
  if (!index.sheets.some((s) => s.type === "worksheet")) throw new XlsxInputError("notXlsx", pkg.fileName);
  return index;
}


/** The tool's own sheet XML with its tab selection (and the selected cell) set or cleared. */
function withSelection(xml: string, selected: boolean, cell: string | null): string {
  const view = findElement(xml, "sheetView");
  if (view === null) return xml;
  let tag = view.openTag.replace(/\s+tabSelected="[^"]*"/, "");
  if (selected) tag = withAttribute(tag, "tabSelected", "1");
  let out = splice(xml, view.start, view.openEnd, tag);
  if (selected && cell !== null && !view.selfClosing) {
    const v = findElement(out, "sheetView")!;
    const sel = findElement(out, "selection", v.openEnd);
    if (sel !== null && sel.start < v.closeStart) out = splice(out, sel.start, sel.end, withAttribute(withAttribute(sel.openTag, "activeCell", cell), "sqref", cell));
  } else if (selected && cell !== null && view.selfClosing) {
    const v = findElement(out, "sheetView")!;
    out = splice(out, v.start, v.end, `${v.openTag.replace(/\s*\/>$/, ">")}<selection activeCell="${cell}" sqref="${cell}"/></sheetView>`);
  }
  return out;
}
