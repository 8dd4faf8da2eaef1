/** The engine's sheet specning, one lazily loaded module (see lazy.ts): only the steps that write
 * sheets need it, never the first screen. */
export { buildMinutes } from "../engine";
export { detailSheet } from "../engine/sheets";
export { findingsSheet } from "../engine/sheets";
export { importSheet } from "../engine/sheets";
export { minutesSheet } from "../engine/sheets";
export { rankingSheet } from "../engine/sheets";
export { resolveWrites } from "../engine/sheets";
export { nextPledgeSheet, pledgeSheetOf, reportForms } from "../engine/sheets";
export { comparisonSheet } from "../engine/sheets";
