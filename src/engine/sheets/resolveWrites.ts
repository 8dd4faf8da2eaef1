import type { SheetSpec, SheetWrite, WriteSpec } from "./sheetSpec";
import type { SheetSnapshot } from "../read/snapshot";
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
 * The same-name rule of docs/so-lieu.md §6: a plan replaces the tool's earlier sheet with the same tag and keeps
 * its name; otherwise it never takes a name already in use (a user's sheet is never touched) and gets " (2)", " (3)"….
 * Links between planned sheets follow the final names.
 */
export function resolveWrites(specs: readonly SheetSpec[], existing: readonly SheetSnapshot[]): WriteSpec {
  const replaced = new Set<string>();
  const taken = new Set<string>();
  const decided: { spec: SheetSpec; name: string; replaces: string | null }[] = [];

  for (const spec of specs) {
    const own = existing.find((s) => s.tag === spec.tag && !replaced.has(s.name));
    if (own) {
      replaced.add(own.name);
      taken.add(key(own.name));
      decided.push({ spec, name: own.name, replaces: own.name });
    }
  }
  for (const s of existing) if (!replaced.has(s.name)) taken.add(key(s.name));

  const finalNames = new Map<string, string>();
  const writes: SheetWrite[] = specs.map((spec) => {
    const done = decided.find((d) => d.spec === spec);
    const wanted = cleanSheetName(spec.name);
    let name = done?.name ?? wanted;
    if (!done) {
      for (let n = 2; taken.has(key(name)); n++) name = withSuffix(wanted, n);
      taken.add(key(name));
    }
    finalNames.set(spec.name, name);
    return { spec, name, replaces: done?.replaces ?? null };
  });

  const sheets = writes.map((w) =>
    w.spec.links.some((l) => finalNames.has(l.sheet))
      ? { ...w, spec: { ...w.spec, links: w.spec.links.map((l) => ({ ...l, sheet: finalNames.get(l.sheet) ?? l.sheet })) } }
      : w,
  );
  const ranking = sheets.find((w) => w.spec.kind === "ranking");
  return { sheets, activate: ranking ? ranking.name : null };
}
