import type { Finding, FindingCode, Severity } from "../findings";
import type { Indicator, MemberReport, ReportRow } from "../model";
import { capitalize } from "./messageText";
import type { ScoringRun } from "./scoringRun";

/** One member's report and what is needed to report on it: one per member, shared by all its rows
 * (the scorers take the indicator and row beside it, so scoring allocates no object per cell). */
export interface MemberContext {
  readonly report: MemberReport;
  readonly run: ScoringRun;
  /** The member's scoring findings, in pledge order: scorers add to it. */
  readonly findings: Finding[];
}

/** A finding on the member's report sheet. */
export function reportFinding(
  report: MemberReport,
  severity: Severity,
  code: FindingCode,
  cell: string | null,
  message: string,
): Finding {
  return { severity, code, file: report.file, sheet: report.sheet, cell, member: report.member, message };
}

export function addFinding(ctx: MemberContext, severity: Severity, code: FindingCode, cell: string | null, message: string): void {
  ctx.findings.push(reportFinding(ctx.report, severity, code, cell, message));
}

/** "chỉ tiêu 3 "Tổng giá trị sản xuất"", for messages. */
export function indicatorLabel(indicator: Indicator): string {
  return `chỉ tiêu ${indicator.code} "${indicator.name}"`;
}

/** "Ô E12 (chỉ tiêu 3 …)" or just "Chỉ tiêu 3 …" when the report has no such column. */
export function cellLabel(indicator: Indicator, cell: string | null): string {
  const label = indicatorLabel(indicator);
  return cell === null ? capitalize(label) : `Ô ${cell} (${label})`;
}

/** The cell that points at the row best when no single field is at fault. */
export function rowCell(row: ReportRow): string | null {
  return row.actual.cell ?? row.plan.cell ?? row.attainment.cell ?? row.clusterScore.cell ?? row.selfScore.cell;
}
