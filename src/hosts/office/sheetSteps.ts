/**
 * One sheet spec → write steps on a worksheet proxy. A step only queues
 * commands; the caller decides where the syncs go. Each step carries an
 * estimate of its request size so a large write can be split under Excel on
 * the web's 5 MB limit.
 */
import type { CellStyle, SpecValue, Rect, SheetSpec } from "../../engine/sheets/sheetSpec";
import { cellAddress, columnLetters, rangeAddress, sheetRef } from "../../engine/a1";
import { needsTextFormat } from "./textSafety";
import { charWidthToPoints, mmToPoints } from "./units";

export interface WriteStep {
  /** Estimated request bytes of the commands this step queues. */
  readonly bytes: number;
  readonly apply: () => void;
}

/** Which optional requirement sets this Excel has (see requirementSets.ts). */
export interface OptionalSupport {
  readonly dataBar: boolean;
  readonly view: boolean;
  readonly pageLayout: boolean;
}

/** Fixed cost of a command in the request (object path, method name, ids). */
const COMMAND_BYTES = 120;

function address(r: Rect): string {
  return rangeAddress(r.top, r.left, r.bottom, r.right);
}

function jsonBytes(value: unknown): number {
  return JSON.stringify(value).length;
}

/** Number formats of the value grid: styles in order, then "@" on the strings Excel would reinterpret. */
export function gridNumberFormats(plan: SheetSpec): string[][] {
  const grid = plan.values.map((row) => row.map(() => "General"));
  for (const { range, style } of plan.styles) {
    if (style.numberFormat === undefined) continue;
    for (let r = range.top; r <= Math.min(range.bottom, grid.length - 1); r++) {
      const row = grid[r]!;
      for (let c = range.left; c <= Math.min(range.right, row.length - 1); c++) row[c] = style.numberFormat;
    }
  }
  plan.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === "string" && needsTextFormat(v)) grid[r]![c] = "@";
    }),
  );
  return grid;
}

/** Splits the grid into row blocks of at most maxBytes each (a single wider row stays whole). */
function rowBlocks(values: readonly (readonly SpecValue[])[], formats: readonly (readonly string[])[], maxBytes: number): { first: number; last: number; bytes: number }[] {
  const blocks: { first: number; last: number; bytes: number }[] = [];
  let first = 0;
  let bytes = 0;
  values.forEach((row, r) => {
    const rowBytes = jsonBytes(row) + jsonBytes(formats[r]) + 2;
    if (r > first && bytes + rowBytes > maxBytes) {
      blocks.push({ first, last: r - 1, bytes });
      first = r;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (values.length > 0) blocks.push({ first, last: values.length - 1, bytes });
  return blocks;
}

const HORIZONTAL: Readonly<Record<NonNullable<CellStyle["horizontal"]>, Excel.HorizontalAlignment>> = {
  left: "Left" as Excel.HorizontalAlignment,
  center: "Center" as Excel.HorizontalAlignment,
  right: "Right" as Excel.HorizontalAlignment,
  justify: "Justify" as Excel.HorizontalAlignment,
};

const VERTICAL: Readonly<Record<NonNullable<CellStyle["vertical"]>, Excel.VerticalAlignment>> = {
  top: "Top" as Excel.VerticalAlignment,
  middle: "Center" as Excel.VerticalAlignment,
  bottom: "Bottom" as Excel.VerticalAlignment,
};

function applyStyle(range: Excel.Range, rect: Rect, style: CellStyle): void {
  const font = range.format.font;
  if (style.fontName !== undefined) font.name = style.fontName;
  if (style.size !== undefined) font.size = style.size;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.underline !== undefined) font.underline = style.underline ? "Single" : "None";
  if (style.color !== undefined) font.color = `#${style.color}`;
  if (style.fill !== undefined) range.format.fill.color = `#${style.fill}`;
  if (style.horizontal !== undefined) range.format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) range.format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.border !== undefined) {
    const edges: Excel.BorderIndex[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as Excel.BorderIndex[];
    // Inside borders do not exist on a single row or column.
    if (rect.bottom > rect.top) edges.push("InsideHorizontal" as Excel.BorderIndex);
    if (rect.right > rect.left) edges.push("InsideVertical" as Excel.BorderIndex);
    const weight = (style.border === "thin" ? "Thin" : "Medium") as Excel.BorderWeight;
    for (const edge of edges) {
      const border = range.format.borders.getItem(edge);
      border.style = "Continuous" as Excel.BorderLineStyle;
      border.weight = weight;
    }
  }
}

/** Runs of equal consecutive values: [[first, last, value], …]. */
function runs<T>(entries: readonly { readonly index: number; readonly value: T }[]): { first: number; last: number; value: T }[] {
  const sorted = [...entries].sort((a, b) => a.index - b.index);
  const out: { first: number; last: number; value: T }[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.last + 1 === e.index && prev.value === e.value) prev.last = e.index;
    else out.push({ first: e.index, last: e.index, value: e.value });
  }
  return out;
}

/** The steps that fill a freshly added worksheet from its plan, in the order Excel needs them. */
export function sheetSteps(sheet: () => Excel.Worksheet, plan: SheetSpec, support: OptionalSupport, maxStepBytes: number): WriteStep[] {
  const steps: WriteStep[] = [];
  const step = (bytes: number, apply: () => void): void => {
    steps.push({ bytes: bytes + COMMAND_BYTES, apply });
  };
  const width = plan.values[0]?.length ?? 0;

  // Number formats outside the value grid (a style reaching past the data) go first; the grid's own array then wins inside.
  for (const { range, style } of plan.styles) {
    if (style.numberFormat === undefined) continue;
    if (range.bottom < plan.values.length && range.right < width) continue;
    const format = style.numberFormat;
    const rows = range.bottom - range.top + 1;
    const cols = range.right - range.left + 1;
    step(rows * cols * (format.length + 3), () => {
      sheet().getRange(address(range)).numberFormat = Array.from({ length: rows }, () => Array.from({ length: cols }, () => format));
    });
  }

  if (plan.values.length > 0 && width > 0) {
    const formats = gridNumberFormats(plan);
    for (const block of rowBlocks(plan.values, formats, maxStepBytes)) {
      step(block.bytes, () => {
        const range = sheet().getRange(rangeAddress(block.first, 0, block.last, width - 1));
        // Formats before values: a Text cell keeps "=SUM(A1)" or "+84 912" literally.
        range.numberFormat = formats.slice(block.first, block.last + 1);
        range.values = plan.values.slice(block.first, block.last + 1) as (string | number | boolean | null)[][];
      });
    }
  }

  for (const { range, style } of plan.styles) {
    if (!Object.keys(style).some((key) => key !== "numberFormat")) continue;
    step(jsonBytes(style), () => applyStyle(sheet().getRange(address(range)), range, style));
  }

  if (plan.merges.length > 0) {
    step(plan.merges.length * COMMAND_BYTES, () => {
      for (const m of plan.merges) sheet().getRange(address(m)).merge(false);
    });
  }

  const widths = runs(plan.columnWidths.map((w, index) => ({ index, value: w })));
  const heights = runs(plan.rowHeights.map((h) => ({ index: h.row, value: h.height })));
  if (widths.length + heights.length > 0) {
    step((widths.length + heights.length) * COMMAND_BYTES, () => {
      for (const w of widths) sheet().getRange(`${columnLetters(w.first)}:${columnLetters(w.last)}`).format.columnWidth = charWidthToPoints(w.value);
      for (const h of heights) sheet().getRange(`${h.first + 1}:${h.last + 1}`).format.rowHeight = h.value;
    });
  }

  if (support.view && plan.links.length > 0) {
    step(jsonBytes(plan.links) + plan.links.length * COMMAND_BYTES, () => {
      for (const link of plan.links) {
        sheet().getRange(cellAddress(link.row, link.col)).hyperlink = { documentReference: sheetRef(link.sheet, link.cell) };
      }
    });
  }

  if (support.dataBar && plan.conditionalFormats.length > 0) {
    step(plan.conditionalFormats.length * COMMAND_BYTES, () => {
      for (const cf of plan.conditionalFormats) {
        const format = sheet().getRange(address(cf.range)).conditionalFormats.add("DataBar" as Excel.ConditionalFormatType);
        format.dataBar.positiveFormat.fillColor = `#${cf.color}`;
      }
    });
  }

  const table = plan.table;
  if (table !== null) {
    step(COMMAND_BYTES, () => {
      const ws = sheet();
      ws.tables.add(ws.getRange(address(table.range)), true).style = table.style;
    });
  }

  // Without Series.setXAxisValues (1.7) the bars would have no names: better no chart.
  const chart = plan.chart;
  if (chart !== null && support.view) {
    step(jsonBytes(chart) + 4 * COMMAND_BYTES, () => {
      const ws = sheet();
      const c = ws.charts.add("BarClustered" as Excel.ChartType, ws.getRange(address(chart.values)), "Columns" as Excel.ChartSeriesBy);
      c.title.text = chart.title;
      c.legend.visible = false;
      c.series.getItemAt(0).setXAxisValues(ws.getRange(address(chart.categories)));
      c.setPosition(cellAddress(chart.anchor.top, chart.anchor.left), cellAddress(chart.anchor.bottom, chart.anchor.right));
    });
  }

  const freeze = plan.freeze;
  if (freeze !== null && support.view && (freeze.rows > 0 || freeze.columns > 0)) {
    step(COMMAND_BYTES, () => {
      const panes = sheet().freezePanes;
      if (freeze.columns === 0) panes.freezeRows(freeze.rows);
      else if (freeze.rows === 0) panes.freezeColumns(freeze.columns);
      else panes.freezeAt(rangeAddress(0, 0, freeze.rows - 1, freeze.columns - 1));
    });
  }

  if (support.pageLayout) {
    const page = plan.page;
    step((10 + page.rowBreaks.length + page.columnBreaks.length) * COMMAND_BYTES, () => {
      const ws = sheet();
      const layout = ws.pageLayout;
      layout.paperSize = "A4" as Excel.PaperType;
      layout.orientation = (page.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation;
      // 0 pages on an axis: as many as needed (Excel's "Fit all columns on one page").
      layout.zoom = page.scale.kind === "percent" ? { scale: page.scale.percent } : { horizontalFitToPages: page.scale.pagesWide, verticalFitToPages: page.scale.pagesTall };
      layout.topMargin = mmToPoints(page.margins.top);
      layout.bottomMargin = mmToPoints(page.margins.bottom);
      layout.leftMargin = mmToPoints(page.margins.left);
      layout.rightMargin = mmToPoints(page.margins.right);
      layout.centerHorizontally = page.centerHorizontally;
      if (page.printArea !== null) layout.setPrintArea(address(page.printArea));
      if (page.printTitleRows !== null) layout.setPrintTitleRows(`$${page.printTitleRows.first + 1}:$${page.printTitleRows.last + 1}`);
      if (page.printTitleColumns !== null) layout.setPrintTitleColumns(`$${columnLetters(page.printTitleColumns.first)}:$${columnLetters(page.printTitleColumns.last)}`);
      for (const row of page.rowBreaks) ws.horizontalPageBreaks.add(cellAddress(row, 0));
      for (const col of page.columnBreaks) ws.verticalPageBreaks.add(cellAddress(0, col));
    });
  }
  return steps;
}
