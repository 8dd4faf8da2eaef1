/** What the pane needs from the engine and the heavy libraries, as one seam: the real wiring
 * is realServices.ts; tests hand in fakes so each step is tested as the user sees it. */
import { createContext, useContext } from "react";
import type { ClusterData, ClusterResult, ConferenceForm, ReadOptions, SheetSnapshot, SheetSpec, WorkbookSnapshot, WriteSpec } from "../engine";
import type { FileWorkbook } from "../hosts/host";

export interface PaneServices {
  readCluster(workbooks: readonly WorkbookSnapshot[], options?: ReadOptions): ClusterData;
  scoreCluster(data: ClusterData): ClusterResult;
  defaultConferenceForm(data: ClusterData, result: ClusterResult): ConferenceForm;
  // The sheet specs are asynchronous because they load on first use: checking the workbook,
  // the pane's first screen, does not need them.
  importSheet(sheet: SheetSnapshot, member: string): Promise<SheetSpec>;
  rankingSheet(result: ClusterResult, data: ClusterData): Promise<SheetSpec>;
  findingsSheet(result: ClusterResult): Promise<SheetSpec | null>;
  /** "Đối chiếu điểm <năm>": self-score, points by the pledge and appraisal per member and indicator. */
  comparisonSheet(result: ClusterResult, data: ClusterData): Promise<SheetSpec>;
  /** buildMinutes then minutesSheet: the minutes model itself stays inside the engine. */
  minutesSheet(result: ClusterResult, data: ClusterData, form: ConferenceForm): Promise<SheetSpec>;
  resolveWrites(plans: readonly SheetSpec[], existing: readonly SheetSnapshot[]): Promise<WriteSpec>;
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
