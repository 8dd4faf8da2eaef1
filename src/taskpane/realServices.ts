import { loadEngine, loadMinutesDocx, loadSheetSpecs, loadXlsxHost } from "./lazy";
import type { PaneServices } from "./services";

export const realServices: PaneServices = {
  readCluster: async (workbooks, options) => (await loadEngine()).readCluster(workbooks, options),
  findingMessage: async (finding) => (await loadEngine()).findingMessage(finding),
  scoreCluster: async (data) => (await loadEngine()).scoreCluster(data),
  defaultConferenceForm: async (data, result) => (await loadEngine()).defaultConferenceForm(data, result),
  importSheet: async (sheet, member, source) => (await loadSheetSpecs()).importSheet(sheet, member, source),
  rankingSheets: async (result, data, form) => {
    const { rankingSheet, detailSheet } = await loadSheetSpecs();
    return [rankingSheet(result, data, form), detailSheet(result, data)];
  },
  findingsSheet: async (result) => (await loadSheetSpecs()).findingsSheet(result),
  comparisonSheet: async (result, data) => (await loadSheetSpecs()).comparisonSheet(result, data),
  minutesSheet: async (result, data, form) => {
    const { buildMinutes, minutesSheet } = await loadSheetSpecs();
    return minutesSheet(buildMinutes(result, data, form));
  },
  resolveWrites: async (plans, existing) => (await loadSheetSpecs()).resolveWrites(plans, existing),
  readXlsx: async (data, fileName) => (await loadXlsxHost()).readWorkbook(data, fileName),
  openXlsx: async (data, fileName) => (await loadXlsxHost()).XlsxWorkbook.open(data, fileName),
  reportForms: async (data, workbooks, members) => (await loadSheetSpecs()).reportForms(data, workbooks, members),
  formWorkbook: async (sheets) => (await loadXlsxHost()).formWorkbook(sheets),
  nextPledgeSheet: async (data, workbooks) => {
    const { nextPledgeSheet, pledgeSheetOf } = await loadSheetSpecs();
    const sheet = pledgeSheetOf(data, workbooks);
    return sheet === null || data.info.year === null ? null : nextPledgeSheet(sheet, data.info.year);
  },
  minutesDocx: async (result, data, form) => {
    const [{ buildMinutes }, { minutesToDocx }] = await Promise.all([loadSheetSpecs(), loadMinutesDocx()]);
    return minutesToDocx(buildMinutes(result, data, form));
  },
};
