/**
 * Reads the workbook in two syncs: the first learns the sheet names and the
 * tool's names; the second loads every sheet's used range (address, values,
 * number formats) together. A single sync is not possible with documented
 * Office.js: a sheet's used range can only be asked for through a worksheet
 * proxy, and which worksheets exist is only known after a sync.
 */
import type { RawValue, SheetSnapshot } from "../../engine/snapshot";
import { parseCellAddress } from "../../engine/a1";
import type { WorkbookLayout } from "./workbookLayout";
import { queueLayout } from "./workbookLayout";

export interface ReadResult {
  readonly sheets: readonly SheetSnapshot[];
  readonly layout: WorkbookLayout;
}

/** "'Báo cáo'!B3:F40" → { top: 2, left: 1 }. */
export function topLeftOf(address: string): { top: number; left: number } {
  const local = address.slice(address.lastIndexOf("!") + 1).split(":")[0] ?? "";
  const cell = parseCellAddress(local);
  return cell === null ? { top: 0, left: 0 } : { top: cell.row, left: cell.col };
}

/** Excel reports an empty cell as ""; the snapshot says null. */
function rawValue(value: unknown): RawValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

export async function readWorkbook(context: Excel.RequestContext): Promise<ReadResult> {
  const layoutQuery = queueLayout(context);
  await context.sync();
  const layout = layoutQuery.take();

  const worksheets = context.workbook.worksheets;
  const used = layout.sheets.map((name) => {
    // valuesOnly: formatting far below the data (a coloured column) must not inflate the grid.
    const range = worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load("address,values,numberFormat");
    return range;
  });
  await context.sync();

  const sheets = layout.sheets.map((name, i): SheetSnapshot => {
    const range = used[i]!;
    const tag = layout.tagSheets.get(name) ?? null;
    if (range.isNullObject) return { name, top: 0, left: 0, values: [], formats: [], tag };
    const { top, left } = topLeftOf(range.address);
    const values = range.values.map((row) => row.map(rawValue));
    const formats = range.numberFormat.map((row) => row.map((f) => (typeof f === "string" && f.length > 0 ? f : "General")));
    return { name, top, left, values, formats, tag };
  });
  return { sheets, layout };
}
