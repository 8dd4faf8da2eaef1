/** The sheet builders: results in, sheet specs out (docs/architecture.md). Loaded lazily by the pane. */
export { detailSheet } from "./detailSheet";
export { comparisonSheet, hasScoreColumns } from "./comparisonSheet";
export { findingsSheet } from "./findingsSheet";
export { importSheet } from "./importSheet";
export { minutesSheet } from "./minutesSheet";
export { outputSheets } from "./outputSheets";
export { rankingSheet } from "./rankingSheet";
export type { RankingSigning } from "./rankingSheet";
export { resolveWrites } from "./resolveWrites";
export { nextPledgeSheet } from "./nextPledgeSheet";
export { formFileName, pledgeSheetOf, reportForms, type ReportForm, type ReportFormsResult } from "./reportForms";
export { tagSlug } from "./sheetNames";
