/** What the pane needs from the engine and the heavy libraries, as one seam: the real wiring
 * is realServices.ts; tests hand in fakes so each step is tested as the user sees it. */
import { createContext, useContext } from "react";
import type { ClusterData, ClusterResult, ConferenceForm, Finding, ImportSource, ReadOptions, SheetSnapshot, SheetSpec, WorkbookSnapshot, WriteSpec } from "../engine";
import type { ReportFormsResult } from "../engine/sheets";
import type { FileWorkbook } from "../hosts/host";

export interface PaneServices {
  // Asynchronous where the real ones load the engine on first use (the pane's first screen needs none of it).
  readCluster(workbooks: readonly WorkbookSnapshot[], options?: ReadOptions): ClusterData | Promise<ClusterData>;
  /** A finding's Vietnamese sentence; the catalogue loads with the engine. */
  findingMessage(finding: Finding): string | Promise<string>;
  scoreCluster(data: ClusterData): ClusterResult | Promise<ClusterResult>;
  defaultConferenceForm(data: ClusterData, result: ClusterResult): ConferenceForm | Promise<ConferenceForm>;
  // The sheet specs are asynchronous because they load on first use: checking the workbook,
  // the pane's first screen, does not need them.
  /** `source`: the member's file and sheet, noted under the copy so that findings can point back to them. */
  importSheet(sheet: SheetSnapshot, member: string, source: ImportSource): Promise<SheetSpec>;
  /** "Xếp hạng <năm>" signed by the form's chair and secretary (or the information sheet's), then "Chi tiết điểm <năm>". */
  rankingSheets(result: ClusterResult, data: ClusterData, form: ConferenceForm | null): Promise<SheetSpec[]>;
  findingsSheet(result: ClusterResult): Promise<SheetSpec | null>;
  /** "Đối chiếu điểm <năm>": self-score, points by the pledge and appraisal per member and indicator. */
  comparisonSheet(result: ClusterResult, data: ClusterData): Promise<SheetSpec>;
  /** buildMinutes then minutesSheet: the minutes model itself stays inside the engine. */
  minutesSheet(result: ClusterResult, data: ClusterData, form: ConferenceForm): Promise<SheetSpec>;
  resolveWrites(plans: readonly SheetSpec[], existing: readonly SheetSnapshot[]): Promise<WriteSpec>;
  /** Loads the xlsx host on first use. Throws XlsxInputError for a file that is not a readable xlsx. */
  readXlsx(data: ArrayBuffer | Uint8Array, fileName: string): Promise<WorkbookSnapshot>;
  openXlsx(data: ArrayBuffer | Uint8Array, fileName: string): Promise<FileWorkbook>;
  /** The members' report forms as sheet specs (docs/dong-lenh.md, template), and each as .xlsx bytes. */
  reportForms(data: ClusterData, workbooks: readonly WorkbookSnapshot[], members: readonly string[]): Promise<ReportFormsResult>;
  formWorkbook(sheets: readonly SheetSpec[]): Promise<Uint8Array>;
  /** "Giao ước <N+1>" from the pledge sheet the data was read from; null without a year or a pledge table. */
  nextPledgeSheet(data: ClusterData, workbooks: readonly WorkbookSnapshot[]): Promise<SheetSpec | null>;
  /** Loads docx on first use. */
  minutesDocx(result: ClusterResult, data: ClusterData, form: ConferenceForm): Promise<Uint8Array>;
}

export const ServicesContext = createContext<PaneServices | null>(null);

export function useServices(): PaneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("ServicesContext is missing: wrap the pane in <ServicesContext.Provider>.");
  return services;
}
