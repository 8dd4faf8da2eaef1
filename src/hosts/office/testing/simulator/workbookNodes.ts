/** Workbook, the worksheet collection, a worksheet, and Workbook.functions (for DATE). */
import type { Box } from "../fakeAddress";
import { MAX_COL, MAX_ROW, parseBox } from "../fakeAddress";
import type { FakeSheet } from "../fakeWorkbook";
import { checkSheetName, FakeOfficeError, newSheet } from "../fakeWorkbook";
import { FreezePanesNode, PageBreakCollectionNode, PageLayoutNode } from "./layoutNodes";
import { NamedItemCollectionNode } from "./namesNodes";
import { ChartCollectionNode, TableCollectionNode } from "./objectNodes";
import { RangeNode, usedBox } from "./rangeNodes";
import type { QueryResult } from "./simNode";
import { answer, SimNode, stringArg } from "./simNode";
import type { SimState } from "./simState";

export class WorkbookNode extends SimNode {
  readonly className = "Workbook";

  constructor(readonly state: SimState) {
    super();
  }

  override property(name: string): SimNode {
    if (name === "Worksheets") return new WorksheetCollectionNode(this.state);
    if (name === "Names") return new NamedItemCollectionNode(this.state);
    if (name === "Functions") return new FunctionsNode(this.state);
    return super.property(name);
  }
}

export class WorksheetCollectionNode extends SimNode {
  readonly className = "WorksheetCollection";

  constructor(readonly state: SimState) {
    super();
  }

  override method(name: string, args: readonly unknown[]): unknown {
    if (name === "Add") {
      const sheetName = stringArg(args, 0, "The sheet name");
      checkSheetName(sheetName, this.state.sheets);
      const sheet = newSheet(sheetName);
      this.state.sheets.push(sheet);
      return new WorksheetNode(this.state, sheet);
    }
    if (name === "GetItem") return this.indexer(args);
    if (name === "GetItemOrNullObject") {
      const found = findSheet(this.state, stringArg(args, 0, "The sheet name"));
      return found === null ? new NullNode("Worksheet") : new WorksheetNode(this.state, found);
    }
    return super.method(name, args);
  }

  override indexer(args: readonly unknown[]): SimNode {
    const key = stringArg(args, 0, "The sheet name");
    const found = findSheet(this.state, key);
    if (found === null) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (worksheet "${key}").`);
    return new WorksheetNode(this.state, found);
  }

  override query(select: readonly string[]): QueryResult {
    // Excel tags each item with its id (_Id), which office.js uses to address the item later.
    return { _Items: this.state.sheets.map((s) => ({ ...new WorksheetNode(this.state, s).query(select), _Id: s.id })) };
  }
}

/** By name (case-blind, as Excel) or by the id the collection's answer gave. */
function findSheet(state: SimState, key: string): FakeSheet | null {
  const folded = key.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === folded || s.id === key) ?? null;
}

export class WorksheetNode extends SimNode {
  readonly className = "Worksheet";

  constructor(readonly state: SimState, readonly sheet: FakeSheet) {
    super();
  }

  /** The sheet, failing once it was deleted (a reference kept from an earlier request). */
  live(): FakeSheet {
    if (this.sheet.deleted) throw new FakeOfficeError("ItemNotFound", "The requested worksheet doesn't exist.");
    return this.sheet;
  }

  override property(name: string): SimNode {
    if (name === "FreezePanes") return new FreezePanesNode(this);
    if (name === "PageLayout") return new PageLayoutNode(this);
    if (name === "HorizontalPageBreaks") return new PageBreakCollectionNode(this, "rows");
    if (name === "VerticalPageBreaks") return new PageBreakCollectionNode(this, "columns");
    if (name === "Tables") return new TableCollectionNode(this);
    if (name === "Charts") return new ChartCollectionNode(this);
    return super.property(name);
  }

  override method(name: string, args: readonly unknown[]): unknown {
    const sheet = this.live();
    if (name === "GetRange") {
      const address = args[0] === undefined || args[0] === null ? "" : stringArg(args, 0, "The address");
      const box: Box | null = address === "" ? { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL } : parseBox(address);
      if (box === null) throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (address "${address}").`);
      return new RangeNode(this, box);
    }
    if (name === "GetUsedRangeOrNullObject" || name === "GetUsedRange") {
      const box = usedBox(sheet, args[0] === true);
      if (box === null) {
        if (name === "GetUsedRange") return new RangeNode(this, { top: 0, left: 0, bottom: 0, right: 0 });
        return new NullNode("Range");
      }
      return new RangeNode(this, box);
    }
    if (name === "Delete") {
      const s = this.state;
      const visibleOthers = s.sheets.filter((o) => o !== sheet && o.visibility === "Visible");
      if (visibleOthers.length === 0) {
        throw new FakeOfficeError("InvalidOperation", "This operation is not permitted: a workbook must contain at least one visible worksheet.");
      }
      s.sheets.splice(s.sheets.indexOf(sheet), 1);
      sheet.deleted = true;
      if (s.activeSheet === sheet) s.activeSheet = visibleOthers[0] ?? null;
      if (s.selection?.sheet === sheet) s.selection = null;
      return undefined;
    }
    if (name === "Activate") {
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "A hidden worksheet cannot be activated.");
      this.state.activeSheet = sheet;
      return undefined;
    }
    return super.method(name, args);
  }

  override setProperty(name: string, value: unknown): void {
    const sheet = this.live();
    if (name === "Name") {
      if (typeof value !== "string") throw new FakeOfficeError("InvalidArgument", "The sheet name must be text.");
      checkSheetName(value, this.state.sheets.filter((o) => o !== sheet));
      sheet.name = value;
      return;
    }
    if (name === "Position") {
      const list = this.state.sheets;
      if (typeof value !== "number" || value < 0 || value >= list.length) throw new FakeOfficeError("InvalidArgument", "The position is out of range.");
      list.splice(list.indexOf(sheet), 1);
      list.splice(value, 0, sheet);
      return;
    }
    if (name === "Visibility") {
      if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden") throw new FakeOfficeError("InvalidArgument", `Unknown visibility ${String(value)}.`);
      if (value !== "Visible" && !this.state.sheets.some((o) => o !== sheet && o.visibility === "Visible")) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      sheet.visibility = value;
      if (value !== "Visible" && this.state.activeSheet === sheet) this.state.activeSheet = this.state.sheets.find((o) => o.visibility === "Visible") ?? null;
      return;
    }
    super.setProperty(name, value);
  }

  override query(select: readonly string[]): QueryResult {
    const sheet = this.live();
    return answer(this.className, select, {
      Name: () => sheet.name,
      Id: () => sheet.id,
      Position: () => this.state.sheets.indexOf(sheet),
      Visibility: () => sheet.visibility,
    });
  }
}

/** What an …OrNullObject method returns when there is nothing: every query answers null. */
export class NullNode extends SimNode {
  constructor(readonly className: string) {
    super();
  }

  override get isNull(): boolean {
    return true;
  }

  override query(): QueryResult {
    return null;
  }
}

/** Workbook.functions.date(y, m, d): the serial in the workbook's date system (what DATE gives in a cell). */
class FunctionsNode extends SimNode {
  readonly className = "Functions";

  constructor(private readonly state: SimState) {
    super();
  }

  override method(name: string, args: readonly unknown[]): unknown {
    if (name !== "Date") return super.method(name, args);
    const [y, m, d] = args.map(Number) as [number, number, number];
    const serial1900 = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
    return new FunctionResultNode(this.state.date1904 ? serial1900 - 1462 : serial1900);
  }
}

class FunctionResultNode extends SimNode {
  readonly className = "FunctionResult";

  constructor(private readonly value: number) {
    super();
  }

  override query(select: readonly string[]): QueryResult {
    return answer(this.className, select, { Value: () => this.value, Error: () => null });
  }
}
