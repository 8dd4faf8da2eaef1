import type { Finding, Where } from "../findings";
import type { MemberReport, ReportRow } from "../model";
import type { ScoringRun } from "./scoringRun";

/** One member's report and what is needed to report on it: one per member, shared by all its rows
 * (the scorers take the indicator and row beside it, so scoring allocates no object per cell). */
export interface MemberContext {
  readonly report: MemberReport;
  readonly run: ScoringRun;
  /** The member's scoring findings, in pledge order: scorers add to it. */
  readonly findings: Finding[];
}

/** A place on the member's report sheet: a cell, or the whole report when null. */
export function onReport(report: MemberReport, cell: string | null): Where {
  return { file: report.file, sheet: report.sheet, cell, member: report.member };
}

/** The cell that points at the row best when no single field is at fault. */
export function rowCell(row: ReportRow): string | null {
  return row.actual.cell ?? row.plan.cell ?? row.attainment.cell ?? row.clusterScore.cell ?? row.selfScore.cell;
}
