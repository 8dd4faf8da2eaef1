/**
 * The cell styles of the tool's sheets, appended to xl/styles.xml after the workbook's own (never
 * reordered, so every style index a user sheet holds keeps its meaning).
 */
import type { CellStyle } from "../../../engine/sheets/sheetSpec";
import { builtInFormat } from "../read/numberFormats";
import { attributeOf, findAll, findElement, splice, withAttribute } from "../xml/xmlElement";
import { escapeXml } from "../xml/xmlText";

const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** Children of <styleSheet> in schema order, for inserting a missing collection. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"] as const;
type Collection = (typeof ORDER)[number];

/** A cell style as the writer needs it: the plan's style, and whether the cell stays editable on a protected sheet. */
export type WriterStyle = CellStyle & { readonly unlocked?: boolean };

const BUILT_IN_IDS = new Map<string, number>();
for (let id = 0; id < 50; id++) {
  const code = builtInFormat(id);
  if (code !== undefined) BUILT_IN_IDS.set(code, id);
}

export class StyleAppender {
  private readonly base: string;
  private readonly counts: Record<Collection, number>;
  private readonly added: Record<Collection, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellStyleXfs: [], cellXfs: [] };
  private readonly customFormats = new Map<string, number>();
  private nextFormatId = 164;
  private readonly baseFont: { name: string; size: string };
  private readonly hasStyleXf: boolean;
  private readonly cache = new Map<string, number>();
  private readonly cacheParts = new Map<string, number>();
  readonly created: boolean;

  constructor(stylesXml: string | null) {
    this.created = stylesXml === null;
    this.base = stylesXml ?? EMPTY_STYLES;
    this.counts = { numFmts: 0, fonts: 0, fills: 0, borders: 0, cellStyleXfs: 0, cellXfs: 0 };
    const children: Record<Collection, string> = { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellStyleXfs: "xf", cellXfs: "xf" };
    for (const name of ORDER) {
      const span = findElement(this.base, name);
      if (span !== null && !span.selfClosing) this.counts[name] = findAll(this.base, children[name], span.openEnd, span.closeStart).length;
    }
    const numFmts = findElement(this.base, "numFmts");
    if (numFmts !== null) {
      for (const f of findAll(this.base, "numFmt", numFmts.openEnd, numFmts.closeStart)) {
        const id = Number(attributeOf(f.openTag, "numFmtId"));
        const code = attributeOf(f.openTag, "formatCode");
        if (code !== null) this.customFormats.set(code, id);
        if (id >= this.nextFormatId) this.nextFormatId = id + 1;
      }
    }
    const fonts = findElement(this.base, "fonts");
    const font0 = fonts && !fonts.selfClosing ? findElement(this.base, "font", fonts.openEnd) : null;
    const fontXml = font0 ? this.base.slice(font0.start, font0.end) : "";
    const valueOf = (local: string): string | null => {
      const e = findElement(fontXml, local);
      return e ? attributeOf(e.openTag, "val") : null;
    };
    this.baseFont = { name: valueOf("name") ?? "Calibri", size: valueOf("sz") ?? "11" };
    this.hasStyleXf = this.counts.cellStyleXfs > 0;
    // Excel reserves fills 0 and 1 (none, gray125); a generator that wrote fewer gets them appended
    // first, so that our solid fills never land on a reserved index.
    if (this.counts.fills === 0) this.added.fills.push('<fill><patternFill patternType="none"/></fill>');
    if (this.counts.fills < 2) this.added.fills.push('<fill><patternFill patternType="gray125"/></fill>');
  }

  /** The cellXfs index of the style (0 = the workbook's default when the style is empty). */
  index(style: WriterStyle): number {
    const key = JSON.stringify(style);
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const fontId = this.fontOf(style);
    const fillId = style.fill === undefined ? 0 : this.part("fills", `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`);
    const borderId = style.border === undefined ? 0 : this.part("borders", borderXml(style.border));
    const numFmtId = style.numberFormat === undefined ? 0 : this.formatOf(style.numberFormat);
    const alignment = alignmentXml(style);
    const flags = [
      numFmtId !== 0 ? ' applyNumberFormat="1"' : "",
      fontId !== 0 ? ' applyFont="1"' : "",
      fillId !== 0 ? ' applyFill="1"' : "",
      borderId !== 0 ? ' applyBorder="1"' : "",
      alignment !== "" ? ' applyAlignment="1"' : "",
      style.unlocked === true ? ' applyProtection="1"' : "",
    ].join("");
    // Schema order inside <xf>: alignment, then protection.
    const children = alignment + (style.unlocked === true ? '<protection locked="0"/>' : "");
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"${this.hasStyleXf ? ' xfId="0"' : ""}${flags}${children ? `>${children}</xf>` : "/>"}`;
    const id = this.counts.cellXfs + this.added.cellXfs.length;
    this.added.cellXfs.push(xf);
    this.cache.set(key, id);
    return id;
  }

  /** styles.xml with the new entries appended and the counts updated; null when nothing was added. */
  result(): string | null {
    if (ORDER.every((name) => this.added[name].length === 0) && !this.created) return null;
    let xml = this.base;
    for (const name of ORDER) {
      const items = this.added[name];
      if (items.length === 0) continue;
      const total = this.counts[name] + items.length;
      const span = findElement(xml, name);
      if (span === null) {
        const root = findElement(xml, "styleSheet")!;
        const prefix = root.prefix;
        const after = ORDER.slice(0, ORDER.indexOf(name))
          .map((n) => findElement(xml, n))
          .filter((s) => s !== null)
          .reduce((at, s) => Math.max(at, s!.end), root.openEnd);
        xml = splice(xml, after, after, `<${prefix}${name} count="${total}">${prefixed(items, prefix)}</${prefix}${name}>`);
      } else if (span.selfClosing) {
        const open = withAttribute(span.openTag, "count", String(total)).replace(/\s*\/>$/, ">");
        xml = splice(xml, span.start, span.end, `${open}${prefixed(items, span.prefix)}</${span.prefix}${name}>`);
      } else {
        xml = splice(xml, span.closeStart, span.closeStart, prefixed(items, span.prefix));
        xml = splice(xml, span.start, span.openEnd, withAttribute(span.openTag, "count", String(total)));
      }
    }
    return xml;
  }

  private part(name: "fonts" | "fills" | "borders", xml: string): number {
    const key = name + xml;
    const known = this.cacheParts.get(key);
    if (known !== undefined) return known;
    const id = this.counts[name] + this.added[name].length;
    this.added[name].push(xml);
    this.cacheParts.set(key, id);
    return id;
  }

  private fontOf(style: CellStyle): number {
    const keys: (keyof CellStyle)[] = ["fontName", "size", "bold", "italic", "underline", "color"];
    if (keys.every((k) => style[k] === undefined)) return 0;
    const xml =
      "<font>" +
      (style.bold ? "<b/>" : "") +
      (style.italic ? "<i/>" : "") +
      (style.underline ? "<u/>" : "") +
      `<sz val="${style.size ?? this.baseFont.size}"/>` +
      (style.color !== undefined ? `<color rgb="${argb(style.color)}"/>` : "") +
      `<name val="${escapeXml(style.fontName ?? this.baseFont.name)}"/>` +
      "</font>";
    return this.part("fonts", xml);
  }

  private formatOf(code: string): number {
    const builtIn = BUILT_IN_IDS.get(code);
    if (builtIn !== undefined) return builtIn;
    const known = this.customFormats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.customFormats.set(code, id);
    this.added.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }
}

/** Our snippets carry no prefix; a prefixed styles part ("x:font") gets its prefix on every element. */
function prefixed(items: readonly string[], prefix: string): string {
  const joined = items.join("");
  return prefix === "" ? joined : joined.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`);
}

function borderXml(weight: "thin" | "medium"): string {
  const edge = (side: string): string => `<${side} style="${weight}"><color indexed="64"/></${side}>`;
  return `<border>${edge("left")}${edge("right")}${edge("top")}${edge("bottom")}<diagonal/></border>`;
}

function alignmentXml(style: CellStyle): string {
  const parts: string[] = [];
  if (style.horizontal !== undefined) parts.push(` horizontal="${style.horizontal}"`);
  // SheetSpec says "middle" as Office.js does; SpreadsheetML calls it "center".
  if (style.vertical !== undefined) parts.push(` vertical="${style.vertical === "middle" ? "center" : style.vertical}"`);
  if (style.wrap !== undefined) parts.push(` wrapText="${style.wrap ? 1 : 0}"`);
  return parts.length > 0 ? `<alignment${parts.join("")}/>` : "";
}

export function argb(rgb: string): string {
  return "FF" + rgb.replace(/^#/, "").toUpperCase();
}
