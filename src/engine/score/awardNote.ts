import { listVi } from "../format/listVi";
import type { Indicator } from "../model";
import type { ClusterResult, MemberResult } from "./result";

/** Codes of the mandatory indicators the member did not meet, in pledge order. */
function unmetMandatory(member: MemberResult, indicators: readonly Indicator[]): string[] {
  const mandatory = new Set(indicators.filter((i) => i.mandatory).map((i) => i.code));
  return member.indicators.filter((s) => s.met === false && mandatory.has(s.code)).map((s) => s.code);
}

/** The members sharing the first place the conference must decide (docs/cham-diem.md, "Proposals"), or none. */
function tiedForLeader(result: ClusterResult): ReadonlySet<string> {
  if (result.proposals.leader !== null) return new Set();
  const eligible = result.members.filter((m) => !m.hasErrors && m.mandatoryUnmet === 0);
  const first = result.members.filter((m) => m.rank === 1);
  const top = first.length > 1 ? first : eligible.filter((m) => m.rank === eligible[0]?.rank);
  return new Set(top.length > 1 ? top.map((m) => m.name) : []);
}

/**
 * Why a member gets no award, or what the conference still has to decide, in the words of the ranking's
 * "Ghi chú" column: "có lỗi số liệu", "không đạt chỉ tiêu bắt buộc 5", "đồng hạng nhất, chờ hội nghị bình xét".
 * One entry per member of result.members, "" when there is nothing to say.
 */
export function awardNotes(result: ClusterResult, indicators: readonly Indicator[]): readonly string[] {
  const tied = tiedForLeader(result);
  return result.members.map((m) => {
    const reasons: string[] = [];
    if (m.hasErrors) reasons.push("có lỗi số liệu");
    const unmet = unmetMandatory(m, indicators);
    if (unmet.length > 0) reasons.push(`không đạt chỉ tiêu bắt buộc ${listVi(unmet)}`);
    else if (m.mandatoryUnmet > 0) reasons.push("không đạt chỉ tiêu bắt buộc");
    if (tied.has(m.name)) reasons.push(`đồng hạng ${m.rank === 1 ? "nhất" : m.rank}, chờ hội nghị bình xét`);
    return reasons.join("; ");
  });
}
