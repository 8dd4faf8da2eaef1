import type { Indicator, ReportRow } from "../model";
import type { IndicatorScore } from "./result";
import { indicatorScore, zeroScore } from "./indicatorScore";
import { indicatorRef, makeFinding } from "../findings/makeFinding";
import { readNumber } from "./readNumber";
import { onReport, rowCell, type MemberContext } from "./memberContext";
import { atLeast } from "./tolerance";

/** The direct method: the cluster's score (else the actual) taken as points, within [0, M]. */
export function scoreDirect(ctx: MemberContext, indicator: Indicator, row: ReportRow): IndicatorScore {
  const byCluster = row.clusterScore.kind !== "blank";
  const field = byCluster ? row.clusterScore : row.actual;
  const read = readNumber(ctx, indicator, field, byCluster ? "clusterScore" : "actual");
  if (read.kind === "invalid") return zeroScore(indicator);
  if (read.kind === "missing") {
    const cell = field.cell ?? rowCell(row);
    ctx.findings.push(makeFinding("MISSING_DATA", "error", onReport(ctx.report, cell), { indicator: indicatorRef(indicator), expected: "score", missing: [] }));
    return zeroScore(indicator);
  }
  const m = indicator.maxPoints;
  const value = read.value;
  if (value > m) {
    ctx.findings.push(makeFinding("DIRECT_CLAMPED", "warning", onReport(ctx.report, field.cell), { indicator: indicatorRef(indicator), value, max: m }));
    return indicatorScore(indicator, null, m, true);
  }
  if (value < 0) {
    ctx.findings.push(makeFinding("DIRECT_CLAMPED", "warning", onReport(ctx.report, field.cell), { indicator: indicatorRef(indicator), value, max: m }));
    return indicatorScore(indicator, null, 0, atLeast(0, m));
  }
  return indicatorScore(indicator, null, value, atLeast(value, m));
}
