/** The year and cluster name written in a table's title ("BÁO CÁO … NĂM 2024", "CỤM THI ĐUA SỐ 2"),
 * for when the information sheet does not give them. */
import type { SheetSnapshot } from "./snapshot";
import type { LabelCache } from "./labelCache";
import { rawAt, widthOf } from "./sheetCells";

export interface TitleFacts {
  readonly year: number | null;
  readonly clusterName: string | null;
}

const YEAR = /\bnam\s+((?:19|20|21)\d{2})\b/;
/** On a one-to-one folded copy of the text, so the match's position holds in the original too. */
const CLUSTER = /\b(?:cum|khoi)\s+thi\s+dua\b(?:\s+so\s+\d+)?(?:\s+(?!(?:tinh|nam)\b)[^\s\d,.;:()–-][^\s,.;:()–-]*){0,4}/;
const NUMBERED = /\b(?:cum|khoi)\s+thi\s+dua\s+so\s+\d+/;

export function titleFacts(sheet: SheetSnapshot, headerTop: number, labels: LabelCache): TitleFacts {
  let year: number | null = null;
  let clusterName: string | null = null;
  const width = widthOf(sheet, headerTop);
  for (let r = 0; r < headerTop; r++) {
    for (let c = 0; c < width; c++) {
      const raw = rawAt(sheet, r, c);
      if (typeof raw !== "string" || raw.trim() === "") continue;
      const folded = labels.fold(raw);
      if (year === null) {
        const m = YEAR.exec(folded);
        if (m) year = Number(m[1]);
      }
      if (clusterName === null && /(?:cum|khoi) thi dua/.test(folded)) clusterName = clusterNameIn(raw);
    }
  }
  return { year, clusterName };
}

/** "CỤM THI ĐUA SỐ 2 TỈNH GIA LAI" → "Cụm thi đua số 2". */
export function clusterNameIn(text: string): string | null {
  const original = text.normalize("NFC").replace(/\s+/g, " ");
  const folded = foldOneToOne(original);
  const m = NUMBERED.exec(folded) ?? CLUSTER.exec(folded);
  if (!m) return null;
  return sentenceCase(original.slice(m.index, m.index + m[0].length).trim());
}

/** Lower case without diacritics, one character for one: "Đ" → "d", "Ụ" → "u". */
function foldOneToOne(text: string): string {
  let out = "";
  for (const ch of text) {
    const base = ch.normalize("NFD")[0] ?? ch;
    const one = ch === "đ" || ch === "Đ" ? "d" : base.toLowerCase();
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

/** An all-capitals title is lower-cased but for its first letter; mixed case (proper names) is kept. */
function sentenceCase(text: string): string {
  const lower = text === text.toUpperCase() ? text.toLowerCase() : text;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
