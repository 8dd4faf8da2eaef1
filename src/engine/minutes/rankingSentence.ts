import { listVi } from "../format/listVi";
import type { MemberResult } from "../score/result";

const ORDINALS: Readonly<Record<number, string>> = { 1: "thứ nhất", 2: "thứ hai", 3: "thứ ba" };

/**
 * "Kết quả xếp hạng: X đứng thứ nhất, Y xếp thứ hai, Z xếp thứ ba." Members sharing a rank are named
 * together ("X và Y cùng đứng thứ nhất"), and a rank skipped by a tie is not named.
 */
export function rankingSentence(members: readonly MemberResult[]): string {
  const clauses: string[] = [];
  for (const rank of [1, 2, 3]) {
    const names = members.filter((m) => m.rank === rank).map((m) => m.name);
    if (names.length === 0) continue;
    const verb = rank === 1 ? "đứng" : "xếp";
    const together = names.length > 1 ? "cùng " : "";
    clauses.push(`${listVi(names)} ${together}${verb} ${ORDINALS[rank]}`);
  }
  return `Kết quả xếp hạng: ${clauses.length > 0 ? clauses.join(", ") : "…"}.`;
}
