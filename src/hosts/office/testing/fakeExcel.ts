/**
 * A faithful in-memory stand-in for the Excel JavaScript API, for tests and for
 * the e2e pages (pure TypeScript: no jest, no Node). Seed it like a
 * WorkbookSnapshot, run the host against `fake.run`, then inspect cells,
 * formats, merges, names and sync counts.
 */
import type { Box } from "./fakeAddress";
import { formatBox, parseBox } from "./fakeAddress";
import type { FakeBackend } from "./fakeContext";
import { FakeRequestContext } from "./fakeContext";
import type { FakeCell, FakeName, FakeSheet, FakeValue } from "./fakeWorkbook";
import { cellKey, checkSheetName, emptyCell, FakeOfficeError, nameValue, newSheet } from "./fakeWorkbook";

export { FakeOfficeError } from "./fakeWorkbook";
export type { FakeCell, FakeChart, FakePageLayout, FakeSheet, FakeValue } from "./fakeWorkbook";
export { installFakeOffice } from "./installFakeOffice";

export interface SeedSheet {
  readonly name: string;
  /** Zero-based position of values[0][0] (default 0, 0). */
  readonly top?: number;
  readonly left?: number;
  readonly values: readonly (readonly (FakeValue | null)[])[];
  /** Same shape as values; "General" where missing. */
  readonly formats?: readonly (readonly string[])[];
  /** Adds the workbook name ThiDua_<tag> pointing at A1 of this sheet. */
  readonly tag?: string | null;
}

export interface FakeExcelOptions {
  readonly sheets?: readonly SeedSheet[];
  /** Highest ExcelApi set supported, e.g. "1.9" (default "1.17"). */
  readonly apiVersion?: string;
  /** Office.context.document.url. */
  readonly url?: string | null;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export class FakeExcel implements FakeBackend {
  readonly sheets: FakeSheet[] = [];
  readonly names: FakeName[] = [];
  activeSheet: FakeSheet | null = null;
  selection: { sheet: FakeSheet; box: Box } | null = null;
  readonly apiMinor: number;
  readonly url: string | null;
  /** Excel on the web refuses requests above 5 MB. */
  payloadLimitBytes = 5 * 1024 * 1024;
  /** cellEditModeSyncs: how many next syncs reject as in cell-edit mode; failOn: the API whose next call fails. */
  readonly simulate = { cellEditModeSyncs: 0, failOn: null as string | null };
  syncCount = 0;
  /** Estimated size of each synced request, in order. */
  readonly syncBytes: number[] = [];

  constructor(options: FakeExcelOptions = {}) {
    this.apiMinor = Number((options.apiVersion ?? "1.17").split(".")[1] ?? "0");
    this.url = options.url ?? null;
    for (const seed of options.sheets ?? []) this.seed(seed);
    this.activeSheet = this.sheets[0] ?? null;
  }

  private seed(seed: SeedSheet): void {
    checkSheetName(seed.name, this.sheets);
    const sheet = newSheet(seed.name);
    const top = seed.top ?? 0;
    const left = seed.left ?? 0;
    seed.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const format = seed.formats?.[r]?.[c] ?? "General";
        if (value === null && format === "General") return;
        const cell = emptyCell();
        cell.value = value === "" ? null : value;
        cell.numberFormat = format;
        sheet.cells.set(cellKey(top + r, left + c), cell);
      }),
    );
    this.sheets.push(sheet);
    if (seed.tag) this.names.push({ name: `ThiDua_${seed.tag}`, sheet, box: { top: 0, left: 0, bottom: 0, right: 0 } });
  }

  countSync(bytes: number): void {
    this.syncCount += 1;
    this.syncBytes.push(bytes);
  }

  /** Excel.run: a fresh context per batch; commands left unsynced at the end are dropped (nothing is tracked). */
  readonly run = async <T>(batch: Batch<T>): Promise<T> => {
    const context = new FakeRequestContext(this);
    try {
      return await batch(context as unknown as Excel.RequestContext);
    } finally {
      context.discardPending();
    }
  };

  /** Office.context.requirements.isSetSupported. */
  readonly isSetSupported = (name: string, version?: string): boolean => {
    if (name !== "ExcelApi") return false;
    const [major, minor = "0"] = (version ?? "1.1").split(".");
    return major === "1" && Number(minor) <= this.apiMinor;
  };

  // ------------------------------------------------------------ inspection

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (s === undefined) throw new FakeOfficeError("ItemNotFound", `No sheet named "${name}" (sheets: ${this.sheetNames().join(", ")}).`);
    return s;
  }

  /** A copy of the cell at an A1 address (an empty cell where nothing was written). */
  cell(sheet: string, address: string): FakeCell {
    const box = parseBox(address);
    if (box === null) throw new FakeOfficeError("InvalidArgument", `Not a cell address: ${address}`);
    const found = this.sheet(sheet).cells.get(cellKey(box.top, box.left));
    return structuredClone(found ?? emptyCell());
  }

  /** Values of a rectangle, "" for empty cells and formulas shown as their text. */
  valuesOf(sheet: string, address: string): (FakeValue | string)[][] {
    const box = parseBox(address);
    if (box === null) throw new FakeOfficeError("InvalidArgument", `Not an address: ${address}`);
    const s = this.sheet(sheet);
    const rows: (FakeValue | string)[][] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row: (FakeValue | string)[] = [];
      for (let c = box.left; c <= box.right; c++) {
        const cell = s.cells.get(cellKey(r, c));
        row.push(cell?.formula ?? cell?.value ?? "");
      }
      rows.push(row);
    }
    return rows;
  }

  merges(sheet: string): string[] {
    return this.sheet(sheet).merges.map(formatBox);
  }

  /** Workbook names and what they refer to, as Excel shows them. */
  definedNames(): { name: string; value: string }[] {
    return this.names.map((n) => ({ name: n.name, value: nameValue(n) }));
  }

  selectionAddress(): string | null {
    return this.selection === null ? null : `${this.selection.sheet.name}!${formatBox(this.selection.box)}`;
  }
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  return new FakeExcel(options);
}
