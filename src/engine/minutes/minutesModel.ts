/**
 * The draft minutes as structured text (docs/bien-ban.md): every word is decided here,
 * so the sheet spec and the Word file only lay it out.
 */

export interface TextRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
}

/** One line of the two-column header; size in points. */
export interface HeaderLine {
  readonly runs: readonly TextRun[];
  readonly size: number;
}

/** "item": a numbered item (1.–5.); "section": a heading I.–V.; "body": running text under them. */
export type ParagraphRole = "item" | "section" | "body";

export interface MinutesParagraph {
  readonly role: ParagraphRole;
  readonly runs: readonly TextRun[];
}

export interface RankingTableRow {
  readonly rank: number;
  readonly member: string;
  readonly total: number;
  /** Percent, ×100 (101.25 means 101,25 %). */
  readonly percentOfMax: number;
  /** "Cờ thi đua của UBND tỉnh", "Bằng khen của Chủ tịch UBND tỉnh" or "". */
  readonly award: string;
  /** The same figures as the reader sees them: "1.012,50", "101,25%". */
  readonly totalText: string;
  readonly percentText: string;
}

export interface RankingTable {
  readonly headers: readonly string[];
  readonly rows: readonly RankingTableRow[];
}

export type MinutesBlock =
  | { readonly kind: "paragraph"; readonly paragraph: MinutesParagraph }
  | { readonly kind: "rankingTable"; readonly table: RankingTable };

export interface Signature {
  /** "THƯ KÝ" or "CHỦ TRÌ". */
  readonly title: string;
  readonly note: string;
  /** The signer's name when known; else the line stays empty for a handwritten name. */
  readonly name: string | null;
}

export interface MinutesModel {
  /** The year reviewed (N), or null when unknown; names the output sheet. */
  readonly year: number | null;
  /** Left and right header columns, paired line by line. */
  readonly header: { readonly left: readonly HeaderLine[]; readonly right: readonly HeaderLine[] };
  /** Centred bold lines: "BIÊN BẢN", then the conference title. */
  readonly title: readonly string[];
  readonly body: readonly MinutesBlock[];
  /** Closing sentences after the body. */
  readonly closing: readonly string[];
  readonly signatures: { readonly left: Signature; readonly right: Signature };
  readonly recipients: { readonly heading: string; readonly lines: readonly string[] };
}
