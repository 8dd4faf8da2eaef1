import { compareVi, type Finding } from "../../../engine";

export interface FindingGroup {
  readonly key: string;
  readonly label: string;
  /** true for the group of findings about the whole workbook (pledge, information sheet, proposals). */
  readonly general: boolean;
  readonly errors: number;
  readonly warnings: number;
  /** Errors: a score, rank or proposal cannot be trusted; a member with one is not proposed for an award. */
  readonly blocking: readonly Finding[];
  /** Warnings: to look at, they block nothing. */
  readonly notes: readonly Finding[];
  /** Errors then warnings. */
  readonly findings: readonly Finding[];
}

const GENERAL = "Chung (cả sổ)";

/** Findings about the whole workbook first, then the members whose errors block a proposal, then the members
 * with warnings only, each in report order; inside a group, errors apart from warnings (docs/cham-diem.md,
 * "What an error blocks"). */
export function groupFindings(findings: readonly Finding[], members: readonly string[]): FindingGroup[] {
  const byMember = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.where.member ?? "";
    const list = byMember.get(key);
    if (list) list.push(f);
    else byMember.set(key, [f]);
  }
  const groups = [...byMember.entries()].map(([key, list]): FindingGroup => {
    const blocking = list.filter((f) => f.severity === "error");
    const notes = list.filter((f) => f.severity !== "error");
    return {
      key: key === "" ? "__general" : key,
      label: key === "" ? GENERAL : key,
      general: key === "",
      errors: blocking.length,
      warnings: notes.length,
      blocking,
      notes,
      findings: [...blocking, ...notes],
    };
  });
  const position = (g: FindingGroup): number => (g.general ? -1 : members.indexOf(g.label) === -1 ? members.length : members.indexOf(g.label));
  const tier = (g: FindingGroup): number => (g.general ? 0 : g.errors > 0 ? 1 : 2);
  return groups.sort((a, b) => tier(a) - tier(b) || position(a) - position(b) || compareVi(a.label, b.label));
}
