/** Tables, charts and conditional formats: the objects the tool adds to its sheets. */
import { formatBox, parseBox } from "../fakeAddress";
import type { FakeChart } from "../fakeWorkbook";
import { cellKey, emptyCell, FakeOfficeError } from "../fakeWorkbook";
import type { RangeNode } from "./rangeNodes";
import { overlaps } from "./rangeNodes";
import { SimNode } from "./simNode";
import type { WorksheetNode } from "./workbookNodes";

/** A range argument: a Range object, or an address on the given sheet. */
function rangeArg(arg: unknown, on: WorksheetNode): { box: NonNullable<ReturnType<typeof parseBox>>; worksheet: WorksheetNode } {
  if (typeof arg === "string") {
    const box = parseBox(arg);
    if (box === null) throw new FakeOfficeError("InvalidArgument", `The address "${arg}" is not valid.`);
    return { box, worksheet: on };
  }
  const range = arg as RangeNode;
  if (range === null || typeof range !== "object" || range.className !== "Range") throw new FakeOfficeError("InvalidArgument", "A range is expected.");
  return { box: range.box, worksheet: range.worksheet };
}

export class TableCollectionNode extends SimNode {
  readonly className = "TableCollection";

  constructor(private readonly worksheet: WorksheetNode) {
    super();
  }

  override method(name: string, args: readonly unknown[]): unknown {
    if (name !== "Add") return super.method(name, args);
    const { box, worksheet } = rangeArg(args[0], this.worksheet);
    const sheet = worksheet.live();
    const hasHeaders = args[1] === true;
    if (sheet.merges.some((m) => overlaps(m, box))) throw new FakeOfficeError("InvalidOperation", "A table can't overlap a range that contains merged cells.");
    if (sheet.tables.some((t) => overlaps(t.box, box))) throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
    if (hasHeaders) uniqueHeaders(sheet, box);
    const count = this.worksheet.state.sheets.reduce((n, s) => n + s.tables.length, 0);
    const entry = { name: `Table${count + 1}`, address: formatBox(box), box, style: "TableStyleMedium2", hasHeaders };
    sheet.tables.push(entry);
    return new TableNode(entry);
  }
}

/**
 * What Excel does to a header row when it makes a table: a blank header becomes
 * "Column<n>", and a header equal to an earlier one ignoring case gets a number
 * ("Điểm", "Điểm2"). The cells change, so the tool must write unique headers.
 */
function uniqueHeaders(sheet: WorksheetNode["sheet"], box: { top: number; left: number; right: number }): void {
  const seen = new Set<string>();
  for (let c = box.left; c <= box.right; c++) {
    const key = cellKey(box.top, c);
    const cell = sheet.cells.get(key) ?? emptyCell();
    const text = cell.value === null ? "" : String(cell.value);
    let header = text.trim() === "" ? `Column${c - box.left + 1}` : text;
    for (let n = 2; seen.has(header.toLowerCase()); n++) header = `${text}${n}`;
    seen.add(header.toLowerCase());
    if (header !== text) {
      cell.value = header;
      sheet.cells.set(key, cell);
    }
  }
}

class TableNode extends SimNode {
  readonly className = "Table";

  constructor(private readonly entry: { name: string; style: string }) {
    super();
  }

  override setProperty(name: string, value: unknown): void {
    if (name === "Style") this.entry.style = String(value);
    else if (name === "Name") this.entry.name = String(value);
    else super.setProperty(name, value);
  }
}

export class ChartCollectionNode extends SimNode {
  readonly className = "ChartCollection";

  constructor(private readonly worksheet: WorksheetNode) {
    super();
  }

  override method(name: string, args: readonly unknown[]): unknown {
    if (name !== "Add") return super.method(name, args);
    const { box, worksheet } = rangeArg(args[1], this.worksheet);
    if (worksheet.sheet !== this.worksheet.live()) throw new FakeOfficeError("InvalidArgument", "The simulator only charts data on the same sheet.");
    const entry: FakeChart = {
      type: String(args[0]),
      title: "",
      source: formatBox(box),
      seriesBy: typeof args[2] === "string" ? args[2] : "Auto",
      categories: null,
      position: null,
      legendVisible: true,
      categoryAxisReversed: false,
    };
    this.worksheet.live().charts.push(entry);
    return new ChartNode(entry);
  }
}

class ChartNode extends SimNode {
  readonly className = "Chart";

  constructor(private readonly entry: FakeChart) {
    super();
  }

  override property(name: string): SimNode {
    const entry = this.entry;
    if (name === "Title") return new SetterNode("ChartTitle", { Text: (v) => { entry.title = String(v); } });
    if (name === "Legend") return new SetterNode("ChartLegend", { Visible: (v) => { entry.legendVisible = v === true; } });
    if (name === "Series") return new SeriesCollectionNode(entry);
    if (name === "Axes") return new AxesNode(entry);
    return super.property(name);
  }

  override method(name: string, args: readonly unknown[]): unknown {
    if (name !== "SetPosition") return super.method(name, args);
    const from = String(args[0]);
    this.entry.position = { from, to: typeof args[1] === "string" ? args[1] : from };
    return undefined;
  }
}

class SeriesCollectionNode extends SimNode {
  readonly className = "ChartSeriesCollection";

  constructor(private readonly entry: FakeChart) {
    super();
  }

  override method(name: string, args: readonly unknown[]): unknown {
    if (name !== "GetItemAt") return super.method(name, args);
    if (args[0] !== 0) throw new FakeOfficeError("ItemNotFound", "The chart has one series.");
    const entry = this.entry;
    return new (class extends SimNode {
      readonly className = "ChartSeries";
      override method(m: string, a: readonly unknown[]): unknown {
        if (m !== "SetXAxisValues") return super.method(m, a);
        entry.categories = formatBox((a[0] as RangeNode).box);
        return undefined;
      }
    })();
  }
}

class AxesNode extends SimNode {
  readonly className = "ChartAxes";

  constructor(private readonly entry: FakeChart) {
    super();
  }

  override property(name: string): SimNode {
    const entry = this.entry;
    if (name === "CategoryAxis") return new SetterNode("ChartAxis", { ReversePlotOrder: (v) => { entry.categoryAxisReversed = v === true; } });
    return super.property(name);
  }
}

/** An object whose only use here is setting a few properties. */
class SetterNode extends SimNode {
  constructor(readonly className: string, private readonly setters: Readonly<Record<string, (value: unknown) => void>>) {
    super();
  }

  override setProperty(name: string, value: unknown): void {
    const set = this.setters[name];
    if (set === undefined) return super.setProperty(name, value);
    set(value);
  }

  override property(name: string): SimNode {
    return super.property(name);
  }
}

export class ConditionalFormatCollectionNode extends SimNode {
  readonly className = "ConditionalFormatCollection";

  constructor(private readonly range: RangeNode) {
    super();
  }

  override method(name: string, args: readonly unknown[]): unknown {
    if (name !== "Add") return super.method(name, args);
    const entry = { type: String(args[0]), address: formatBox(this.range.box), fillColor: null as string | null };
    this.range.sheet().conditionalFormats.push(entry);
    return new (class extends SimNode {
      readonly className = "ConditionalFormat";
      override property(p: string): SimNode {
        if (p !== "DataBar") return super.property(p);
        if (entry.type !== "DataBar") throw new FakeOfficeError("InvalidArgument", "The conditional format is not a data bar.");
        return new (class extends SimNode {
          readonly className = "DataBarConditionalFormat";
          override property(q: string): SimNode {
            if (q !== "PositiveFormat") return super.property(q);
            return new SetterNode("ConditionalDataBarPositiveFormat", { FillColor: (v) => { entry.fillColor = String(v); } });
          }
        })();
      }
    })();
  }
}
