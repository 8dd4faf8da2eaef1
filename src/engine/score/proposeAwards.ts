import type { Finding } from "../findings";
import { makeFinding, NOWHERE } from "../findings/makeFinding";
import { NO_ELIGIBLE_LEADER_REASON, tieReason } from "../findings/messages";

export interface Candidate {
  readonly name: string;
  readonly rank: number;
  /** Codes of mandatory indicators not met: any one disqualifies. */
  readonly unmetMandatory: readonly string[];
  readonly hasErrors: boolean;
  readonly file: string | null;
  readonly sheet: string;
}

export interface Awards {
  readonly leader: string | null;
  readonly merit: readonly string[];
  readonly noLeaderReason: string | null;
  readonly findings: readonly Finding[];
}

function isEligible(c: Candidate): boolean {
  return c.unmetMandatory.length === 0 && !c.hasErrors;
}

function passedOver(c: Candidate, leader: Candidate | null): Finding {
  const where = { file: c.file, sheet: c.sheet, cell: null, member: c.name };
  const facts = {
    rank: c.rank,
    unmetMandatory: c.unmetMandatory,
    hasErrors: c.hasErrors,
    leader: leader === null ? null : { name: leader.name, rank: leader.rank },
  };
  return makeFinding("LEADER_PASSED_OVER", "warning", where, facts);
}

/** Members share the first eligible place: the conference decides, and nothing is proposed. */
function tie(members: readonly Candidate[], rank: number, passed: readonly Finding[]): Awards {
  const names = members.map((c) => c.name);
  return noLeader(tieReason(names, rank), [...passed, makeFinding("TIE_FOR_FIRST", "warning", NOWHERE, { members: names, rank })]);
}

function noLeader(reason: string, findings: readonly Finding[]): Awards {
  return { leader: null, merit: [], noLeaderReason: reason, findings };
}

/** Leader (flag) and certificates of merit from the ranking (docs/cham-diem.md, "Proposals"); ranked is in rank order. */
export function proposeAwards(ranked: readonly Candidate[], meritCount: number): Awards {
  const top = ranked.filter((c) => c.rank === 1);
  if (top.length === 0) return noLeader("Chưa có báo cáo của đơn vị nào nên chưa đề nghị khen thưởng.", []);
  // Ties are judged among eligible members only (docs/cham-diem.md, "Leader and ties"): a tie with an
  // ineligible member does not block the eligible one.

  const leaderIndex = ranked.findIndex(isEligible);
  if (leaderIndex === -1) {
    return noLeader(NO_ELIGIBLE_LEADER_REASON, [makeFinding("NO_ELIGIBLE_LEADER", "warning", NOWHERE, {})]);
  }
  const leader = ranked[leaderIndex]!;
  const above = ranked.slice(0, leaderIndex);
  const peers = ranked.filter((c) => c.rank === leader.rank && isEligible(c));
  if (peers.length > 1) {
    // The first eligible place is shared: as with a tie for first, the conference decides.
    return tie(peers, leader.rank, above.map((c) => passedOver(c, null)));
  }

  const findings: Finding[] = above.map((c) => passedOver(c, leader));
  const rest = ranked.slice(leaderIndex + 1).filter(isEligible);
  const merit = meritCount > 0 ? rest.slice(0, meritCount) : [];
  const boundary = merit[merit.length - 1];
  if (boundary !== undefined) {
    const tied = rest.slice(merit.length).filter((c) => c.rank === boundary.rank);
    if (tied.length > 0) {
      const atBoundary = [...merit.filter((c) => c.rank === boundary.rank), ...tied];
      merit.push(...tied);
      const facts = { members: atBoundary.map((c) => c.name), rank: boundary.rank, meritCount, proposed: merit.length };
      findings.push(makeFinding("MERIT_TIE", "warning", NOWHERE, facts));
    }
  }
  return { leader: leader.name, merit: merit.map((c) => c.name), noLeaderReason: null, findings };
}
