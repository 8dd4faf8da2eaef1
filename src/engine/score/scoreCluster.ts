import type { Finding } from "../findings";
import type { ClusterData, MemberReport } from "../model";
import type { Award, ClusterResult, MemberResult, Proposals } from "../result";
import { flaggedCells } from "./flaggedCells";
import { maximumPoints, memberTotals, type MemberTotals } from "./memberTotals";
import type { Outcome } from "./outcome";
import { proposeAwards } from "./proposeAwards";
import { proposeRotation } from "./proposeRotation";
import { rankMembers } from "./rankMembers";
import { scoreIndicator } from "./scoreIndicator";
import { selfScoreFinding, selfScoreSum } from "./selfScore";

interface ScoredMember extends MemberTotals {
  readonly report: MemberReport;
  readonly name: string;
  readonly mandatoryUnmet: number;
  readonly outcomes: readonly Outcome[];
  readonly selfScore: number | null;
  /** This member's scoring findings, in pledge order. */
  readonly findings: readonly Finding[];
}

const NO_PLEDGE_REASON = "Chưa có bảng giao ước thi đua nên chưa chấm điểm và chưa đề nghị khen thưởng.";

/** Score every member against the pledge, rank them and propose awards and next year's head and deputy. */
export function scoreCluster(data: ClusterData): ClusterResult {
  const { info, pledge, reports } = data;
  const indicators = pledge?.indicators ?? [];
  const flagged = flaggedCells(data.findings);

  // Indicator by indicator, since relative compares members; then regrouped per member.
  const byIndicator = indicators.map((indicator) => scoreIndicator(indicator, reports, flagged));
  const scored = reports.map((report, m): ScoredMember => {
    const outcomes = byIndicator.map((column) => column[m]!);
    const totals = memberTotals(indicators, pledge?.groups ?? [], outcomes);
    const selfScore = pledge === null ? null : selfScoreSum(report, indicators);
    const findings = outcomes.flatMap((o) => o.findings);
    const selfFinding = selfScoreFinding(report, selfScore, totals.total);
    return {
      ...totals,
      report,
      name: report.member,
      mandatoryUnmet: totals.unmetMandatory.length,
      outcomes,
      selfScore,
      findings: selfFinding === null ? findings : [...findings, selfFinding],
    };
  });

  const errorMembers = new Set<string>();
  for (const f of [...data.findings, ...scored.flatMap((s) => s.findings)]) {
    if (f.severity === "error" && f.member !== null) errorMembers.add(f.member);
  }
  const ranked = rankMembers(scored);
  const candidates = ranked.map(({ member, rank }) => ({
    name: member.name,
    rank,
    unmetMandatory: member.unmetMandatory,
    hasErrors: errorMembers.has(member.name),
    file: member.report.file,
    sheet: member.report.sheet,
  }));
  const awards = pledge === null ? null : proposeAwards(candidates, info.meritCount);
  const succession = proposeRotation(
    info,
    reports.map((r) => r.member),
  );
  const proposals: Proposals = {
    leader: awards?.leader ?? null,
    merit: awards?.merit ?? [],
    ...succession,
    noLeaderReason: awards === null ? NO_PLEDGE_REASON : awards.noLeaderReason,
  };

  const maxPoints = maximumPoints(indicators);
  const members = ranked.map(({ member, rank }): MemberResult => ({
    name: member.name,
    source: { file: member.report.file, sheet: member.report.sheet },
    rank,
    total: member.total,
    percentOfMax: maxPoints === 0 ? 0 : (member.total / maxPoints) * 100,
    met: member.met,
    mandatoryUnmet: member.mandatoryUnmet,
    disqualified: member.mandatoryUnmet > 0,
    hasErrors: errorMembers.has(member.name),
    award: awardOf(member.name, proposals),
    selfScore: member.selfScore,
    groups: member.groups,
    indicators: indicators.map((indicator, i) => {
      const o = member.outcomes[i]!;
      return { code: indicator.code, attainment: o.attainment, points: o.points, met: o.met };
    }),
  }));

  return {
    cluster: info.clusterName,
    year: info.year,
    maxPoints,
    members,
    proposals,
    findings: [...data.findings, ...scored.flatMap((s) => s.findings), ...(awards?.findings ?? [])],
  };
}

function awardOf(name: string, proposals: Proposals): Award | null {
  if (proposals.leader === name) return "flag";
  return proposals.merit.includes(name) ? "merit" : null;
}
