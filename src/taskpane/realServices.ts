/** The pane's services wired to the real engine; ExcelJS and docx arrive lazily through lazy.ts. */
import { buildMinutes } from "../engine/minutes/buildMinutes";
import { defaultConferenceForm } from "../engine/minutes/defaultConferenceForm";
import { planFindings } from "../engine/plans/planFindings";
import { planImport } from "../engine/plans/planImport";
import { planMinutes } from "../engine/plans/planMinutes";
import { planRanking } from "../engine/plans/planRanking";
import { resolveWrites } from "../engine/plans/resolveWrites";
import { readCluster } from "../engine/read/readCluster";
import { scoreCluster } from "../engine/score/scoreCluster";
import { loadMinutesDocx, loadXlsxHost } from "./lazy";
import type { PaneServices } from "./services";

export const realServices: PaneServices = {
  readCluster,
  scoreCluster,
  defaultConferenceForm,
  planImport,
  planRanking,
  planFindings,
  planMinutes: (result, data, form) => planMinutes(buildMinutes(result, data, form)),
  resolveWrites,
  readXlsx: async (data, fileName) => (await loadXlsxHost()).readWorkbook(data, fileName),
  openXlsx: async (data, fileName) => (await loadXlsxHost()).XlsxWorkbook.open(data, fileName),
  minutesDocx: async (result, data, form) => (await loadMinutesDocx()).minutesToDocx(buildMinutes(result, data, form)),
};
