/** A report's rows as plain objects, every field read: the reader's rows make their fields when asked for
 * (engine/read/rowTable.ts), so `toEqual` on them would compare only what they keep as their own. */
import type { MemberReport, ReportRow } from "../model";

export function plainRow(row: ReportRow): ReportRow {
  const { indicatorCode, plan, actual, attainment, growth, selfScore, clusterScore, reason, note, notAssigned } = row;
  return { indicatorCode, row: row.row, plan, actual, attainment, growth, selfScore, clusterScore, reason, note, notAssigned };
}

export function plainRows(report: MemberReport): Record<string, ReportRow> {
  return Object.fromEntries(Object.entries(report.rows).map(([code, row]) => [code, plainRow(row)]));
}
