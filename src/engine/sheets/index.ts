/** The sheet builders: results in, sheet specs out (docs/architecture.md). Loaded lazily by the pane. */
export { comparisonSheet, hasScoreColumns } from "./comparisonSheet";
export { findingsSheet } from "./findingsSheet";
export { importSheet } from "./importSheet";
export { minutesSheet } from "./minutesSheet";
export { outputSheets } from "./outputSheets";
export { rankingSheet } from "./rankingSheet";
export { resolveWrites } from "./resolveWrites";
