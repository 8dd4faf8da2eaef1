/** What the pane needs from the engine and the heavy libraries, as one seam: the real wiring
 * is realServices.ts; tests hand in fakes so each step is tested as the user sees it. */
import { createContext, useContext } from "react";
import type { ConferenceForm } from "../engine/conference";
import type { ClusterData, ReadOptions } from "../engine/model";
import type { ClusterResult } from "../engine/result";
import type { SheetPlan, WritePlan } from "../engine/sheetPlan";
import type { SheetSnapshot, WorkbookSnapshot } from "../engine/snapshot";
import type { WorkbookHost } from "../hosts/host";

/** A workbook opened from a file in the browser (standalone mode). */
export interface FileWorkbook extends WorkbookHost {
  readonly fileName: string;
  toBuffer(): Promise<Uint8Array>;
}

export interface PaneServices {
  readCluster(workbooks: readonly WorkbookSnapshot[], options?: ReadOptions): ClusterData;
  scoreCluster(data: ClusterData): ClusterResult;
  defaultConferenceForm(data: ClusterData, result: ClusterResult): ConferenceForm;
  // The sheet plans are asynchronous because they load on first use: checking the workbook,
  // the pane's first screen, does not need them.
  planImport(sheet: SheetSnapshot, member: string): Promise<SheetPlan>;
  planRanking(result: ClusterResult, data: ClusterData): Promise<SheetPlan>;
  planFindings(result: ClusterResult): Promise<SheetPlan | null>;
  /** buildMinutes then planMinutes: the minutes model itself stays inside the engine. */
  planMinutes(result: ClusterResult, data: ClusterData, form: ConferenceForm): Promise<SheetPlan>;
  resolveWrites(plans: readonly SheetPlan[], existing: readonly SheetSnapshot[]): Promise<WritePlan>;
  /** Loads ExcelJS on first use. Throws XlsxInputError for a file that is not a readable xlsx. */
  readXlsx(data: ArrayBuffer | Uint8Array, fileName: string): Promise<WorkbookSnapshot>;
  openXlsx(data: ArrayBuffer | Uint8Array, fileName: string): Promise<FileWorkbook>;
  /** Loads docx on first use. */
  minutesDocx(result: ClusterResult, data: ClusterData, form: ConferenceForm): Promise<Uint8Array>;
}

export const ServicesContext = createContext<PaneServices | null>(null);

export function useServices(): PaneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("ServicesContext is missing: wrap the pane in <ServicesContext.Provider>.");
  return services;
}
