/**
 * The workbook open in Excel, through Office.js. Sync budget (see readWorkbook.ts),
 * measured on Microsoft's office.js in the tests and `npm run bench`:
 * readSnapshot 1 sync once the host has seen the workbook (an earlier read or
 * write on this host tells it the sheet names and sizes); 3 the first time
 * (names, sizes, cells), +2 when the user has added sheets since, +3 when a
 * sheet it knew was deleted or renamed (the one-sync request fails, then the
 * first-time read), +1 per 4.5 MB of cells.
 * write 1 sync after a readSnapshot on this host (+1 to learn the sheet layout
 * when there was none, +1 per extra request only when the payload must be split
 * under 5 MB), activating and selecting the result included. selectCell 1.
 * So the pane, which reads the workbook when it opens, ranks, writes and shows
 * the result in 2 syncs.
 */
import type { WorkbookHost, WriteOptions } from "../host";
import type { WorkbookSnapshot } from "../../engine/read/snapshot";
import type { WriteSpec } from "../../engine/sheets/sheetSpec";
import type { OfficeAction } from "./officeHostError";
import { isBusyError, OfficeHostError, officeErrorCode, toOfficeHostError } from "./officeHostError";
import type { IsSetSupported } from "./requirementSets";
import { DATA_BAR_SET, describeMissing, PAGE_LAYOUT_SET, REQUIRED_SET, VIEW_SET } from "./requirementSets";
import type { ReadMemory } from "./readWorkbook";
import { EMPTY_MEMORY, readKnownWorkbook, readWorkbook } from "./readWorkbook";
import type { WriteProgress } from "./applyWriteSpec";
import { applyWriteSpec, restoreAfterFailure, sheetsAfterWrite, TEMPORARY_SHEET } from "./applyWriteSpec";
import type { WorkbookLayout } from "./workbookLayout";
import { queueLayout } from "./workbookLayout";
import { utf8Length } from "./sheetSteps";

/** Excel.run with its options (office.js's RunOptions). */
export type ExcelRun = <T>(options: { readonly delayForCellEdit?: boolean }, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel holds a request until the user leaves cell-edit mode, instead of failing it (RunOptions.delayForCellEdit). */
const DELAY_FOR_CELL_EDIT_SET = "DelayForCellEdit";
const RUN_OPTIONS = { delayForCellEdit: true } as const;

export interface OfficeHostOptions {
  /** Excel.run, or the fake's run in tests. */
  readonly run: ExcelRun;
  /** Office.context.requirements.isSetSupported. */
  readonly isSetSupported: IsSetSupported;
  /** Office.context.document.url, when the host has one. */
  readonly documentUrl?: () => string | null;
  /** Largest request to send in one sync; Excel on the web refuses more than 5 MB. */
  readonly payloadLimitBytes?: number;
  /** Wait before the one retry when Excel is in cell-edit mode (an Excel without DelayForCellEdit). */
  readonly retryDelayMs?: number;
  readonly wait?: (ms: number) => Promise<void>;
}

/** 4 MB: the 5 MB limit less room for what the estimate does not count (object paths, ids, UTF-8 of Vietnamese text). */
export const DEFAULT_PAYLOAD_LIMIT = 4 * 1024 * 1024;
const DEFAULT_RETRY_DELAY_MS = 1000;

/** "https://x/sites/y/Cum%20thi%20dua.xlsx?web=1" → "Cum thi dua.xlsx". */
export function fileNameOf(url: string | null): string | null {
  if (url === null || url.trim() === "") return null;
  const path = url.split(/[?#]/)[0] ?? "";
  const last = path.split(/[/\\]/).pop() ?? "";
  if (last === "") return null;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export class OfficeWorkbookHost implements WorkbookHost {
  readonly kind = "office" as const;
  private layout: WorkbookLayout | null = null;
  /** Sheet names (and sizes) as of this host's last read or write: what the one-sync read asks for (it checks them in the same request). */
  private memory: ReadMemory = EMPTY_MEMORY;
  private readonly excelRun: ExcelRun;
  private readonly isSetSupported: IsSetSupported;
  private readonly documentUrl: () => string | null;
  private readonly payloadLimitBytes: number;
  private readonly retryDelayMs: number;
  private readonly wait: (ms: number) => Promise<void>;

  constructor(options: OfficeHostOptions) {
    this.excelRun = options.run;
    this.isSetSupported = options.isSetSupported;
    this.documentUrl = options.documentUrl ?? (() => null);
    this.payloadLimitBytes = options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT;
    this.retryDelayMs = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
    this.wait = options.wait ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    this.requireCoreSet("read");
    const memory = this.memory;
    const result = await this.withRetry("read", async () =>
      (memory.sheets.length > 0 ? await this.run((context) => readKnownWorkbook(context, memory)) : null) ??
      (await this.run((context) => readWorkbook(context, memory))),
    );
    this.layout = result.layout;
    this.memory = result.memory;
    const snapshot = { file: fileNameOf(this.documentUrl()), sheets: result.sheets };
    return result.skipped.length > 0 ? { ...snapshot, skipped: result.skipped } : snapshot;
  }

  async write(plan: WriteSpec, options: WriteOptions = {}): Promise<void> {
    this.requireCoreSet("write");
    if (plan.sheets.length === 0 && plan.activate === null) return;
    const support = {
      dataBar: this.isSetSupported(DATA_BAR_SET.name, DATA_BAR_SET.version),
      view: this.isSetSupported(VIEW_SET.name, VIEW_SET.version),
      pageLayout: this.isSetSupported(PAGE_LAYOUT_SET.name, PAGE_LAYOUT_SET.version),
    };
    await this.withRetry("write", async () => {
      const layout = this.layout ?? (await this.run(async (context) => {
        const query = queueLayout(context);
        await context.sync();
        return query.take();
      }));
      const progress: WriteProgress = { syncedBatches: 0 };
      try {
        await this.run((context) => applyWriteSpec(context, plan, layout, support, this.payloadLimitBytes, progress, options));
      } catch (error) {
        // Nothing of this write is left behind (or a leftover shows up as an added sheet at the next read).
        this.memory = { ...this.memory, sheets: layout.sheets.filter((s) => !TEMPORARY_SHEET.test(s)) };
        if (refusedWhole(error, progress)) {
          // Excel applied nothing: the layout still holds for the retry.
          this.layout = layout;
          throw error;
        }
        this.layout = null;
        await this.restoreQuietly(plan, layout);
        throw error;
      }
      // The workbook changed: the next write learns the layout again; the next read checks the names it expects.
      this.layout = null;
      // What the written sheets will weigh when read back (values, and number formats at ~10 B a cell), so the next read takes them in its one request.
      const bytes = new Map(this.memory.bytes);
      for (const w of plan.sheets) bytes.set(w.name.toLowerCase(), utf8Length(JSON.stringify(w.spec.values)) + 10 * w.spec.values.reduce((n, row) => n + row.length, 0));
      this.memory = { ...this.memory, sheets: sheetsAfterWrite(plan, layout), bytes };
    });
  }

  async selectCell(sheet: string, cell: string | null): Promise<void> {
    await this.withRetry("select", () =>
      this.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        if (cell !== null) ws.getRange(cell).select();
        await context.sync();
      }),
    );
  }

  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.excelRun(RUN_OPTIONS, batch);
  }

  private requireCoreSet(action: OfficeAction): void {
    if (!this.isSetSupported(REQUIRED_SET.name, REQUIRED_SET.version)) {
      throw new OfficeHostError("unsupported", describeMissing(REQUIRED_SET), null, new Error(`${REQUIRED_SET.name} ${REQUIRED_SET.version} missing (${action})`));
    }
  }

  /** Best effort: a failing clean-up must not hide the error that caused it. */
  private async restoreQuietly(plan: WriteSpec, layout: WorkbookLayout): Promise<void> {
    try {
      await this.run((context) => restoreAfterFailure(context, plan, layout));
    } catch {
      // Nothing more can be done from here; the original error is what the user must see.
    }
  }

  /**
   * Every failure leaves as an OfficeHostError. Where Excel has DelayForCellEdit it waits out cell-edit
   * mode itself; elsewhere one retry after a pause, as Script Lab does.
   */
  private async withRetry<T>(action: OfficeAction, attempt: () => Promise<T>): Promise<T> {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusyError(error) || this.isSetSupported(DELAY_FOR_CELL_EDIT_SET, "1.1")) throw toOfficeHostError(error, action);
    }
    await this.wait(this.retryDelayMs);
    try {
      return await attempt();
    } catch (error) {
      throw toOfficeHostError(error, action);
    }
  }
}

/** Excel refuses a request in cell-edit mode or above the size limit before applying any of it. */
function refusedWhole(error: unknown, progress: WriteProgress): boolean {
  const code = officeErrorCode(error);
  return progress.syncedBatches === 0 && (code === "InvalidOperationInCellEditMode" || code === "RequestPayloadSizeLimitExceeded");
}
