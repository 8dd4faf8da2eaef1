/**
 * A SheetSpec as a new worksheet part (SpreadsheetML), strings inline so that sharedStrings.xml is
 * left alone. The plan's `table` and `chart` are not written: the Office.js host adds both; the file
 * keeps the same formatted range, which reads and prints the same (docs/tep-xlsx.md).
 */
import { cellAddress, columnLetters, rangeAddress, sheetRef } from "../../../engine/a1";
import type { DataValidation, Rect, SheetSpec, SpecValue, ToolFormula } from "../../../engine/sheets/sheetSpec";
import { argb, type StyleAppender, type WriterStyle } from "./styleAppender";
import { escapeXml, xmlText } from "../xml/xmlText";

const MM_PER_INCH = 25.4;
const A4 = 9;
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Names the sheet needs, defined on the workbook with the sheet's localSheetId. */
export interface SheetName {
  readonly name: "_xlnm.Print_Area" | "_xlnm.Print_Titles";
  readonly formula: string;
}

export interface BuiltSheet {
  /** UTF-8, built in chunks: a sheet of a million cells never exists as one JavaScript string. */
  readonly xml: Uint8Array;
  readonly names: readonly SheetName[];
  /** The sheet holds the tool's formulas: the workbook must recalculate them on opening. */
  readonly hasFormulas: boolean;
}

export function sheetXml(spec: SheetSpec, sheetName: string, styles: StyleAppender, selected: boolean): BuiltSheet {
  checkMerges(spec.merges);
  const { height, width } = extent(spec);
  const styleIds = cellStyles(spec, height, width, styles);
  const links = new Map(spec.links.map((l) => [l.row * 16_384 + l.col, l]));
  const formulas = new Map((spec.formulas ?? []).map((f) => [f.row * 16_384 + f.col, f]));
  // By row (a later entry for a row wins, as in a Map): an array, not a Map, for the 18 000 heights of a comparison sheet.
  const heights: (number | undefined)[] = [];
  for (const h of spec.rowHeights) heights[h.row] = h.height;
  const parts = new Utf8Blocks();
  parts.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  const scale = spec.page.scale;
  if (scale.kind === "fit") parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  parts.push(`<dimension ref="${height > 0 && width > 0 ? rangeAddress(0, 0, height - 1, width - 1) : "A1"}"/>`);
  parts.push(sheetViews(spec, selected));
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (spec.columnWidths.length > 0) {
    parts.push("<cols>");
    spec.columnWidths.forEach((w, i) => parts.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`));
    parts.push("</cols>");
  }
  parts.push("<sheetData>");
  const letters = Array.from({ length: width }, (_, c) => columnLetters(c));
  // Per sheet, not per cell (a comparison sheet has 160 k cells): the s="…" attributes and the escaped
  // inline strings, which repeat (a member's name on each of its 60 rows).
  const styleAttributes: string[] = [];
  const inlineStrings = new Map<string, string>();
  const checkLinks = links.size > 0;
  const checkFormulas = formulas.size > 0;
  for (let r = 0; r < height; r++) {
    const line = spec.values[r];
    const ht = heights[r];
    const rowNumber = String(r + 1);
    let cells = "";
    for (let c = 0; c < width; c++) {
      let value: SpecValue = line?.[c] ?? null;
      if (checkLinks && value === null) value = links.get(r * 16_384 + c)?.cell ?? null;
      const s = styleIds[r * width + c]!;
      const formula = checkFormulas ? formulas.get(r * 16_384 + c) : undefined;
      if (formula) cells += formulaXml(letters[c]! + rowNumber, formula, s);
      else cells += cellXml(letters[c]! + rowNumber, value, (styleAttributes[s] ??= s > 0 ? ` s="${s}"` : ""), inlineStrings);
    }
    if (cells.length === 0 && ht === undefined) continue;
    // One row at a time into the UTF-8 blocks: no megabyte string to flatten and encode at the end.
    parts.push(`<row r="${rowNumber}"${ht !== undefined ? ` ht="${ht}" customHeight="1"` : ""}>${cells}</row>`);
  }
  parts.push("</sheetData>");
  // Schema order: sheetProtection after sheetData, before mergeCells. No password: the guard is against slips, not people.
  const protection = spec.protection ?? null;
  if (protection) {
    parts.push(`<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="${protection.allowFormatColumns ? 0 : 1}" formatRows="${protection.allowFormatRows ? 0 : 1}"/>`);
  }
  if (spec.merges.length > 0) {
    parts.push(`<mergeCells count="${spec.merges.length}">`);
    for (const m of spec.merges) parts.push(`<mergeCell ref="${rect(m)}"/>`);
    parts.push("</mergeCells>");
  }
  spec.conditionalFormats.forEach((cf, i) => {
    parts.push(
      `<conditionalFormatting sqref="${rect(cf.range)}"><cfRule type="dataBar" priority="${i + 1}"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="${argb(cf.color)}"/></dataBar></cfRule></conditionalFormatting>`,
    );
  });
  const validations = spec.validations ?? [];
  if (validations.length > 0) {
    parts.push(`<dataValidations count="${validations.length}">`);
    for (const v of validations) parts.push(validationXml(v));
    parts.push("</dataValidations>");
  }
  if (spec.links.length > 0) {
    parts.push("<hyperlinks>");
    for (const l of spec.links) {
      const shown = spec.values[l.row]?.[l.col];
      parts.push(`<hyperlink ref="${cellAddress(l.row, l.col)}" location="${xmlText(sheetRef(l.sheet, l.cell))}" display="${xmlText(shown === null || shown === undefined ? l.cell : String(shown))}"/>`);
    }
    parts.push("</hyperlinks>");
  }
  if (spec.page.centerHorizontally) parts.push('<printOptions horizontalCentered="1"/>');
  const m = spec.page.margins;
  const inches = (mm: number): string => String(Math.round((mm / MM_PER_INCH) * 1e6) / 1e6);
  parts.push(`<pageMargins left="${inches(m.left)}" right="${inches(m.right)}" top="${inches(m.top)}" bottom="${inches(m.bottom)}" header="0.3" footer="0.3"/>`);
  const scaling = scale.kind === "fit" ? ` fitToWidth="${scale.pagesWide}" fitToHeight="${scale.pagesTall}"` : ` scale="${Math.round(scale.percent)}"`;
  parts.push(`<pageSetup paperSize="${A4}"${scaling} orientation="${spec.page.orientation}"/>`);
  // A break id is the zero-based row (column) a new page starts at: Excel counts the rows above it.
  const { rowBreaks, columnBreaks } = spec.page;
  if (rowBreaks.length > 0) {
    parts.push(`<rowBreaks count="${rowBreaks.length}" manualBreakCount="${rowBreaks.length}">${rowBreaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("")}</rowBreaks>`);
  }
  if (columnBreaks.length > 0) {
    parts.push(`<colBreaks count="${columnBreaks.length}" manualBreakCount="${columnBreaks.length}">${columnBreaks.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join("")}</colBreaks>`);
  }
  parts.push("</worksheet>");
  const names: SheetName[] = [];
  if (spec.page.printArea) {
    const a = spec.page.printArea;
    names.push({ name: "_xlnm.Print_Area", formula: sheetRef(sheetName, `$${columnLetters(a.left)}$${a.top + 1}:$${columnLetters(a.right)}$${a.bottom + 1}`) });
  }
  // Title columns then title rows, as Excel writes them: 'S'!$A:$B,'S'!$2:$2
  const titles: string[] = [];
  const cols = spec.page.printTitleColumns;
  if (cols) titles.push(sheetRef(sheetName, `$${columnLetters(cols.first)}:$${columnLetters(cols.last)}`));
  const rows = spec.page.printTitleRows;
  if (rows) titles.push(sheetRef(sheetName, `$${rows.first + 1}:$${rows.last + 1}`));
  if (titles.length > 0) names.push({ name: "_xlnm.Print_Titles", formula: titles.join(",") });
  return { xml: parts.bytes(), names, hasFormulas: formulas.size > 0 };
}

/** The tool's own formula (never member text) with its cached result: a number as a plain value, else a string. */
function formulaXml(ref: string, formula: ToolFormula, style: number): string {
  const s = style > 0 ? ` s="${style}"` : "";
  const f = `<f>${escapeXml(formula.formula)}</f>`;
  const cached = formula.cached;
  if (typeof cached === "number" && Number.isFinite(cached)) return `<c r="${ref}"${s}>${f}<v>${cached}</v></c>`;
  return `<c r="${ref}"${s} t="str">${f}<v>${cached === null || typeof cached === "number" ? "" : xmlText(cached)}</v></c>`;
}

/** Attribute text: a line break must be a character reference, or the reader sees a space. */
function attribute(text: string): string {
  return xmlText(text).replace(/[\t\n\r]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** An entry rule with its prompt and its refusal: a drop-down list, a decimal range, or a number-or-word formula. */
function validationXml(v: DataValidation): string {
  const messages =
    ` allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="stop"` +
    ` errorTitle="${attribute(v.error.title)}" error="${attribute(v.error.text)}" promptTitle="${attribute(v.prompt.title)}" prompt="${attribute(v.prompt.text)}" sqref="${rect(v.range)}"`;
  const rule = v.rule;
  const formula = (n: number, text: string | number): string => `<formula${n}>${escapeXml(String(text))}</formula${n}>`;
  if (rule.kind === "list") return `<dataValidation type="list"${messages}>${formula(1, `"${rule.items.join(",")}"`)}</dataValidation>`;
  if (rule.words.length === 0) {
    const decimal = (operator: string, ...bounds: number[]): string =>
      `<dataValidation type="decimal" operator="${operator}"${messages}>${bounds.map((b, i) => formula(i + 1, b)).join("")}</dataValidation>`;
    if (rule.min !== null && rule.max !== null) return decimal("between", rule.min, rule.max);
    if (rule.min !== null) return decimal("greaterThanOrEqual", rule.min);
    if (rule.max !== null) return decimal("lessThanOrEqual", rule.max);
    return decimal("between", -1e15, 1e15);
  }
  // A number or one of the words: a custom rule, relative to the range's first cell as Excel reads it.
  const at = cellAddress(v.range.top, v.range.left);
  const bounds = [rule.min !== null ? `${at}>=${rule.min}` : null, rule.max !== null ? `${at}<=${rule.max}` : null].filter((b) => b !== null);
  const number = bounds.length > 0 ? `AND(ISNUMBER(${at}),${bounds.join(",")})` : `ISNUMBER(${at})`;
  const words = rule.words.map((w) => `${at}="${w.replace(/"/g, '""')}"`);
  return `<dataValidation type="custom"${messages}>${formula(1, `OR(${[number, ...words].join(",")})`)}</dataValidation>`;
}

/**
 * The part's UTF-8, written in blocks of about a megabyte as the rows come: a sheet of a million cells
 * never exists as one JavaScript string, and no megabyte string is flattened and encoded at the end.
 */
class Utf8Blocks {
  private static readonly BLOCK = 1 << 20;
  private static readonly encoder = new TextEncoder();
  private readonly blocks: Uint8Array[] = [];
  /** Small at first: most of the tool's sheets are a few kilobytes. */
  private block = new Uint8Array(1 << 16);
  private at = 0;
  private length = 0;

  push(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 unit.
    this.room(text.length * 3);
    this.at += Utf8Blocks.encoder.encodeInto(text, this.block.subarray(this.at)).written;
  }

  bytes(): Uint8Array {
    this.blocks.push(this.block.subarray(0, this.at));
    this.length += this.at;
    this.block = new Uint8Array(0);
    this.at = 0;
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const b of this.blocks) {
      out.set(b, at);
      at += b.length;
    }
    return out;
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.block.length) return;
    this.blocks.push(this.block.subarray(0, this.at));
    this.length += this.at;
    this.block = new Uint8Array(Math.max(Utf8Blocks.BLOCK, bytes));
    this.at = 0;
  }
}

const INLINE_CACHE_TEXT = 100;
const INLINE_CACHE_SIZE = 65_536;

/** One cell ("" when it has neither value nor style); `s` is its ` s="…"` attribute or "", `inline` a cache of string bodies. */
function cellXml(ref: string, value: SpecValue, s: string, inline: Map<string, string>): string {
  if (value === null || (typeof value === "number" && !Number.isFinite(value))) return s !== "" ? `<c r="${ref}"${s}/>` : "";
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  // Always an inline string: text a member typed as "=SUM(A1)" stays text, never a formula.
  let body = inline.get(value);
  if (body === undefined) {
    const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : "";
    body = `<is><t${space}>${xmlText(value)}</t></is>`;
    // Short texts repeat (names, codes); a long one seldom does, and a findings sheet has 250 k of them.
    if (value.length <= INLINE_CACHE_TEXT && inline.size < INLINE_CACHE_SIZE) inline.set(value, body);
  }
  return `<c r="${ref}"${s} t="inlineStr">${body}</c>`;
}

function sheetViews(spec: SheetSpec, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : "";
  const f = spec.freeze;
  if (f === null || (f.rows === 0 && f.columns === 0)) return `<sheetViews><sheetView${tab} workbookViewId="0"/></sheetViews>`;
  const pane = f.rows > 0 && f.columns > 0 ? "bottomRight" : f.rows > 0 ? "bottomLeft" : "topRight";
  const split = `${f.columns > 0 ? ` xSplit="${f.columns}"` : ""}${f.rows > 0 ? ` ySplit="${f.rows}"` : ""}`;
  const top = cellAddress(f.rows, f.columns);
  return `<sheetViews><sheetView${tab} workbookViewId="0"><pane${split} topLeftCell="${top}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`;
}

function extent(spec: SheetSpec): { height: number; width: number } {
  let height = spec.values.length;
  let width = spec.values.reduce((w, row) => Math.max(w, row.length), 0);
  for (const range of [...spec.styles.map((s) => s.range), ...(spec.unlocked ?? [])]) {
    height = Math.max(height, range.bottom + 1);
    width = Math.max(width, range.right + 1);
  }
  for (const f of spec.formulas ?? []) {
    height = Math.max(height, f.row + 1);
    width = Math.max(width, f.col + 1);
  }
  return { height, width };
}

/** Later style entries override earlier ones property by property: each cell gets its merged style's xf. */
function cellStyles(spec: SheetSpec, height: number, width: number, styles: StyleAppender): Int32Array {
  const combo = new Int32Array(height * width);
  const combos: WriterStyle[] = [{}];
  const comboIds = new Map<string, number>();
  // Entries with the same content share their combinations: a findings sheet styles each of 250 k rows alike.
  const entryKeys = new Map<string, number>();
  // The unlocked input cells come last, as one more property over whatever style they have.
  const unlocked: readonly { readonly range: Rect; readonly style: WriterStyle }[] = (spec.unlocked ?? []).map((range) => ({ range, style: { unlocked: true } }));
  for (const { range, style } of [...spec.styles, ...unlocked]) {
    const text = JSON.stringify(style);
    let entry = entryKeys.get(text);
    if (entry === undefined) {
      entry = entryKeys.size;
      entryKeys.set(text, entry);
    }
    let lastPrior = -1;
    let lastNext = 0;
    for (let r = Math.max(0, range.top); r <= range.bottom; r++) {
      for (let c = Math.max(0, range.left); c <= range.right; c++) {
        const at = r * width + c;
        const prior = combo[at]!;
        if (prior !== lastPrior) {
          const key = `${prior}:${entry}`;
          let next = comboIds.get(key);
          if (next === undefined) {
            next = combos.length;
            combos.push({ ...combos[prior]!, ...style });
            comboIds.set(key, next);
          }
          lastPrior = prior;
          lastNext = next;
        }
        combo[at] = lastNext;
      }
    }
  }
  const xf = combos.map((style, i) => (i === 0 ? 0 : styles.index(style)));
  for (let i = 0; i < combo.length; i++) combo[i] = xf[combo[i]!]!;
  return combo;
}

function checkMerges(merges: readonly Rect[]): void {
  merges.forEach((a, i) => {
    for (const b of merges.slice(i + 1)) {
      if (a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom) throw new Error(`các vùng gộp ô ${rect(a)} và ${rect(b)} chồng lên nhau / overlapping merges`);
    }
  });
}

function rect(r: Rect): string {
  return rangeAddress(r.top, r.left, r.bottom, r.right);
}
