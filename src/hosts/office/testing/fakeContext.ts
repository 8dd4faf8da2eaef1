/**
 * Proxy objects of the fake Excel, faithful where the host could go wrong:
 * commands are queued and applied only at sync(), in order and not as a
 * transaction (a failing command leaves earlier ones applied, later ones
 * dropped); reading a property that was not load()ed and synced throws
 * PropertyNotLoaded; arrays must match the range's shape; APIs above the
 * declared ExcelApi version fail with ApiNotFound at sync.
 */
import type { Box } from "./fakeAddress";
import { boxColumns, boxRows, formatBox, MAX_ROW, parseBox, quoteSheet } from "./fakeAddress";
import type { BorderWeight, FakeCell, FakeChart, FakeName, FakeSheet, FakeValue } from "./fakeWorkbook";
import { cellKey, checkSheetName, emptyCell, FakeOfficeError, nameValue, newSheet, storeValue } from "./fakeWorkbook";

/** The workbook and switches the context works on (implemented by FakeExcel). */
export interface FakeBackend {
  readonly sheets: FakeSheet[];
  readonly names: FakeName[];
  activeSheet: FakeSheet | null;
  selection: { sheet: FakeSheet; box: Box } | null;
  /** Minor version of ExcelApi 1.x supported. */
  readonly apiMinor: number;
  payloadLimitBytes: number;
  readonly simulate: { cellEditModeSyncs: number; failOn: string | null };
  countSync(bytes: number): void;
}

interface Command {
  readonly api: string;
  readonly minor: number;
  readonly bytes: number;
  readonly run: () => void;
}

type LoadSpec = string | readonly string[] | { readonly select?: string };

function loadList(spec: LoadSpec | undefined): string[] {
  if (spec === undefined) return [];
  const text = typeof spec === "string" ? spec : Array.isArray(spec) ? spec.join(",") : (spec as { select?: string }).select ?? "";
  return text.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
}

export class FakeRequestContext {
  private queue: Command[] = [];
  readonly workbook: FakeWorkbookProxy;

  constructor(readonly backend: FakeBackend) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  enqueue(api: string, minor: number, payload: unknown, run: () => void): void {
    this.queue.push({ api, minor, bytes: JSON.stringify(payload ?? null).length + api.length + 40, run });
  }

  get pendingCount(): number {
    return this.queue.length;
  }

  /** Drops commands never synced (what happens to them when Excel.run ends). */
  discardPending(): void {
    this.queue = [];
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    const bytes = commands.reduce((sum, c) => sum + c.bytes, 0);
    this.backend.countSync(bytes);
    await Promise.resolve();
    const sim = this.backend.simulate;
    if (sim.cellEditModeSyncs > 0) {
      sim.cellEditModeSyncs -= 1;
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    if (bytes > this.backend.payloadLimitBytes) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    for (const c of commands) {
      if (c.minor > this.backend.apiMinor) {
        throw new FakeOfficeError("ApiNotFound", `The API ${c.api} needs ExcelApi 1.${c.minor}.`);
      }
      if (sim.failOn === c.api) {
        sim.failOn = null;
        throw new FakeOfficeError("GeneralException", `Simulated failure in ${c.api}.`);
      }
      c.run();
    }
  }
}

abstract class FakeProxy {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(readonly context: FakeRequestContext) {}

  protected abstract readProperty(name: string): unknown;

  protected loadedValue(name: string): unknown {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError("PropertyNotLoaded", `The property '${name}' is not available. Call load() and context.sync() before reading it.`);
    }
    return this.loaded.get(name);
  }

  /** Whether the object exists; resolved at sync, like Excel's *OrNullObject. */
  protected markNullable(exists: () => boolean): void {
    this.context.enqueue("isNullObject", 1, null, () => {
      this.nullState = !exists();
    });
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      throw new FakeOfficeError("PropertyNotLoaded", "The property 'isNullObject' is not available. Call context.sync() before reading it.");
    }
    return this.nullState;
  }

  protected get isNull(): boolean {
    return this.nullState === true;
  }

  load(spec?: LoadSpec): this {
    const names = loadList(spec);
    this.context.enqueue("load", 1, names, () => this.loadNow(names));
    return this;
  }

  /** Loads at once; only for code already running inside a sync (a collection filling its items). */
  loadNow(names: readonly string[]): void {
    for (const n of names) this.loaded.set(n, this.isNull ? null : this.readProperty(n));
  }
}

// ---------------------------------------------------------------- workbook

export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;

  constructor(context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
  }
}

export class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | undefined;

  constructor(readonly context: FakeRequestContext) {}

  private get backend(): FakeBackend {
    return this.context.backend;
  }

  get items(): FakeWorksheet[] {
    if (this.loadedItems === undefined) throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.loadedItems;
  }

  load(spec?: LoadSpec): this {
    const props = loadList(spec).map((p) => p.replace(/^items\//, ""));
    this.context.enqueue("worksheets.load", 1, props, () => {
      this.loadedItems = this.backend.sheets.map((s) => {
        const w = FakeWorksheet.bound(this.context, s);
        w.loadNow(props);
        return w;
      });
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return FakeWorksheet.byName(this.context, name, false);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return FakeWorksheet.byName(this.context, name, true);
  }

  add(name: string): FakeWorksheet {
    const sheet = FakeWorksheet.pending(this.context);
    this.context.enqueue("worksheets.add", 1, name, () => {
      checkSheetName(name, this.backend.sheets);
      const s = newSheet(name);
      this.backend.sheets.push(s);
      sheet.bind(s);
    });
    return sheet;
  }
}

export class FakeWorksheet extends FakeProxy {
  private ref: FakeSheet | null = null;
  private locate: () => FakeSheet | null = () => null;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly horizontalPageBreaks: FakePageBreakCollection;
  readonly verticalPageBreaks: FakePageBreakCollection;

  private constructor(context: FakeRequestContext) {
    super(context);
    this.horizontalPageBreaks = new FakePageBreakCollection(context, this, "rows");
    this.verticalPageBreaks = new FakePageBreakCollection(context, this, "columns");
    this.freezePanes = new FakeFreezePanes(context, this);
    this.pageLayout = new FakePageLayout(context, this);
    this.tables = new FakeTableCollection(context, this);
    this.charts = new FakeChartCollection(context, this);
  }

  static bound(context: FakeRequestContext, sheet: FakeSheet): FakeWorksheet {
    const w = new FakeWorksheet(context);
    w.ref = sheet;
    return w;
  }

  static pending(context: FakeRequestContext): FakeWorksheet {
    return new FakeWorksheet(context);
  }

  static byName(context: FakeRequestContext, name: string, nullable: boolean): FakeWorksheet {
    const w = new FakeWorksheet(context);
    const folded = name.toLowerCase();
    w.locate = () => context.backend.sheets.find((s) => s.name.toLowerCase() === folded) ?? null;
    if (nullable) w.markNullable(() => w.locate() !== null);
    return w;
  }

  bind(sheet: FakeSheet): void {
    this.ref = sheet;
  }

  /** The sheet this proxy stands for, resolved at sync time. */
  resolve(): FakeSheet {
    if (this.ref === null) this.ref = this.locate();
    if (this.ref === null || this.ref.deleted) throw new FakeOfficeError("ItemNotFound", "The requested worksheet does not exist.");
    return this.ref;
  }

  protected readProperty(name: string): unknown {
    const s = this.resolve();
    if (name === "name") return s.name;
    if (name === "position") return this.context.backend.sheets.indexOf(s);
    throw new FakeOfficeError("InvalidArgument", `The fake does not load Worksheet.${name}.`);
  }

  get name(): string {
    return this.loadedValue("name") as string;
  }

  set name(value: string) {
    this.context.enqueue("worksheet.name", 1, value, () => {
      const s = this.resolve();
      checkSheetName(value, this.context.backend.sheets.filter((o) => o !== s));
      s.name = value;
    });
  }

  get position(): number {
    return this.loadedValue("position") as number;
  }

  set position(value: number) {
    this.context.enqueue("worksheet.position", 1, value, () => {
      const s = this.resolve();
      const list = this.context.backend.sheets;
      if (value < 0 || value >= list.length) throw new FakeOfficeError("InvalidArgument", "The position is out of range.");
      list.splice(list.indexOf(s), 1);
      list.splice(value, 0, s);
    });
  }

  delete(): void {
    this.context.enqueue("worksheet.delete", 1, null, () => {
      const s = this.resolve();
      const b = this.context.backend;
      if (b.sheets.length === 1) throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      b.sheets.splice(b.sheets.indexOf(s), 1);
      s.deleted = true;
      if (b.activeSheet === s) b.activeSheet = b.sheets[0] ?? null;
      if (b.selection?.sheet === s) b.selection = null;
    });
  }

  activate(): void {
    this.context.enqueue("worksheet.activate", 1, null, () => {
      this.context.backend.activeSheet = this.resolve();
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this, () => {
      if (address === undefined) return { top: 0, left: 0, bottom: 1048575, right: 16383 };
      const box = parseBox(address);
      if (box === null) throw new FakeOfficeError("InvalidArgument", `The address "${address}" is not valid.`);
      return box;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    let used: Box | null = null;
    const range = new FakeRange(this.context, this, () => {
      if (used === null) throw new FakeOfficeError("ItemNotFound", "The worksheet is empty.");
      return used;
    });
    range.nullableFrom(() => {
      used = usedBox(this.resolve(), valuesOnly === true);
      return used !== null;
    }, "worksheet.getUsedRangeOrNullObject");
    return range;
  }
}

function usedBox(sheet: FakeSheet, valuesOnly: boolean): Box | null {
  let box: { top: number; left: number; bottom: number; right: number } | null = null;
  for (const [key, cell] of sheet.cells) {
    const hasValue = cell.value !== null || cell.formula !== null;
    if (valuesOnly ? !hasValue : !hasValue && cell.numberFormat === "General" && cell.fill === null) continue;
    const [r, c] = key.split(":").map(Number) as [number, number];
    box = box === null
      ? { top: r, left: c, bottom: r, right: c }
      : { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: Math.max(box.bottom, r), right: Math.max(box.right, c) };
  }
  return box;
}

// ---------------------------------------------------------------- range

export class FakeRange extends FakeProxy {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(context: FakeRequestContext, readonly worksheet: FakeWorksheet, private readonly boxAtSync: () => Box) {
    super(context);
    this.format = new FakeRangeFormat(context, this);
    this.conditionalFormats = new FakeConditionalFormatCollection(context, this);
  }

  nullableFrom(exists: () => boolean, api: string): void {
    // The existence check is the API call itself: it carries its requirement set.
    this.context.enqueue(api, api === "worksheet.getUsedRangeOrNullObject" ? 4 : 1, null, () => undefined);
    this.markNullable(exists);
  }

  box(): Box {
    return this.boxAtSync();
  }

  sheet(): FakeSheet {
    return this.worksheet.resolve();
  }

  /** Every cell of the range, created on demand, row by row. */
  eachCell(f: (cell: FakeCell, row: number, col: number) => void): void {
    const b = this.box();
    const s = this.sheet();
    for (let r = b.top; r <= b.bottom; r++) {
      for (let c = b.left; c <= b.right; c++) {
        const key = cellKey(r, c);
        let cell = s.cells.get(key);
        if (cell === undefined) {
          cell = emptyCell();
          s.cells.set(key, cell);
        }
        f(cell, r - b.top, c - b.left);
      }
    }
  }

  private matrix<T>(read: (cell: FakeCell | undefined) => T): T[][] {
    const b = this.box();
    const s = this.sheet();
    const rows: T[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row: T[] = [];
      for (let c = b.left; c <= b.right; c++) row.push(read(s.cells.get(cellKey(r, c))));
      rows.push(row);
    }
    return rows;
  }

  protected readProperty(name: string): unknown {
    if (name === "address") return `${quoteSheet(this.sheet().name)}!${formatBox(this.box())}`;
    // A formula cell reads as "" because the fake does not calculate.
    if (name === "values") return this.matrix((c) => c?.value ?? "");
    if (name === "numberFormat") return this.matrix((c) => c?.numberFormat ?? "General");
    throw new FakeOfficeError("InvalidArgument", `The fake does not load Range.${name}.`);
  }

  get address(): string {
    return this.loadedValue("address") as string;
  }

  get values(): FakeValue[][] {
    return this.loadedValue("values") as FakeValue[][];
  }

  set values(input: readonly (readonly (FakeValue | null)[])[]) {
    this.context.enqueue("range.values", 1, input, () => {
      this.checkShape(input, "values");
      this.eachCell((cell, r, c) => storeValue(cell, input[r]?.[c] ?? null));
    });
  }

  get numberFormat(): string[][] {
    return this.loadedValue("numberFormat") as string[][];
  }

  set numberFormat(input: readonly (readonly string[])[]) {
    this.context.enqueue("range.numberFormat", 1, input, () => {
      this.checkShape(input, "numberFormat");
      this.eachCell((cell, r, c) => {
        cell.numberFormat = input[r]?.[c] ?? cell.numberFormat;
      });
    });
  }

  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.context.enqueue("range.hyperlink", 7, link, () => {
      this.eachCell((cell) => {
        cell.hyperlink = link.documentReference ?? link.address ?? null;
        if (link.textToDisplay !== undefined) cell.value = link.textToDisplay;
      });
    });
  }

  private checkShape(input: readonly (readonly unknown[])[], what: string): void {
    const b = this.box();
    if (input.length !== boxRows(b) || input.some((row) => row.length !== boxColumns(b))) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `The number of rows or columns in the ${what} array doesn't match the size or dimensions of the range ${formatBox(b)}.`,
      );
    }
  }

  merge(across?: boolean): void {
    this.context.enqueue("range.merge", 2, across ?? false, () => {
      const b = this.box();
      const s = this.sheet();
      if (s.merges.some((m) => overlaps(m, b))) throw new FakeOfficeError("InvalidArgument", `The range ${formatBox(b)} overlaps a merged area.`);
      if (s.tables.some((t) => overlaps(parseBox(t.address)!, b))) throw new FakeOfficeError("InvalidOperation", "Cells in a table cannot be merged.");
      s.merges.push(b);
    });
  }

  select(): void {
    this.context.enqueue("range.select", 1, null, () => {
      const s = this.sheet();
      if (this.context.backend.activeSheet !== s) throw new FakeOfficeError("InvalidOperation", "The range is not on the active worksheet.");
      this.context.backend.selection = { sheet: s, box: this.box() };
    });
  }
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export class FakeRangeFormat {
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: FakeBorderCollection;

  constructor(readonly context: FakeRequestContext, private readonly range: FakeRange) {
    this.font = new FakeRangeFont(context, range);
    this.fill = new FakeRangeFill(context, range);
    this.borders = new FakeBorderCollection(context, range);
  }

  set horizontalAlignment(value: string) {
    this.context.enqueue("format.horizontalAlignment", 1, value, () => this.range.eachCell((c) => { c.horizontal = value; }));
  }

  set verticalAlignment(value: string) {
    this.context.enqueue("format.verticalAlignment", 1, value, () => this.range.eachCell((c) => { c.vertical = value; }));
  }

  set wrapText(value: boolean) {
    this.context.enqueue("format.wrapText", 1, value, () => this.range.eachCell((c) => { c.wrap = value; }));
  }

  set columnWidth(points: number) {
    this.context.enqueue("format.columnWidth", 2, points, () => {
      const b = this.range.box();
      const s = this.range.sheet();
      for (let c = b.left; c <= b.right; c++) s.columnWidths.set(c, points);
    });
  }

  set rowHeight(points: number) {
    this.context.enqueue("format.rowHeight", 2, points, () => {
      const b = this.range.box();
      const s = this.range.sheet();
      for (let r = b.top; r <= b.bottom; r++) s.rowHeights.set(r, points);
    });
  }
}

export class FakeRangeFont {
  constructor(readonly context: FakeRequestContext, private readonly range: FakeRange) {}

  private put<K extends keyof FakeCell["font"]>(key: K, value: FakeCell["font"][K]): void {
    this.context.enqueue(`font.${key}`, 1, value, () => this.range.eachCell((c) => { c.font[key] = value; }));
  }

  set name(v: string) { this.put("name", v); }
  set size(v: number) { this.put("size", v); }
  set bold(v: boolean) { this.put("bold", v); }
  set italic(v: boolean) { this.put("italic", v); }
  set underline(v: "None" | "Single" | "Double") { this.put("underline", v); }
  set color(v: string) { this.put("color", v); }
}

export class FakeRangeFill {
  constructor(readonly context: FakeRequestContext, private readonly range: FakeRange) {}

  set color(v: string) {
    this.context.enqueue("fill.color", 1, v, () => this.range.eachCell((c) => { c.fill = v; }));
  }
}

type BorderIndex = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

export class FakeBorderCollection {
  constructor(readonly context: FakeRequestContext, private readonly range: FakeRange) {}

  getItem(index: BorderIndex): FakeBorder {
    return new FakeBorder(this.context, this.range, index);
  }
}

export class FakeBorder {
  constructor(readonly context: FakeRequestContext, private readonly range: FakeRange, private readonly index: BorderIndex) {}

  set style(v: string) {
    if (v === "None") this.apply(null);
  }

  set weight(v: BorderWeight) {
    this.apply(v);
  }

  set color(_v: string) {
    // Colour is not tracked: plans draw black borders only.
  }

  private apply(weight: BorderWeight | null): void {
    this.context.enqueue(`border.${this.index}`, 1, weight, () => {
      const b = this.range.box();
      this.range.eachCell((cell, r, c) => {
        const row = b.top + r;
        const col = b.left + c;
        if (this.index === "EdgeTop" && row === b.top) cell.borders.top = weight;
        if (this.index === "EdgeBottom" && row === b.bottom) cell.borders.bottom = weight;
        if (this.index === "EdgeLeft" && col === b.left) cell.borders.left = weight;
        if (this.index === "EdgeRight" && col === b.right) cell.borders.right = weight;
        if (this.index === "InsideHorizontal") {
          if (row > b.top) cell.borders.top = weight;
          if (row < b.bottom) cell.borders.bottom = weight;
        }
        if (this.index === "InsideVertical") {
          if (col > b.left) cell.borders.left = weight;
          if (col < b.right) cell.borders.right = weight;
        }
      });
    });
  }
}

// ---------------------------------------------------------------- conditional formats, tables, charts

export class FakeConditionalFormatCollection {
  constructor(readonly context: FakeRequestContext, private readonly range: FakeRange) {}

  add(type: string): FakeConditionalFormat {
    const entry: { type: string; address: string; fillColor: string | null } = { type, address: "", fillColor: null };
    this.context.enqueue("conditionalFormats.add", 6, type, () => {
      entry.address = formatBox(this.range.box());
      this.range.sheet().conditionalFormats.push(entry);
    });
    return new FakeConditionalFormat(this.context, entry);
  }
}

export class FakeConditionalFormat {
  readonly dataBar: { readonly positiveFormat: { fillColor: string } };

  constructor(context: FakeRequestContext, entry: { type: string; fillColor: string | null }) {
    const positiveFormat = {
      set fillColor(v: string) {
        context.enqueue("dataBar.positiveFormat.fillColor", 6, v, () => {
          if (entry.type !== "DataBar") throw new FakeOfficeError("InvalidArgument", "The conditional format is not a data bar.");
          entry.fillColor = v;
        });
      },
    } as { fillColor: string };
    this.dataBar = { positiveFormat };
  }
}

function rangeBox(range: FakeRange | string, sheet: FakeWorksheet): { box: Box; sheet: FakeSheet } {
  if (typeof range !== "string") return { box: range.box(), sheet: range.sheet() };
  const box = parseBox(range);
  if (box === null) throw new FakeOfficeError("InvalidArgument", `The address "${range}" is not valid.`);
  return { box, sheet: sheet.resolve() };
}

export class FakeTableCollection {
  constructor(readonly context: FakeRequestContext, private readonly worksheet: FakeWorksheet) {}

  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    const entry = { name: "", address: "", style: "TableStyleMedium2", hasHeaders };
    this.context.enqueue("tables.add", 1, typeof address === "string" ? address : "range", () => {
      const { box, sheet } = rangeBox(address, this.worksheet);
      if (sheet.merges.some((m) => overlaps(m, box))) throw new FakeOfficeError("InvalidOperation", "A table cannot contain merged cells.");
      if (sheet.tables.some((t) => overlaps(parseBox(t.address)!, box))) throw new FakeOfficeError("InvalidOperation", "Tables cannot overlap.");
      entry.address = formatBox(box);
      entry.name = `Table${this.context.backend.sheets.reduce((n, s) => n + s.tables.length, 0) + 1}`;
      sheet.tables.push(entry);
    });
    return new FakeTable(this.context, entry);
  }
}

export class FakeTable {
  constructor(readonly context: FakeRequestContext, private readonly entry: { name: string; style: string }) {}

  set style(v: string) {
    this.context.enqueue("table.style", 1, v, () => { this.entry.style = v; });
  }

  set name(v: string) {
    this.context.enqueue("table.name", 1, v, () => { this.entry.name = v; });
  }
}

export class FakeChartCollection {
  constructor(readonly context: FakeRequestContext, private readonly worksheet: FakeWorksheet) {}

  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChartProxy {
    const entry: FakeChart = { type, title: "", source: "", seriesBy: seriesBy ?? "Auto", categories: null, position: null, legendVisible: true };
    this.context.enqueue("charts.add", 1, type, () => {
      if (sourceData.sheet() !== this.worksheet.resolve()) throw new FakeOfficeError("InvalidArgument", "The fake only charts data on the same sheet.");
      entry.source = formatBox(sourceData.box());
      this.worksheet.resolve().charts.push(entry);
    });
    return new FakeChartProxy(this.context, entry);
  }
}

/** Excel.Chart in the fake; FakeChart is the state it records. */
export class FakeChartProxy {
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly series: { getItemAt(index: number): { setXAxisValues(range: FakeRange): void } };

  constructor(readonly context: FakeRequestContext, private readonly entry: FakeChart) {
    this.title = {
      set text(v: string) {
        context.enqueue("chart.title.text", 1, v, () => { entry.title = v; });
      },
    } as { text: string };
    this.legend = {
      set visible(v: boolean) {
        context.enqueue("chart.legend.visible", 1, v, () => { entry.legendVisible = v; });
      },
    } as { visible: boolean };
    this.series = {
      getItemAt: (index: number) => ({
        setXAxisValues: (range: FakeRange) => {
          context.enqueue("series.setXAxisValues", 7, index, () => {
            if (index !== 0) throw new FakeOfficeError("ItemNotFound", "The chart has one series.");
            entry.categories = formatBox(range.box());
          });
        },
      }),
    };
  }

  setPosition(startCell: string, endCell?: string): void {
    this.context.enqueue("chart.setPosition", 1, [startCell, endCell], () => {
      this.entry.position = { from: startCell, to: endCell ?? startCell };
    });
  }
}

// ---------------------------------------------------------------- freeze panes, page layout

export class FakeFreezePanes {
  constructor(readonly context: FakeRequestContext, private readonly worksheet: FakeWorksheet) {}

  freezeRows(count: number): void {
    this.context.enqueue("freezePanes.freezeRows", 7, count, () => { this.worksheet.resolve().freeze = { rows: count, columns: 0 }; });
  }

  freezeColumns(count: number): void {
    this.context.enqueue("freezePanes.freezeColumns", 7, count, () => { this.worksheet.resolve().freeze = { rows: 0, columns: count }; });
  }

  freezeAt(range: FakeRange | string): void {
    this.context.enqueue("freezePanes.freezeAt", 7, typeof range === "string" ? range : "range", () => {
      const { box, sheet } = rangeBox(range, this.worksheet);
      if (box.top !== 0 || box.left !== 0) throw new FakeOfficeError("InvalidArgument", "Frozen cells must start at A1.");
      sheet.freeze = { rows: box.bottom + 1, columns: box.right + 1 };
    });
  }
}

export class FakePageLayout {
  constructor(readonly context: FakeRequestContext, private readonly worksheet: FakeWorksheet) {}

  private put(api: string, value: unknown, f: (layout: FakeSheet["pageLayout"]) => void): void {
    this.context.enqueue(`pageLayout.${api}`, 9, value, () => f(this.worksheet.resolve().pageLayout));
  }

  set paperSize(v: string) { this.put("paperSize", v, (l) => { l.paperSize = v; }); }
  set orientation(v: string) { this.put("orientation", v, (l) => { l.orientation = v; }); }
  set zoom(v: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
    this.put("zoom", v, (l) => { l.zoom = { ...v }; });
  }
  set topMargin(v: number) { this.put("topMargin", v, (l) => { l.margins.top = v; }); }
  set bottomMargin(v: number) { this.put("bottomMargin", v, (l) => { l.margins.bottom = v; }); }
  set leftMargin(v: number) { this.put("leftMargin", v, (l) => { l.margins.left = v; }); }
  set rightMargin(v: number) { this.put("rightMargin", v, (l) => { l.margins.right = v; }); }

  setPrintArea(area: FakeRange | string): void {
    this.put("setPrintArea", typeof area === "string" ? area : "range", (l) => {
      l.printArea = formatBox(rangeBox(area, this.worksheet).box);
    });
  }

  setPrintTitleRows(rows: FakeRange | string): void {
    this.put("setPrintTitleRows", typeof rows === "string" ? rows : "range", (l) => {
      const box = rangeBox(rows, this.worksheet).box;
      l.printTitleRows = `${box.top + 1}:${box.bottom + 1}`;
    });
  }

  set centerHorizontally(v: boolean) { this.put("centerHorizontally", v, (l) => { l.centerHorizontally = v; }); }

  setPrintTitleColumns(columns: FakeRange | string): void {
    this.put("setPrintTitleColumns", typeof columns === "string" ? columns : "range", (l) => {
      const box = rangeBox(columns, this.worksheet).box;
      l.printTitleColumns = formatBox({ ...box, top: 0, bottom: MAX_ROW });
    });
  }
}

/** Worksheet.horizontalPageBreaks / verticalPageBreaks: add() breaks before the range's top-left cell. */
export class FakePageBreakCollection {
  constructor(readonly context: FakeRequestContext, private readonly worksheet: FakeWorksheet, private readonly axis: "rows" | "columns") {}

  add(range: FakeRange | string): void {
    this.context.enqueue(`${this.axis === "rows" ? "horizontal" : "vertical"}PageBreaks.add`, 9, typeof range === "string" ? range : "range", () => {
      const { box, sheet } = rangeBox(range, this.worksheet);
      if (this.axis === "rows") sheet.pageLayout.rowBreaks.push(box.top);
      else sheet.pageLayout.columnBreaks.push(box.left);
    });
  }
}

// ---------------------------------------------------------------- names

export class FakeNamedItemCollection {
  private loadedItems: FakeNamedItem[] | undefined;

  constructor(readonly context: FakeRequestContext) {}

  get items(): FakeNamedItem[] {
    if (this.loadedItems === undefined) throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.loadedItems;
  }

  load(spec?: LoadSpec): this {
    const props = loadList(spec).map((p) => p.replace(/^items\//, ""));
    this.context.enqueue("names.load", 1, props, () => {
      this.loadedItems = this.context.backend.names.map((n) => FakeNamedItem.snapshot(this.context, n, props));
    });
    return this;
  }

  add(name: string, reference: FakeRange | string): FakeNamedItem {
    this.context.enqueue("names.add", 4, name, () => {
      const b = this.context.backend;
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid name.`);
      if (b.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError("InvalidArgument", `The name "${name}" already exists.`);
      }
      if (typeof reference === "string") throw new FakeOfficeError("InvalidArgument", "The fake only names ranges given as Range objects.");
      b.names.push({ name, sheet: reference.sheet(), box: reference.box() });
    });
    return FakeNamedItem.byName(this.context, name);
  }

  getItem(name: string): FakeNamedItem {
    return FakeNamedItem.byName(this.context, name);
  }
}

export class FakeNamedItem extends FakeProxy {
  private find: () => FakeName = () => {
    throw new FakeOfficeError("ItemNotFound", "The name does not exist.");
  };

  static byName(context: FakeRequestContext, name: string): FakeNamedItem {
    const item = new FakeNamedItem(context);
    item.find = () => {
      const n = context.backend.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (n === undefined) throw new FakeOfficeError("ItemNotFound", `The name "${name}" does not exist.`);
      return n;
    };
    return item;
  }

  static snapshot(context: FakeRequestContext, n: FakeName, props: readonly string[]): FakeNamedItem {
    const item = new FakeNamedItem(context);
    item.find = () => n;
    item.loadNow(props);
    return item;
  }

  protected readProperty(name: string): unknown {
    const n = this.find();
    if (name === "name") return n.name;
    if (name === "type") return n.sheet.deleted ? "Error" : "Range";
    if (name === "value") return nameValue(n);
    throw new FakeOfficeError("InvalidArgument", `The fake does not load NamedItem.${name}.`);
  }

  get name(): string { return this.loadedValue("name") as string; }
  get type(): string { return this.loadedValue("type") as string; }
  get value(): unknown { return this.loadedValue("value"); }

  delete(): void {
    this.context.enqueue("namedItem.delete", 4, null, () => {
      const n = this.find();
      const list = this.context.backend.names;
      list.splice(list.indexOf(n), 1);
    });
  }
}
