import type { Finding } from "../findings";
import type { ClusterData, MemberReport } from "../model";
import type { Award, ClusterResult, IndicatorScore, MemberResult, Proposals } from "./result";
import { groupLayout, maximumPoints, memberTotals, type MemberTotals } from "./memberTotals";
import { proposeAwards, type Awards } from "./proposeAwards";
import { proposeRotation } from "./proposeRotation";
import { rankMembers } from "./rankMembers";
import { scoreMember } from "./scoreMember";
import { bestRelativeRates } from "./scoreRelative";
import { scoringRun } from "./scoringRun";
import { selfScoreFinding, selfScoreSum } from "./selfScore";

interface ScoredMember extends MemberTotals {
  readonly report: MemberReport;
  readonly name: string;
  readonly mandatoryUnmet: number;
  readonly indicators: readonly IndicatorScore[];
  readonly selfScore: number | null;
  readonly hasErrors: boolean;
  /** Scoring findings, in pledge order, then the self-score check. */
  readonly findings: readonly Finding[];
}

const NO_PLEDGE_REASON = "Chưa có bảng giao ước thi đua nên chưa chấm điểm và chưa đề nghị khen thưởng.";

/** Score every member against the pledge, rank them and propose awards and next year's head and deputy. */
export function scoreCluster(data: ClusterData): ClusterResult {
  const { info, pledge, reports } = data;
  const indicators = pledge?.indicators ?? [];
  const run = scoringRun(data.findings);

  const clusterScoring = { indicators, bestRates: bestRelativeRates(indicators, reports, run), run };
  const layout = groupLayout(indicators, pledge?.groups ?? []);

  const readerErrors = new Set<string>();
  for (const f of data.findings) if (f.severity === "error" && f.where.member !== null) readerErrors.add(f.where.member);

  const scored = reports.map((report): ScoredMember => {
    const own: Finding[] = [];
    const scores = scoreMember(report, clusterScoring, own);
    const totals = memberTotals(indicators, layout, scores);
    const selfScore = pledge === null ? null : selfScoreSum(report);
    const selfFinding = selfScoreFinding(report, selfScore, totals.total);
    if (selfFinding !== null) own.push(selfFinding);
    return {
      ...totals,
      report,
      name: report.member,
      mandatoryUnmet: totals.unmetMandatory.length,
      indicators: scores,
      selfScore,
      hasErrors: readerErrors.has(report.member) || own.some((f) => f.severity === "error"),
      findings: own,
    };
  });

  const ranked = rankMembers(scored);
  const awards: Awards | null =
    pledge === null
      ? null
      : proposeAwards(
          ranked.map(({ member, rank }) => ({
            name: member.name,
            rank,
            unmetMandatory: member.unmetMandatory,
            hasErrors: member.hasErrors,
            file: member.report.file,
            sheet: member.report.sheet,
          })),
          info.meritCount,
        );
  const proposals: Proposals = {
    leader: awards?.leader ?? null,
    merit: awards?.merit ?? [],
    ...proposeRotation(
      info,
      reports.map((r) => r.member),
    ),
    noLeaderReason: awards === null ? NO_PLEDGE_REASON : awards.noLeaderReason,
  };

  const maxPoints = maximumPoints(indicators);
  const members = ranked.map(
    ({ member, rank }): MemberResult => ({
      name: member.name,
      source: { file: member.report.file, sheet: member.report.sheet },
      rank,
      total: member.total,
      percentOfMax: maxPoints === 0 ? 0 : (member.total / maxPoints) * 100,
      met: member.met,
      mandatoryUnmet: member.mandatoryUnmet,
      disqualified: member.mandatoryUnmet > 0,
      hasErrors: member.hasErrors,
      award: awardOf(member.name, proposals),
      selfScore: member.selfScore,
      groups: member.groups,
      indicators: member.indicators,
    }),
  );

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
