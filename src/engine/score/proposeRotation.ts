import type { ClusterInfo } from "../model";
import { sameMemberName } from "../text";

export interface Succession {
  readonly nextHead: string | null;
  readonly nextDeputy: string | null;
}

/** Next year's head (this year's deputy) and deputy (the next in rotation, skipping this year's head).
 * members are the names as written in the reports, in workbook order. */
export function proposeRotation(info: ClusterInfo, members: readonly string[]): Succession {
  const deputy = info.deputy?.trim() ?? "";
  if (deputy === "") return { nextHead: null, nextDeputy: null };
  const asWritten = (name: string): string => members.find((m) => sameMemberName(m, name)) ?? name;
  const order = (info.rotation.length > 0 ? info.rotation : members).map(asWritten);
  const nextHead = asWritten(deputy);
  const at = order.findIndex((name) => sameMemberName(name, nextHead));
  if (at === -1) return { nextHead, nextDeputy: null };
  const head = info.head;
  for (let step = 1; step < order.length; step += 1) {
    const candidate = order[(at + step) % order.length]!;
    if (sameMemberName(candidate, nextHead)) continue;
    if (head !== null && sameMemberName(candidate, head)) continue;
    return { nextHead, nextDeputy: candidate };
  }
  return { nextHead, nextDeputy: null };
}
