import type { Finding } from "../findings";
import { listVi } from "../format/listVi";
import { capitalize } from "./messageText";

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

function clusterWarning(code: "TIE_FOR_FIRST" | "NO_ELIGIBLE_LEADER" | "MERIT_TIE", message: string): Finding {
  return { severity: "warning", code, file: null, sheet: null, cell: null, member: null, message };
}

function whyNotEligible(c: Candidate): string {
  const reasons: string[] = [];
  if (c.unmetMandatory.length > 0) reasons.push(`không đạt chỉ tiêu bắt buộc ${listVi(c.unmetMandatory)}`);
  if (c.hasErrors) reasons.push("số liệu còn lỗi cần sửa (xem các lỗi của đơn vị)");
  return reasons.join(" và ");
}

function passedOver(c: Candidate, leader: Candidate | null): Finding {
  const outcome = leader === null ? "" : `; đơn vị dẫn đầu được đề nghị là ${leader.name} (xếp thứ ${leader.rank})`;
  const message = `${capitalize(c.name)} xếp thứ ${c.rank} nhưng không được đề nghị Cờ thi đua vì ${whyNotEligible(c)}${outcome}.`;
  return { severity: "warning", code: "LEADER_PASSED_OVER", file: c.file, sheet: c.sheet, cell: null, member: c.name, message };
}

function noLeader(reason: string, findings: readonly Finding[]): Awards {
  return { leader: null, merit: [], noLeaderReason: reason, findings };
}

/** Leader (flag) and certificates of merit from the ranking (docs/cham-diem.md, "Proposals"); ranked is in rank order. */
export function proposeAwards(ranked: readonly Candidate[], meritCount: number): Awards {
  const top = ranked.filter((c) => c.rank === 1);
  if (top.length === 0) return noLeader("Chưa có báo cáo của đơn vị nào nên chưa đề nghị khen thưởng.", []);
  if (top.length > 1) {
    const names = listVi(top.map((c) => c.name));
    const reason = `${capitalize(names)} cùng xếp thứ nhất; hội nghị cần bình xét, bỏ phiếu để chọn đơn vị dẫn đầu.`;
    const warning = clusterWarning("TIE_FOR_FIRST", `${reason.slice(0, -1)}, nên chưa đề nghị Cờ thi đua và Bằng khen.`);
    return noLeader(reason, [warning]);
  }

  const leaderIndex = ranked.findIndex(isEligible);
  if (leaderIndex === -1) {
    const reason = "Không có đơn vị nào đủ điều kiện đề nghị Cờ thi đua: mọi đơn vị đều không đạt chỉ tiêu bắt buộc hoặc có số liệu còn lỗi.";
    return noLeader(reason, [clusterWarning("NO_ELIGIBLE_LEADER", reason)]);
  }
  const leader = ranked[leaderIndex]!;
  const above = ranked.slice(0, leaderIndex);
  const peers = ranked.filter((c) => c.rank === leader.rank && isEligible(c));
  if (peers.length > 1) {
    // The first eligible place is shared: as with a tie for first, the conference decides.
    const names = listVi(peers.map((c) => c.name));
    const reason = `${capitalize(names)} cùng xếp thứ ${leader.rank} và là các đơn vị đủ điều kiện đứng đầu; hội nghị cần bình xét, bỏ phiếu để chọn đơn vị dẫn đầu.`;
    const warning = clusterWarning("TIE_FOR_FIRST", `${reason.slice(0, -1)}, nên chưa đề nghị Cờ thi đua và Bằng khen.`);
    return noLeader(reason, [...above.map((c) => passedOver(c, null)), warning]);
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
      const message =
        `${capitalize(listVi(atBoundary.map((c) => c.name)))} cùng xếp thứ ${boundary.rank} ở ranh giới số Bằng khen đề nghị (${meritCount}); ` +
        `đề nghị Bằng khen cho cả ${merit.length} đơn vị, hội nghị xem xét.`;
      findings.push(clusterWarning("MERIT_TIE", message));
    }
  }
  return { leader: leader.name, merit: merit.map((c) => c.name), noLeaderReason: null, findings };
}
