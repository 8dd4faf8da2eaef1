import type { Finding } from "../findings";
import { fold } from "../text";

/** What one scoring run shares across all cells. */
export interface ScoringRun {
  /** The reader has already reported this cell as an error, so scoring does not report it twice. */
  isFlagged(file: string | null, sheet: string, cell: string): boolean;
  /** fold(), remembered: pass and grade words repeat in every report. */
  foldWord(text: string): string;
}

function key(file: string | null, sheet: string, cell: string): string {
  return `${file ?? ""}\u0000${sheet}\u0000${cell}`;
}

export function scoringRun(readerFindings: readonly Finding[]): ScoringRun {
  const flagged = new Set<string>();
  for (const f of readerFindings) {
    if (f.severity === "error" && f.where.sheet !== null && f.where.cell !== null) flagged.add(key(f.where.file, f.where.sheet, f.where.cell));
  }
  const folded = new Map<string, string>();
  return {
    isFlagged: (file, sheet, cell) => flagged.size > 0 && flagged.has(key(file, sheet, cell)),
    foldWord(text) {
      let word = folded.get(text);
      if (word === undefined) {
        word = fold(text);
        folded.set(text, word);
      }
      return word;
    },
  };
}
