/** "Giao ước <N+1>": this year's pledge sheet with the year changed in its titles, for the members to sign at
 * the conference (docs/bien-ban.md, section V). Written only when the user asks for it. */
import type { SheetSnapshot } from "../read/snapshot";
import { findHeader } from "../read/findHeader";
import { LabelCache } from "../read/labelCache";
import type { SheetSpec } from "./sheetSpec";
import { pledgeCopy } from "./pledgeCopy";

/** null when the sheet has no pledge header to copy (the pledge findings already say why). */
export function nextPledgeSheet(pledgeSheet: SheetSnapshot, year: number): SheetSpec | null {
  const header = findHeader(pledgeSheet, new LabelCache());
  if (!header) return null;
  const next = year + 1;
  // Only the year itself: "NĂM 2024" → "NĂM 2025", never a figure such as 20245.
  const yearPattern = new RegExp(`(?<!\\d)${year}(?!\\d)`, "g");
  return pledgeCopy(pledgeSheet, header, {
    kind: "pledge",
    tag: `pledge_${next}`,
    name: `Giao ước ${next}`,
    title: (text) => text.replace(yearPattern, String(next)),
  });
}
