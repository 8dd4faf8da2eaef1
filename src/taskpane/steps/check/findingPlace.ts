import type { Finding } from "../../../engine";

/** "Báo cáo!E12" as Excel writes a reference; null for a finding about the whole workbook. */
export function findingPlace(finding: Pick<Finding, "sheet" | "cell">): string | null {
  if (finding.sheet === null) return null;
  return finding.cell === null ? finding.sheet : `${finding.sheet}!${finding.cell}`;
}
