import type { MinutesModel } from "../minutes/minutesModel";
import type { ClusterData } from "../model";
import type { ClusterResult } from "../score/result";
import type { SheetSpec } from "./sheetSpec";
import { detailSheet } from "./detailSheet";
import { comparisonSheet, hasScoreColumns } from "./comparisonSheet";
import { findingsSheet, type LinkTarget } from "./findingsSheet";
import { minutesSheet } from "./minutesSheet";
import { rankingSheet, type RankingSigning } from "./rankingSheet";

/** The output sheets of a scoring run: the signed ranking, its detail, the score comparison when any member has a
 * self-score or appraisal column, the minutes, and the findings when there are any. */
export function outputSheets(result: ClusterResult, data: ClusterData, minutes: MinutesModel, linkTarget?: LinkTarget, signing?: RankingSigning): SheetSpec[] {
  const findings = findingsSheet(result, linkTarget);
  const comparison = hasScoreColumns(data) ? [comparisonSheet(result, data)] : [];
  return [rankingSheet(result, data, signing ?? null), detailSheet(result, data), ...comparison, minutesSheet(minutes), ...(findings ? [findings] : [])];
}
