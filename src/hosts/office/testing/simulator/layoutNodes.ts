/** Freeze panes and page layout of a worksheet. */
import { formatBox, parseBox } from "../fakeAddress";
import type { FakePageLayout } from "../fakeWorkbook";
import { FakeOfficeError } from "../fakeWorkbook";
import type { RangeNode } from "./rangeNodes";
import { SimNode } from "./simNode";
import type { WorksheetNode } from "./workbookNodes";

function boxOf(arg: unknown): NonNullable<ReturnType<typeof parseBox>> {
  if (typeof arg !== "string") return (arg as RangeNode).box;
  const box = parseBox(arg);
  if (box === null) throw new FakeOfficeError("InvalidArgument", `The address "${arg}" is not valid.`);
  return box;
}

export class FreezePanesNode extends SimNode {
  readonly className = "WorksheetFreezePanes";

  constructor(private readonly worksheet: WorksheetNode) {
    super();
  }

  override method(name: string, args: readonly unknown[]): unknown {
    const sheet = this.worksheet.live();
    if (name === "FreezeRows") sheet.freeze = { rows: Number(args[0] ?? 1), columns: 0 };
    else if (name === "FreezeColumns") sheet.freeze = { rows: 0, columns: Number(args[0] ?? 1) };
    else if (name === "FreezeAt") {
      const box = boxOf(args[0]);
      if (box.top !== 0 || box.left !== 0) throw new FakeOfficeError("InvalidArgument", "Frozen cells must start at A1.");
      sheet.freeze = { rows: box.bottom + 1, columns: box.right + 1 };
    } else return super.method(name, args);
    return undefined;
  }
}

const MARGINS: Readonly<Record<string, keyof FakePageLayout["margins"]>> = { TopMargin: "top", BottomMargin: "bottom", LeftMargin: "left", RightMargin: "right" };

export class PageLayoutNode extends SimNode {
  readonly className = "PageLayout";

  constructor(private readonly worksheet: WorksheetNode) {
    super();
  }

  private get layout(): FakePageLayout {
    return this.worksheet.live().pageLayout;
  }

  override setProperty(name: string, value: unknown): void {
    const margin = MARGINS[name];
    if (margin !== undefined) this.layout.margins[margin] = Number(value);
    else if (name === "PaperSize") this.layout.paperSize = String(value);
    else if (name === "Orientation") this.layout.orientation = String(value);
    else if (name === "Zoom") this.layout.zoom = { ...(value as FakePageLayout["zoom"]) };
    else if (name === "CenterHorizontally") this.layout.centerHorizontally = value === true;
    else super.setProperty(name, value);
  }

  override method(name: string, args: readonly unknown[]): unknown {
    if (name === "SetPrintArea") this.layout.printArea = formatBox(boxOf(args[0]));
    else if (name === "SetPrintTitleRows") {
      const box = boxOf(args[0]);
      this.layout.printTitleRows = `${box.top + 1}:${box.bottom + 1}`;
    } else if (name === "SetPrintTitleColumns") {
      const box = boxOf(args[0]);
      this.layout.printTitleColumns = formatBox(box);
    } else return super.method(name, args);
    return undefined;
  }
}

/** Worksheet.horizontalPageBreaks / verticalPageBreaks: a manual break above a row or left of a column. */
export class PageBreakCollectionNode extends SimNode {
  readonly className = "PageBreakCollection";

  constructor(
    private readonly worksheet: WorksheetNode,
    private readonly axis: "rows" | "columns",
  ) {
    super();
  }

  override method(name: string, args: readonly unknown[]): unknown {
    if (name !== "Add") return super.method(name, args);
    const box = boxOf(args[0]);
    const layout = this.worksheet.live().pageLayout;
    if (this.axis === "rows") layout.rowBreaks.push(box.top);
    else layout.columnBreaks.push(box.left);
    return new PageBreakNode();
  }
}

/** The PageBreak that add() returns; the host keeps no hold of it. */
class PageBreakNode extends SimNode {
  readonly className = "PageBreak";
}
