import { compareVi, type Finding } from "../../../engine";

export interface FindingGroup {
  readonly key: string;
  readonly label: string;
  readonly errors: number;
  readonly warnings: number;
  readonly findings: readonly Finding[];
}

const GENERAL = "Chung (cả sổ)";

/** Findings about the whole workbook first, then one group per member in report order;
 * errors before warnings inside a group, because errors decide whether a score can be trusted. */
export function groupFindings(findings: readonly Finding[], members: readonly string[]): FindingGroup[] {
  const byMember = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.where.member ?? "";
    const list = byMember.get(key);
    if (list) list.push(f);
    else byMember.set(key, [f]);
  }
  const order = (key: string): number => (key === "" ? -1 : members.indexOf(key) === -1 ? members.length : members.indexOf(key));
  return [...byMember.entries()]
    .sort(([a], [b]) => order(a) - order(b) || compareVi(a, b))
    .map(([key, list]) => {
      const sorted = [...list].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
      const errors = sorted.filter((f) => f.severity === "error").length;
      return { key: key === "" ? "__general" : key, label: key === "" ? GENERAL : key, errors, warnings: sorted.length - errors, findings: sorted };
    });
}
