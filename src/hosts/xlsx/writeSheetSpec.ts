/** Fills a fresh ExcelJS worksheet from a SheetSpec. */
import type { Alignment, Borders, DataValidation as ExcelValidation, Fill, Font, Worksheet } from "exceljs";
import { cellAddress, columnLetters, rangeAddress, sheetRef } from "../../engine/a1";
import type { CellStyle, DataValidation, PageSetup, Rect, SheetSpec } from "../../engine/sheets/sheetSpec";

const MM_PER_INCH = 25.4;
const A4 = 9;

/** The plan's `table` and `chart` are not written here: ExcelJS cannot write charts, and its
 * tables cannot overlap the merged title cells and styles we write ourselves; the Office.js host
 * adds both. The file keeps the same formatted range, which reads and prints the same. */
export function writeSheetSpec(ws: Worksheet, plan: SheetSpec): void {
  writeValues(ws, plan);
  for (const m of plan.merges) ws.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  writeStyles(ws, plan.styles);
  writeLinks(ws, plan);
  plan.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const { row, height } of plan.rowHeights) ws.getRow(row + 1).height = height;
  if (plan.freeze !== null && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    const { rows, columns } = plan.freeze;
    ws.views = [{ state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: cellAddress(rows, columns) }];
  }
  for (const cf of plan.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: rectAddress(cf.range),
      rules: [
        {
          type: "dataBar",
          priority: 1,
          cfvo: [{ type: "min" }, { type: "max" }],
          color: { argb: argb(cf.color) },
          gradient: true,
        } as never,
      ],
    });
  }
  ws.pageSetup = pageSetup(plan.page);
  // ExcelJS numbers a row break by the last row above it (1-based), which is the zero-based row below it.
  for (const row of plan.page.rowBreaks) ws.getRow(row).addPageBreak();
  writeInputGuards(ws, plan);
}

/**
 * A form's guards: the tool's own formulas with their cached results, the unlocked input cells, the entry rules
 * and the protection without a password. In the file: `<c><f>…</f><v>…</v></c>`, `<protection locked="0"/>` in
 * the input cells' cellXfs, `<dataValidations>` (decimal, list, or custom when words are allowed beside a
 * number), and `<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>`.
 */
function writeInputGuards(ws: Worksheet, plan: SheetSpec): void {
  for (const f of plan.formulas ?? []) {
    // The formula string comes from the tool's builders only: member text never reaches this field.
    ws.getCell(f.row + 1, f.col + 1).value = { formula: f.formula, result: f.cached ?? undefined } as never;
  }
  for (const r of plan.unlocked ?? []) {
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) ws.getCell(row + 1, col + 1).protection = { locked: false };
    }
  }
  // ExcelJS types only the per-cell `dataValidation`; its worksheet's range-keyed model is untyped.
  const validations = (ws as unknown as { dataValidations: { add(address: string, validation: ExcelValidation): void } }).dataValidations;
  for (const v of plan.validations ?? []) validations.add(rectAddress(v.range), excelValidation(v));
  if (plan.protection) {
    // No password: ExcelJS sets the model synchronously; true here means "allowed" (formatColumns="0").
    void ws.protect("", { formatColumns: plan.protection.allowFormatColumns, formatRows: plan.protection.allowFormatRows });
  }
}

function excelValidation(v: DataValidation): ExcelValidation {
  const messages = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.text,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: v.error.title,
    error: v.error.text,
  } as const;
  const rule = v.rule;
  if (rule.kind === "list") return { ...messages, type: "list", formulae: [`"${rule.items.join(",")}"`] };
  if (rule.words.length === 0) {
    if (rule.min !== null && rule.max !== null) return { ...messages, type: "decimal", operator: "between", formulae: [rule.min, rule.max] };
    if (rule.min !== null) return { ...messages, type: "decimal", operator: "greaterThanOrEqual", formulae: [rule.min] };
    if (rule.max !== null) return { ...messages, type: "decimal", operator: "lessThanOrEqual", formulae: [rule.max] };
    return { ...messages, type: "decimal", operator: "between", formulae: [-1e15, 1e15] };
  }
  // A number or one of the words: a custom rule, relative to the range's first cell as Excel reads it.
  const at = cellAddress(v.range.top, v.range.left);
  const bounds = [rule.min !== null ? `${at}>=${rule.min}` : null, rule.max !== null ? `${at}<=${rule.max}` : null].filter((b) => b !== null);
  const number = bounds.length > 0 ? `AND(ISNUMBER(${at}),${bounds.join(",")})` : `ISNUMBER(${at})`;
  const words = rule.words.map((w) => `${at}="${w.replace(/"/g, '""')}"`);
  return { ...messages, type: "custom", formulae: [`OR(${[number, ...words].join(",")})`] };
}

function writeValues(ws: Worksheet, plan: SheetSpec): void {
  plan.values.forEach((line, r) => {
    const row = ws.getRow(r + 1);
    line.forEach((value, c) => {
      // Strings go in as plain strings: ExcelJS stores them as text, so "=1+1" from a member stays text.
      if (value !== null) row.getCell(c + 1).value = value;
    });
  });
}

function writeLinks(ws: Worksheet, plan: SheetSpec): void {
  for (const link of plan.links) {
    const cell = ws.getCell(link.row + 1, link.col + 1);
    const shown = plan.values[link.row]?.[link.col];
    cell.value = { text: shown === null || shown === undefined ? link.cell : String(shown), hyperlink: "#" + sheetRef(link.sheet, link.cell) };
  }
}

/** Later entries override earlier ones property by property, so styles are merged per cell first. */
function writeStyles(ws: Worksheet, styles: SheetSpec["styles"]): void {
  const merged = new Map<number, { row: number; col: number; style: CellStyle }>();
  for (const { range, style } of styles) {
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const key = r * 16_384 + c;
        const prior = merged.get(key);
        merged.set(key, { row: r, col: c, style: prior ? { ...prior.style, ...style } : style });
      }
    }
  }
  for (const { row, col, style } of merged.values()) {
    const cell = ws.getCell(row + 1, col + 1);
    const font = fontOf(style);
    if (font) cell.font = font;
    if (style.fill !== undefined) cell.fill = solidFill(style.fill);
    if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
    const alignment = alignmentOf(style);
    if (alignment) cell.alignment = alignment;
    if (style.border !== undefined) cell.border = bordersOf(style.border);
  }
}

function fontOf(style: CellStyle): Partial<Font> | null {
  const font: Partial<Font> = {};
  if (style.fontName !== undefined) font.name = style.fontName;
  if (style.size !== undefined) font.size = style.size;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.underline !== undefined) font.underline = style.underline;
  if (style.color !== undefined) font.color = { argb: argb(style.color) };
  return Object.keys(font).length > 0 ? font : null;
}

function solidFill(color: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(color) } };
}

function alignmentOf(style: CellStyle): Partial<Alignment> | null {
  const alignment: Partial<Alignment> = {};
  if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
  if (style.vertical !== undefined) alignment.vertical = style.vertical;
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  return Object.keys(alignment).length > 0 ? alignment : null;
}

function bordersOf(weight: "thin" | "medium"): Partial<Borders> {
  const edge = { style: weight };
  return { top: edge, left: edge, bottom: edge, right: edge };
}

function pageSetup(page: PageSetup): Worksheet["pageSetup"] {
  const inches = (mm: number): number => mm / MM_PER_INCH;
  const scale =
    page.scale.kind === "percent"
      ? { fitToPage: false, scale: page.scale.percent }
      : { fitToPage: true, fitToWidth: page.scale.pagesWide, fitToHeight: page.scale.pagesTall };
  const titleColumns = page.printTitleColumns;
  return {
    paperSize: A4,
    orientation: page.orientation,
    ...scale,
    horizontalCentered: page.centerHorizontally,
    margins: {
      top: inches(page.margins.top),
      bottom: inches(page.margins.bottom),
      left: inches(page.margins.left),
      right: inches(page.margins.right),
      header: 0.3,
      footer: 0.3,
    },
    ...(page.printArea ? { printArea: rectAddress(page.printArea) } : {}),
    ...(page.printTitleRows ? { printTitlesRow: `${page.printTitleRows.first + 1}:${page.printTitleRows.last + 1}` } : {}),
    ...(titleColumns ? { printTitlesColumn: `${columnLetters(titleColumns.first)}:${columnLetters(titleColumns.last)}` } : {}),
  } as Worksheet["pageSetup"];
}

function rectAddress(r: Rect): string {
  return rangeAddress(r.top, r.left, r.bottom, r.right);
}

function argb(rgb: string): string {
  return "FF" + rgb.replace(/^#/, "").toUpperCase();
}
