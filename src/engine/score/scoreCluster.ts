import type { Finding } from "../findings";
import type { ClusterData, MemberReport } from "../model";
import type { Award, ClusterResult, HeadingScore, IndicatorScore, MemberResult, Proposals } from "./result";
import { classify } from "./classify";
import { maximumPoints, memberTotals, type MemberTotals } from "./memberTotals";
import { makeFinding } from "../findings/makeFinding";
import { onReport } from "./memberContext";
import { scoringPlan } from "./scoringPlan";
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
  readonly headings: readonly HeadingScore[];
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
  const plan = scoringPlan(pledge);
  const maxPoints = maximumPoints(indicators);
  const clusterScoring = { plan, bestRates: bestRelativeRates(indicators, reports, run), run };

  const scoredRaw = reports.map((report) => {
    const own: Finding[] = [];
    const scores = scoreMember(report, clusterScoring, own);
    return { report, own, scores, totals: memberTotals(plan, maxPoints, scores) };
  });
  const readerFindings = relaxUnusedCells(data.findings, scoredRaw);
  const readerErrors = new Set<string>();
  for (const f of readerFindings) if (f.severity === "error" && f.where.member !== null) readerErrors.add(f.where.member);

  const scored = scoredRaw.map(({ report, own, scores, totals }): ScoredMember => {
    if (pledge !== null && indicators.length > 0 && totals.memberMax <= 0 && maxPoints > 0) {
      own.push(makeFinding("NOTHING_TO_SCORE", "error", onReport(report, null), {}));
    }
    const selfScore = pledge === null ? null : selfScoreSum(report);
    // Self-scores are row points on the member's own scale: they compare with the total before conversion.
    const selfFinding = selfScoreFinding(report, selfScore, totals.rawTotal);
    if (selfFinding !== null) own.push(selfFinding);
    return {
      ...totals,
      report,
      name: report.member,
      mandatoryUnmet: totals.unmetMandatory.length,
      indicators: scores.indicators,
      headings: scores.headings,
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

  const members = ranked.map(
    ({ member, rank }): MemberResult => ({
      name: member.name,
      source: { file: member.report.file, sheet: member.report.sheet },
      rank,
      total: member.total,
      rawTotal: member.rawTotal,
      memberMax: member.memberMax,
      percentOfMax: percentOf(member.total, maxPoints),
      classification: info.classes.length === 0 || pledge === null ? null : classify(info.classes, percentOf(member.total, maxPoints)),
      met: member.met,
      mandatoryUnmet: member.mandatoryUnmet,
      disqualified: member.mandatoryUnmet > 0,
      hasErrors: member.hasErrors,
      award: awardOf(member.name, proposals),
      selfScore: member.selfScore,
      groups: member.groups,
      indicators: member.indicators,
      headings: member.headings,
    }),
  );

  return {
    cluster: info.clusterName,
    year: info.year,
    maxPoints,
    members,
    proposals,
    findings: [...readerFindings, ...scored.flatMap((s) => s.findings), ...(awards?.findings ?? [])],
  };
}

function awardOf(name: string, proposals: Proposals): Award | null {
  if (proposals.leader === name) return "flag";
  return proposals.merit.includes(name) ? "merit" : null;
}

function percentOf(total: number, maxPoints: number): number {
  return maxPoints === 0 ? 0 : (total / maxPoints) * 100;
}

/** docs/cham-diem.md, "Appraisal bounds and met": an appraisal turns the reader's errors about the cells it made
 * unused (a bad plan or actual) into warnings. */
function relaxUnusedCells(findings: readonly Finding[], members: readonly { readonly report: MemberReport; readonly scores: { readonly unusedCells: readonly string[] } }[]): readonly Finding[] {
  const unused = new Set<string>();
  for (const { report, scores } of members) for (const cell of scores.unusedCells) unused.add(`${report.file ?? ""}\u0000${report.sheet}\u0000${cell}`);
  if (unused.size === 0) return findings;
  return findings.map((f) =>
    f.severity === "error" && f.where.cell !== null && unused.has(`${f.where.file ?? ""}\u0000${f.where.sheet ?? ""}\u0000${f.where.cell}`) ? { ...f, severity: "warning" } : f,
  );
}
