/** Close names: the share of words two indicator names have in common (docs/so-lieu.md §3: ≥ 0.8). */

export function nameTokens(normalisedName: string): ReadonlySet<string> {
  return new Set(normalisedName.split(/[^a-z0-9%]+/).filter((t) => t !== ""));
}

/** Shared words over the word count of the longer name: 1 for the same words, 0 for none in common. */
export function tokenOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const longer = Math.max(a.size, b.size);
  if (longer === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / longer;
}

/** Shared words over the word count of the shorter name: 1 when one name's words all appear in the other. */
export function wordContainment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shorter = Math.min(a.size, b.size);
  if (shorter === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / shorter;
}
