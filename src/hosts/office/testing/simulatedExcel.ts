/**
 * A simulated Excel behind Microsoft's own office.js: the library builds,
 * checks and serialises every request as it does in Excel, and hands it to this
 * workbook (simulator/processQuery.ts) instead of the Office host. Seed it like
 * a WorkbookSnapshot, run the host against `fake.run`, then inspect cells,
 * formats, merges, names, sync counts and request bytes. Pure TypeScript: the
 * same class runs in Node (officeJsInNode.ts) and in the e2e pages.
 */
import type { Box } from "./fakeAddress";
import { formatBox, parseBox } from "./fakeAddress";
import type { FakeCell, FakeName, FakeSheet, FakeValue } from "./fakeWorkbook";
import { cellKey, checkSheetName, emptyCell, FakeOfficeError, nameValue, newSheet } from "./fakeWorkbook";
import type { RequestBody, ResponseBody } from "./simulator/processQuery";
import { processQuery, ReferenceTable } from "./simulator/processQuery";
import type { SimState } from "./simulator/simState";
import { utf8Length } from "../sheetSteps";

export { FakeOfficeError } from "./fakeWorkbook";
export type { FakeCell, FakeChart, FakePageLayout, FakeSheet, FakeValue } from "./fakeWorkbook";

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
  readonly visibility?: FakeSheet["visibility"];
  /** Extra single cells far from the grid ("XFD1048576"), to make a sheet's used range huge without filling it. */
  readonly farCells?: readonly { readonly address: string; readonly value: FakeValue }[];
}

export interface FakeExcelOptions {
  readonly sheets?: readonly SeedSheet[];
  /** Highest ExcelApi set supported, e.g. "1.9" (default "1.17"). */
  readonly apiVersion?: string;
  /** Office.context.document.url. */
  readonly url?: string | null;
  readonly date1904?: boolean;
  /** The DelayForCellEdit requirement set (RunOptions.delayForCellEdit); default true. */
  readonly delayForCellEdit?: boolean;
}

/** What office.js hands its custom send function (HttpUtility.setCustomSendRequestFunc). */
export interface OfficeJsRequest {
  readonly method: string;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface OfficeJsResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** The parts of office.js the simulator drives. */
export interface OfficeJsLibrary {
  readonly Excel: { run(...args: unknown[]): Promise<unknown> };
}

export interface RunOptions {
  readonly delayForCellEdit?: boolean;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** office.js's request flag for RunOptions.delayForCellEdit (onBeforeExcelRun). */
const DELAY_FOR_CELL_EDIT_FLAG = 64;

let sessions = 0;


export class FakeExcel implements SimState {
  readonly sheets: FakeSheet[] = [];
  readonly names: FakeName[] = [];
  activeSheet: FakeSheet | null = null;
  selection: { sheet: FakeSheet; box: Box } | null = null;
  readonly apiMinor: number;
  readonly url: string | null;
  readonly date1904: boolean;
  readonly delayForCellEditSupported: boolean;
  /** Excel on the web refuses requests above 5 MB… */
  payloadLimitBytes = 5 * 1024 * 1024;
  /** …and answers above 5 MB. */
  responseLimitBytes = 5 * 1024 * 1024;
  /** cellEditModeSyncs: the user stays in cell-edit mode for that many next requests; failOn: "Class.Member" whose next use fails. */
  readonly simulate = { cellEditModeSyncs: 0, failOn: null as string | null };
  /** Requests (context.sync calls that sent something) so far. */
  syncCount = 0;
  /** Requests that only release kept objects: office.js sends one after an Excel.run that kept any, without waiting for it. */
  cleanupRequests = 0;
  /** UTF-8 size of each request body, in order: what Excel receives. */
  readonly syncBytes: number[] = [];
  /** Size of each answer, in order. */
  readonly responseBytes: number[] = [];
  /** Requests Excel held back until the user left cell-edit mode (RunOptions.delayForCellEdit). */
  delayedForCellEdit = 0;
  /** The session URL office.js posts this workbook's requests to. */
  readonly session = `http://sim.local/${++sessions}/`;
  private readonly refs = new ReferenceTable();

  constructor(options: FakeExcelOptions, private readonly library: OfficeJsLibrary) {
    this.apiMinor = Number((options.apiVersion ?? "1.17").split(".")[1] ?? "0");
    this.url = options.url ?? null;
    this.date1904 = options.date1904 ?? false;
    this.delayForCellEditSupported = options.delayForCellEdit ?? true;
    for (const seed of options.sheets ?? []) this.seed(seed);
    this.activeSheet = this.sheets.find((s) => s.visibility === "Visible") ?? null;
  }

  private seed(seed: SeedSheet): void {
    checkSheetName(seed.name, this.sheets);
    const sheet = newSheet(seed.name);
    sheet.visibility = seed.visibility ?? "Visible";
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
    for (const far of seed.farCells ?? []) {
      const box = parseBox(far.address)!;
      const cell = emptyCell();
      cell.value = far.value;
      sheet.cells.set(cellKey(box.top, box.left), cell);
    }
    this.sheets.push(sheet);
    if (seed.tag) this.names.push({ name: `ThiDua_${seed.tag}`, sheet, box: { top: 0, left: 0, bottom: 0, right: 0 } });
  }

  /** Excel.run through office.js, on this workbook. */
  readonly run = <T>(first: RunOptions | Batch<T>, second?: Batch<T>): Promise<T> => {
    const options = typeof first === "function" ? {} : first;
    const batch = typeof first === "function" ? first : second!;
    return this.library.Excel.run({ ...options, session: this.session }, batch) as Promise<T>;
  };

  /** Office.context.requirements.isSetSupported. */
  readonly isSetSupported = (name: string, version?: string): boolean => {
    if (name === "DelayForCellEdit") return this.delayForCellEditSupported;
    if (name !== "ExcelApi") return false;
    const [major, minor = "0"] = (version ?? "1.1").split(".");
    return major === "1" && Number(minor) <= this.apiMinor;
  };

  /** Excel's end of a POST …/ProcessQuery. */
  handle(request: OfficeJsRequest): OfficeJsResponse {
    const text = typeof request.body === "string" ? request.body : JSON.stringify(request.body ?? {});
    const bytes = utf8Length(text);
    const body = JSON.parse(text) as RequestBody;
    if (body.Actions.some((a) => a.Name === "_RemoveReference") && body.Actions.every((a) => a.Name === "_RemoveReference" || a.ActionType === 1)) {
      this.cleanupRequests += 1;
      return { statusCode: 200, headers: {}, body: JSON.stringify(processQuery(this, this.refs, body)) };
    }
    this.syncCount += 1;
    this.syncBytes.push(bytes);
    if (bytes > this.payloadLimitBytes) {
      return this.reply(413, { error: { code: "RequestPayloadSizeLimitExceeded", message: "The request payload size has exceeded the limit." } });
    }
    const flags = Number(/[?&]flags=(\d+)/.exec(request.url)?.[1] ?? "0");
    if (this.simulate.cellEditModeSyncs > 0) {
      if ((flags & DELAY_FOR_CELL_EDIT_FLAG) !== 0 && this.delayForCellEditSupported) {
        // Excel holds the request until the user presses Enter or Esc, then runs it.
        this.simulate.cellEditModeSyncs = 0;
        this.delayedForCellEdit += 1;
      } else {
        this.simulate.cellEditModeSyncs -= 1;
        return this.reply(200, { Results: [], Error: { Code: "InvalidOperationInCellEditMode", Message: "Excel is in cell-editing mode.", HttpStatusCode: 400, Location: "", ActionIndex: 0 } });
      }
    }
    const answer: ResponseBody = processQuery(this, this.refs, body);
    const out = JSON.stringify(answer);
    if (utf8Length(out) > this.responseLimitBytes) {
      return this.reply(200, { Results: [], Error: { Code: "ResponsePayloadSizeLimitExceeded", Message: "The response payload size has exceeded the limit.", HttpStatusCode: 400, Location: "", ActionIndex: 0 } });
    }
    this.responseBytes.push(utf8Length(out));
    return { statusCode: 200, headers: {}, body: out };
  }

  private reply(statusCode: number, body: unknown): OfficeJsResponse {
    const out = JSON.stringify(body);
    this.responseBytes.push(utf8Length(out));
    return { statusCode, headers: {}, body: out };
  }

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

/** Routes office.js's requests to the simulated workbook whose session URL they name. */
export function simulatedTransport(): { register(fake: FakeExcel): void; send(request: OfficeJsRequest): Promise<OfficeJsResponse> } {
  const fakes = new Map<string, FakeExcel>();
  return {
    register(fake) {
      fakes.set(fake.session, fake);
    },
    async send(request) {
      // The host answers asynchronously, as Excel does.
      await Promise.resolve();
      const fake = [...fakes.values()].find((f) => request.url.startsWith(f.session));
      if (fake === undefined) return { statusCode: 404, headers: {}, body: JSON.stringify({ error: { code: "ConnectionFailure", message: `No simulated workbook at ${request.url}` } }) };
      return fake.handle(request);
    },
  };
}
