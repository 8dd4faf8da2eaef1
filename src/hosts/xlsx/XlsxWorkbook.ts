/** The WorkbookHost on an .xlsx file held in memory (CLI, standalone browser mode, tests). */
import type ExcelJS from "exceljs";
import type { WriteSpec } from "../../engine/sheets/sheetSpec";
import type { WorkbookSnapshot } from "../../engine/read/snapshot";
import type { WorkbookHost } from "../host";
import { loadWorkbook } from "./loadWorkbook";
import { workbookSnapshot } from "./snapshot";
import { addColumnBreaks } from "./columnBreaks";
import { addTag, removeNamesOf } from "./tags";
import { writeSheetSpec } from "./writeSheetSpec";

interface Ordered {
  orderNo: number;
}

export class XlsxWorkbook implements WorkbookHost {
  readonly kind = "file";
  readonly fileName: string;
  private readonly workbook: ExcelJS.Workbook;
  /** Sheet name → manual column breaks, which ExcelJS cannot write (added to the package in toBuffer). */
  private readonly columnBreaks = new Map<string, readonly number[]>();

  private constructor(workbook: ExcelJS.Workbook, fileName: string) {
    this.workbook = workbook;
    this.fileName = fileName;
  }

  /** Throws XlsxInputError when the bytes are not a readable xlsx. */
  static async open(data: ArrayBuffer | Uint8Array, fileName: string): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(await loadWorkbook(data, fileName), fileName);
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return workbookSnapshot(this.workbook, this.fileName);
  }

  /** New sheets are filled under temporary names first; only when all are written do they
   * replace the tool's earlier sheets, so a failure leaves the workbook as it was. */
  async write(plan: WriteSpec): Promise<void> {
    this.checkNames(plan);
    const staged: { sheet: ExcelJS.Worksheet; write: WriteSpec["sheets"][number] }[] = [];
    try {
      plan.sheets.forEach((write, i) => {
        const sheet = this.workbook.addWorksheet(`~thidua${i}`);
        staged.push({ sheet, write });
        writeSheetSpec(sheet, write.spec);
      });
    } catch (cause) {
      for (const { sheet } of staged) this.workbook.removeWorksheet(sheet.id);
      throw new Error(`Không ghi được trang tính: ${String(cause)}`, { cause });
    }
    for (const { sheet, write } of staged) {
      const replaced = write.replaces === null ? undefined : this.workbook.getWorksheet(write.replaces);
      if (replaced) {
        // ExcelJS orders tabs by this untyped field: the new sheet takes the old one's place.
        (sheet as unknown as Ordered).orderNo = (replaced as unknown as Ordered).orderNo;
        removeNamesOf(this.workbook, replaced.name);
        this.columnBreaks.delete(replaced.name);
        this.workbook.removeWorksheet(replaced.id);
      }
    }
    for (const { sheet, write } of staged) {
      sheet.name = write.name;
      addTag(this.workbook, write.name, write.spec.tag);
      this.columnBreaks.set(write.name, write.spec.page.columnBreaks);
    }
    if (plan.activate !== null) await this.selectCell(plan.activate, null);
  }

  private checkNames(plan: WriteSpec): void {
    const replaced = new Set(plan.sheets.map((w) => w.replaces?.toLowerCase()));
    const taken = new Set(this.workbook.worksheets.map((ws) => ws.name.toLowerCase()).filter((n) => !replaced.has(n)));
    for (const { name } of plan.sheets) {
      const key = name.toLowerCase();
      if (taken.has(key)) throw new Error(`Trang tính "${name}" đã có trong sổ / Sheet "${name}" already exists`);
      taken.add(key);
    }
  }

  async selectCell(sheet: string, cell: string | null): Promise<void> {
    const sheets = this.workbook.worksheets;
    const index = sheets.findIndex((ws) => ws.name === sheet);
    if (index < 0) return;
    for (const ws of sheets) {
      // ExcelJS writes the selection only for a view whose state is set.
      const view = { state: "normal", ...ws.views?.[0] };
      const selected = ws.name === sheet;
      ws.views = [{ ...view, tabSelected: selected, ...(selected && cell !== null ? { activeCell: cell } : {}) } as unknown as ExcelJS.WorksheetView];
    }
    const bookView = this.workbook.views?.[0] ?? { x: 0, y: 0, width: 12000, height: 8000, visibility: "visible" };
    this.workbook.views = [{ ...bookView, activeTab: index, firstSheet: 0 }];
  }

  async toBuffer(): Promise<Uint8Array> {
    return addColumnBreaks(new Uint8Array(await this.workbook.xlsx.writeBuffer()), this.columnBreaks);
  }
}
