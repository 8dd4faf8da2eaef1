/** The pane's services wired to the real engine. Reading and scoring are needed at once (the first
 * screen checks the workbook); the sheet planning, ExcelJS and docx arrive lazily through lazy.ts. */
import { defaultConferenceForm } from "../engine/minutes/defaultConferenceForm";
import { readCluster } from "../engine/read/readCluster";
import { scoreCluster } from "../engine/score/scoreCluster";
import { loadMinutesDocx, loadPlanning, loadXlsxHost } from "./lazy";
import type { PaneServices } from "./services";

export const realServices: PaneServices = {
  readCluster,
  scoreCluster,
  defaultConferenceForm,
  planImport: async (sheet, member) => (await loadPlanning()).planImport(sheet, member),
  planRanking: async (result, data) => (await loadPlanning()).planRanking(result, data),
  planFindings: async (result) => (await loadPlanning()).planFindings(result),
  planMinutes: async (result, data, form) => {
    const { buildMinutes, planMinutes } = await loadPlanning();
    return planMinutes(buildMinutes(result, data, form));
  },
  resolveWrites: async (plans, existing) => (await loadPlanning()).resolveWrites(plans, existing),
  readXlsx: async (data, fileName) => (await loadXlsxHost()).readWorkbook(data, fileName),
  openXlsx: async (data, fileName) => (await loadXlsxHost()).XlsxWorkbook.open(data, fileName),
  minutesDocx: async (result, data, form) => {
    const [{ buildMinutes }, { minutesToDocx }] = await Promise.all([loadPlanning(), loadMinutesDocx()]);
    return minutesToDocx(buildMinutes(result, data, form));
  },
};
