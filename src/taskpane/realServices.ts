import { defaultConferenceForm, readCluster, scoreCluster } from "../engine";
import { loadMinutesDocx, loadSheetSpecs, loadXlsxHost } from "./lazy";
import type { PaneServices } from "./services";

export const realServices: PaneServices = {
  readCluster,
  scoreCluster,
  defaultConferenceForm,
  importSheet: async (sheet, member) => (await loadSheetSpecs()).importSheet(sheet, member),
  rankingSheet: async (result, data) => (await loadSheetSpecs()).rankingSheet(result, data),
  findingsSheet: async (result) => (await loadSheetSpecs()).findingsSheet(result),
  comparisonSheet: async (result, data) => (await loadSheetSpecs()).comparisonSheet(result, data),
  minutesSheet: async (result, data, form) => {
    const { buildMinutes, minutesSheet } = await loadSheetSpecs();
    return minutesSheet(buildMinutes(result, data, form));
  },
  resolveWrites: async (plans, existing) => (await loadSheetSpecs()).resolveWrites(plans, existing),
  readXlsx: async (data, fileName) => (await loadXlsxHost()).readWorkbook(data, fileName),
  openXlsx: async (data, fileName) => (await loadXlsxHost()).XlsxWorkbook.open(data, fileName),
  minutesDocx: async (result, data, form) => {
    const [{ buildMinutes }, { minutesToDocx }] = await Promise.all([loadSheetSpecs(), loadMinutesDocx()]);
    return minutesToDocx(buildMinutes(result, data, form));
  },
};
