import type { Finding } from "../findings";

/** Cells the reader has already reported as errors, so scoring does not report them twice. */
export interface FlaggedCells {
  has(file: string | null, sheet: string, cell: string): boolean;
}

function key(file: string | null, sheet: string, cell: string): string {
  return `${file ?? ""}\u0000${sheet}\u0000${cell}`;
}

export function flaggedCells(findings: readonly Finding[]): FlaggedCells {
  const keys = new Set<string>();
  for (const f of findings) {
    if (f.severity === "error" && f.sheet !== null && f.cell !== null) keys.add(key(f.file, f.sheet, f.cell));
  }
  return { has: (file, sheet, cell) => keys.has(key(file, sheet, cell)) };
}
