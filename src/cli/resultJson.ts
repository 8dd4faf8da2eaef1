/** The result JSON of docs/dong-lenh.md. Numbers stay unrounded; keys beyond the spec are additions. */
import { type ClusterResult, findingFacts, findingMessage } from "../engine";

export interface OutputFiles {
  readonly workbook: string;
  readonly minutes: string | null;
}

export function resultJson(result: ClusterResult, output: OutputFiles | null): unknown {
  return {
    cluster: result.cluster,
    year: result.year,
    maxPoints: result.maxPoints,
    members: result.members.map((m) => ({
      name: m.name,
      source: m.source,
      rank: m.rank,
      total: m.total,
      // docs/cham-diem.md, "Indicators not assigned": the total before conversion and the member's maximum.
      rawTotal: m.rawTotal,
      memberMax: m.memberMax,
      percentOfMax: m.percentOfMax,
      classification: m.classification,
      met: m.met,
      mandatoryUnmet: m.mandatoryUnmet,
      disqualified: m.disqualified,
      hasErrors: m.hasErrors,
      award: m.award,
      selfScore: m.selfScore,
      groups: m.groups,
      // Per indicator: points (the appraisal when given), computedPoints (by the method), notAssigned.
      indicators: m.indicators,
      headings: m.headings,
    })),
    proposals: result.proposals,
    findings: result.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      file: f.where.file,
      sheet: f.where.sheet,
      cell: f.where.cell,
      member: f.where.member,
      message: findingMessage(f),
      params: findingFacts(f),
    })),
    ...(output ? { output } : {}),
  };
}
