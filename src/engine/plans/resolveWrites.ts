import type { SheetPlan, SheetWrite, WritePlan } from "../sheetPlan";
import type { SheetSnapshot } from "../snapshot";
import { cleanSheetName, MAX_SHEET_NAME } from "./sheetNames";

/** Excel compares sheet names without regard to case. */
function key(name: string): string {
  return name.toLocaleLowerCase("vi");
}

/** "Xếp hạng 2024 (2)": the base is cut so that the suffix fits in 31 characters. */
function withSuffix(base: string, n: number): string {
  const suffix = ` (${n})`;
  const cut = Array.from(base).slice(0, MAX_SHEET_NAME - suffix.length).join("").trimEnd();
  return cut + suffix;
}

/**
 * The same-name rule of spec/workbook.md §6: a plan replaces the tool's earlier sheet with the same tag and keeps
 * its name; otherwise it never takes a name already in use (a user's sheet is never touched) and gets " (2)", " (3)"….
 * Links between planned sheets follow the final names.
 */
export function resolveWrites(plans: readonly SheetPlan[], existing: readonly SheetSnapshot[]): WritePlan {
  const replaced = new Set<string>();
  const taken = new Set<string>();
  const decided: { plan: SheetPlan; name: string; replaces: string | null }[] = [];

  for (const plan of plans) {
    const own = existing.find((s) => s.tag === plan.tag && !replaced.has(s.name));
    if (own) {
      replaced.add(own.name);
      taken.add(key(own.name));
      decided.push({ plan, name: own.name, replaces: own.name });
    }
  }
  for (const s of existing) if (!replaced.has(s.name)) taken.add(key(s.name));

  const finalNames = new Map<string, string>();
  const writes: SheetWrite[] = plans.map((plan) => {
    const done = decided.find((d) => d.plan === plan);
    const wanted = cleanSheetName(plan.name);
    let name = done?.name ?? wanted;
    if (!done) {
      for (let n = 2; taken.has(key(name)); n++) name = withSuffix(wanted, n);
      taken.add(key(name));
    }
    finalNames.set(plan.name, name);
    return { plan, name, replaces: done?.replaces ?? null };
  });

  const sheets = writes.map((w) =>
    w.plan.links.some((l) => finalNames.has(l.sheet))
      ? { ...w, plan: { ...w.plan, links: w.plan.links.map((l) => ({ ...l, sheet: finalNames.get(l.sheet) ?? l.sheet })) } }
      : w,
  );
  const ranking = sheets.find((w) => w.plan.kind === "ranking");
  return { sheets, activate: ranking ? ranking.name : null };
}
