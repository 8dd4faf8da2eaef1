/**
 * The one walk over a table's codes that the pledge and the reports share (docs/so-lieu.md §2, "Hierarchy", and
 * the decided readings on lone letters): a lone letter that rows below use as their first segment ("a" over "a1",
 * "b." over "b.1.1", "C" over "C1.2") stays a heading; a lone lower-case letter that none uses is a sub-item of the
 * nearest row above whose code is all digits ("3", "a" → "3a"), unless a lone-letter heading stands between them;
 * a lone upper-case letter that none uses is an indicator of its own. The rows that use a lone letter end at the
 * next row with the same lone letter, and at a group row.
 */
import type { IndicatorCode } from "./indicatorCode";
import { isDigits, isLoneLetter } from "./indicatorCode";

export interface WalkedCode {
  /** The code the row is known by: as written, or with the digits of its item in front ("3.3.2.1a"). */
  readonly code: string;
  readonly segments: readonly string[];
  /** Segments joined by "·", as IndicatorCode.key. */
  readonly key: string;
  /** A lone letter that rows below use as their first segment. */
  readonly letterHeading: boolean;
}

/** The rows of a table as the walk sees them: the code cell of row i (null or kind other than "code" when
 * uncoded), and whether row i is a task-group row (nothing above it reaches below it). */
export interface WalkInput {
  readonly length: number;
  code(i: number): IndicatorCode | null;
  isGroup(i: number): boolean;
}

/** The rows whose code the walk reads otherwise than as written: lone letters only (headings, sub-items). Every
 * other coded row keeps its IndicatorCode. Linear, and without any allocation for a table with no lone letter
 * (a report of 200 rows is walked 500 times in a read). */
export function walkCodes(rows: WalkInput): ReadonlyMap<number, WalkedCode> {
  const out = new Map<number, WalkedCode>();
  let usedBelow: readonly (boolean | undefined)[] | null = null;
  let lastDigits: { code: string; segments: readonly string[] } | null = null;
  for (let i = 0; i < rows.length; i++) {
    if (rows.isGroup(i)) {
      lastDigits = null;
      continue;
    }
    const c = rows.code(i);
    if (c === null || c.kind !== "code") continue;
    if (!isLoneLetter(c.segments)) {
      if (allDigits(c.segments)) lastDigits = c;
      continue;
    }
    usedBelow ??= letterUse(rows);
    if (usedBelow[i] === true) {
      lastDigits = null;
      out.set(i, { code: c.code, segments: c.segments, key: c.key, letterHeading: true });
    } else if (lastDigits !== null && c.code === c.code.toLowerCase()) {
      const segments = [...lastDigits.segments, ...c.segments];
      out.set(i, { code: lastDigits.code + c.code, segments, key: segments.join("·"), letterHeading: false });
    }
  }
  return out;
}

function allDigits(segments: readonly string[]): boolean {
  for (const s of segments) if (!isDigits(s)) return false;
  return true;
}

/** For each lone-letter row: does a row below use its letter as a first segment before the letter repeats alone
 * or a group row ends the run? */
function letterUse(rows: WalkInput): readonly (boolean | undefined)[] {
  const used: (boolean | undefined)[] = new Array<boolean | undefined>(rows.length);
  // Letters used as a first segment by the rows below, since the last group row or lone occurrence of each.
  let below = new Set<string>();
  for (let i = rows.length - 1; i >= 0; i--) {
    if (rows.isGroup(i)) {
      below = new Set();
      continue;
    }
    const c = rows.code(i);
    if (c === null || c.kind !== "code") continue;
    const first = c.segments[0];
    if (first === undefined || isDigits(first)) continue;
    if (c.segments.length === 1) {
      used[i] = below.has(first);
      below.delete(first);
    } else {
      below.add(first);
    }
  }
  return used;
}

/** The code of row i after the walk: its walked code when a lone letter, else its code cell's. */
export function walkedAt(walked: ReadonlyMap<number, WalkedCode>, i: number, code: IndicatorCode | null): WalkedCode | IndicatorCode | null {
  return walked.get(i) ?? (code !== null && code.kind === "code" ? code : null);
}
