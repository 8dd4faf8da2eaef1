/** Range, its format (font, fill, borders, widths, heights) and its conditional formats. */
import type { Box } from "../fakeAddress";
import { boxColumns, boxRows, formatBox, quoteSheet } from "../fakeAddress";
import type { BorderWeight, FakeCell, FakeSheet, FakeValue } from "../fakeWorkbook";
import { cellKey, emptyCell, FakeOfficeError, storeValue } from "../fakeWorkbook";
import { charWidthToPoints } from "../../units";
import { ConditionalFormatCollectionNode } from "./objectNodes";
import type { QueryResult } from "./simNode";
import { answer, SimNode } from "./simNode";
import type { WorksheetNode } from "./workbookNodes";

/** Excel's limits: rows at most 409 points high, columns at most 255 characters wide. */
export const MAX_ROW_HEIGHT_POINTS = 409;
export const MAX_COLUMN_WIDTH_POINTS = charWidthToPoints(255);
/** Every platform returns null values for a read of more than 5 million cells. */
export const MAX_CELLS_PER_READ = 5_000_000;

export function usedBox(sheet: FakeSheet, valuesOnly: boolean): Box | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    const hasValue = cell.value !== null || cell.formula !== null;
    if (valuesOnly ? !hasValue : !hasValue && cell.numberFormat === "General" && cell.fill === null) continue;
    const [r, c] = key.split(":").map(Number) as [number, number];
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export class RangeNode extends SimNode {
  readonly className = "Range";

  constructor(readonly worksheet: WorksheetNode, readonly box: Box) {
    super();
  }

  sheet(): FakeSheet {
    return this.worksheet.live();
  }

  /** Every cell of the range, created on demand, row by row. */
  eachCell(f: (cell: FakeCell, row: number, col: number) => void): void {
    const b = this.box;
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

  private matrix<T>(read: (cell: FakeCell | undefined) => T): T[][] | null {
    const b = this.box;
    if (boxRows(b) * boxColumns(b) > MAX_CELLS_PER_READ) return null;
    const s = this.sheet();
    const rows: T[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row: T[] = [];
      for (let c = b.left; c <= b.right; c++) row.push(read(s.cells.get(cellKey(r, c))));
      rows.push(row);
    }
    return rows;
  }

  override property(name: string): SimNode {
    if (name === "Format") return new RangeFormatNode(this);
    if (name === "ConditionalFormats") return new ConditionalFormatCollectionNode(this);
    return super.property(name);
  }

  override method(name: string, args: readonly unknown[]): unknown {
    const b = this.box;
    // office.js splits an array above 1,500 cells into row blocks: it checks the shape, then sets each block.
    if (name === "_ValidateArraySize") {
      if (args[0] !== boxRows(b) || args[1] !== boxColumns(b)) {
        throw new FakeOfficeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${formatBox(b)}).`);
      }
      return undefined;
    }
    if (name === "GetRow") {
      const row = Number(args[0]);
      if (!(row >= 0 && row < boxRows(b))) throw new FakeOfficeError("InvalidArgument", `Row ${row} is outside ${formatBox(b)}.`);
      return new RangeNode(this.worksheet, { top: b.top + row, left: b.left, bottom: b.top + row, right: b.right });
    }
    if (name === "GetBoundingRect") {
      const other = args[0] as RangeNode;
      return new RangeNode(this.worksheet, {
        top: Math.min(b.top, other.box.top),
        left: Math.min(b.left, other.box.left),
        bottom: Math.max(b.bottom, other.box.bottom),
        right: Math.max(b.right, other.box.right),
      });
    }
    if (name === "Merge") {
      const s = this.sheet();
      if (s.merges.some((m) => overlaps(m, this.box))) throw new FakeOfficeError("InvalidArgument", `The range ${formatBox(this.box)} overlaps a merged area.`);
      if (s.tables.some((t) => overlaps(t.box, this.box))) throw new FakeOfficeError("InvalidOperation", "Cells in a table cannot be merged.");
      s.merges.push(this.box);
      return undefined;
    }
    if (name === "Select") {
      const s = this.sheet();
      if (this.worksheet.state.activeSheet !== s) throw new FakeOfficeError("InvalidOperation", "The range is not on the active worksheet.");
      this.worksheet.state.selection = { sheet: s, box: this.box };
      return undefined;
    }
    return super.method(name, args);
  }

  override setProperty(name: string, value: unknown): void {
    if (name === "Values") {
      const input = this.grid(value, "values");
      // A null in the array leaves that cell as it is.
      this.eachCell((cell, r, c) => {
        const v = input[r]![c];
        if (v !== null && v !== undefined) storeValue(cell, v as FakeValue);
      });
      return;
    }
    if (name === "NumberFormat") {
      const input = this.grid(value, "numberFormat");
      this.eachCell((cell, r, c) => {
        const v = input[r]![c];
        if (typeof v === "string") cell.numberFormat = v;
      });
      return;
    }
    if (name === "Hyperlink") {
      const link = value as { documentReference?: string; address?: string; textToDisplay?: string };
      this.eachCell((cell) => {
        cell.hyperlink = link.documentReference ?? link.address ?? null;
        if (link.textToDisplay !== undefined) {
          cell.value = link.textToDisplay;
          cell.formula = null;
        }
        // Excel dresses a new link in the Hyperlink cell style: blue, underlined.
        cell.font = { ...cell.font, color: "#0563C1", underline: "Single" };
      });
      return;
    }
    super.setProperty(name, value);
  }

  /** A single value is spread over the range; an array must match its shape. */
  private grid(value: unknown, what: string): readonly (readonly unknown[])[] {
    const b = this.box;
    if (!Array.isArray(value)) return Array.from({ length: boxRows(b) }, () => Array.from({ length: boxColumns(b) }, () => value));
    if (value.length !== boxRows(b) || value.some((row) => !Array.isArray(row) || row.length !== boxColumns(b))) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}, ${formatBox(b)}).`,
      );
    }
    return value as unknown[][];
  }

  override query(select: readonly string[]): QueryResult {
    const b = this.box;
    return answer(this.className, select, {
      Address: () => `${quoteSheet(this.sheet().name)}!${formatBox(b)}`,
      RowCount: () => boxRows(b),
      ColumnCount: () => boxColumns(b),
      CellCount: () => boxRows(b) * boxColumns(b),
      // A formula cell reads as "": the simulator does not calculate.
      Values: () => this.matrix((c) => c?.value ?? ""),
      NumberFormat: () => this.matrix((c) => c?.numberFormat ?? "General"),
    });
  }
}

class RangeFormatNode extends SimNode {
  readonly className = "RangeFormat";

  constructor(private readonly range: RangeNode) {
    super();
  }

  override property(name: string): SimNode {
    if (name === "Font") return new FontNode(this.range);
    if (name === "Fill") return new FillNode(this.range);
    if (name === "Borders") return new BorderCollectionNode(this.range);
    return super.property(name);
  }

  override setProperty(name: string, value: unknown): void {
    const range = this.range;
    if (name === "HorizontalAlignment") return range.eachCell((c) => { c.horizontal = String(value); });
    if (name === "VerticalAlignment") return range.eachCell((c) => { c.vertical = String(value); });
    if (name === "WrapText") return range.eachCell((c) => { c.wrap = value === true; });
    if (name === "ColumnWidth") {
      const points = Number(value);
      if (!(points >= 0 && points <= MAX_COLUMN_WIDTH_POINTS)) throw new FakeOfficeError("InvalidArgument", `The column width ${points} is out of range (at most 255 characters).`);
      for (let c = range.box.left; c <= range.box.right; c++) range.sheet().columnWidths.set(c, points);
      return;
    }
    if (name === "RowHeight") {
      const points = Number(value);
      if (!(points >= 0 && points <= MAX_ROW_HEIGHT_POINTS)) throw new FakeOfficeError("InvalidArgument", `The row height ${points} is out of range (at most 409 points).`);
      for (let r = range.box.top; r <= range.box.bottom; r++) range.sheet().rowHeights.set(r, points);
      return;
    }
    super.setProperty(name, value);
  }
}

const FONT_KEYS: Readonly<Record<string, keyof FakeCell["font"]>> = { Name: "name", Size: "size", Bold: "bold", Italic: "italic", Underline: "underline", Color: "color" };

class FontNode extends SimNode {
  readonly className = "RangeFont";

  constructor(private readonly range: RangeNode) {
    super();
  }

  override setProperty(name: string, value: unknown): void {
    const key = FONT_KEYS[name];
    if (key === undefined) return super.setProperty(name, value);
    this.range.eachCell((c) => {
      c.font = { ...c.font, [key]: value };
    });
  }
}

class FillNode extends SimNode {
  readonly className = "RangeFill";

  constructor(private readonly range: RangeNode) {
    super();
  }

  override setProperty(name: string, value: unknown): void {
    if (name !== "Color") return super.setProperty(name, value);
    this.range.eachCell((c) => {
      c.fill = String(value);
    });
  }
}

type BorderIndex = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";
const BORDER_INDEXES: readonly string[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"];

class BorderCollectionNode extends SimNode {
  readonly className = "RangeBorderCollection";

  constructor(private readonly range: RangeNode) {
    super();
  }

  override method(name: string, args: readonly unknown[]): unknown {
    return name === "GetItem" ? this.indexer(args) : super.method(name, args);
  }

  override indexer(args: readonly unknown[]): SimNode {
    const index = String(args[0]);
    if (!BORDER_INDEXES.includes(index)) throw new FakeOfficeError("InvalidArgument", `Unknown border index ${index}.`);
    return new BorderNode(this.range, index as BorderIndex);
  }
}

class BorderNode extends SimNode {
  readonly className = "RangeBorder";

  constructor(private readonly range: RangeNode, private readonly index: BorderIndex) {
    super();
  }

  override setProperty(name: string, value: unknown): void {
    if (name === "Style") {
      if (value === "None") this.apply(null);
      return;
    }
    if (name === "Weight") return this.apply(value as BorderWeight);
    // Colour is not tracked: the specs draw black borders only.
    if (name === "Color") return;
    super.setProperty(name, value);
  }

  private apply(weight: BorderWeight | null): void {
    const b = this.range.box;
    const index = this.index;
    this.range.eachCell((cell, r, c) => {
      const row = b.top + r;
      const col = b.left + c;
      if (index === "EdgeTop" && row === b.top) cell.borders.top = weight;
      if (index === "EdgeBottom" && row === b.bottom) cell.borders.bottom = weight;
      if (index === "EdgeLeft" && col === b.left) cell.borders.left = weight;
      if (index === "EdgeRight" && col === b.right) cell.borders.right = weight;
      if (index === "InsideHorizontal") {
        if (row > b.top) cell.borders.top = weight;
        if (row < b.bottom) cell.borders.bottom = weight;
      }
      if (index === "InsideVertical") {
        if (col > b.left) cell.borders.left = weight;
        if (col < b.right) cell.borders.right = weight;
      }
    });
  }
}
