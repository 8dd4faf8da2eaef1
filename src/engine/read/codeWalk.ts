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

export interface WalkRow {
  /** The row's code cell as read; null or kind other than "code" for an uncoded row. */
  readonly code: IndicatorCode | null;
  /** A task-group row: nothing above it reaches below it. */
  readonly group: boolean;
}

export interface WalkedCode {
  /** The code the row is known by: as written, or with the digits of its item in front ("3.3.2.1a"). */
  readonly code: string;
  readonly segments: readonly string[];
  /** A lone letter that rows below use as their first segment. */
  readonly letterHeading: boolean;
}

/** One result per row, null for rows without a code. Linear: one backward pass finds, for each lone letter,
 * whether a row below uses it before the letter repeats or the group ends. */
export function walkCodes(rows: readonly WalkRow[]): readonly (WalkedCode | null)[] {
  const usedBelow = letterUse(rows);
  const out: (WalkedCode | null)[] = new Array<WalkedCode | null>(rows.length).fill(null);
  let lastDigits: WalkedCode | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row === undefined) continue;
    if (row.group) {
      lastDigits = null;
      continue;
    }
    const c = row.code;
    if (c === null || c.kind !== "code") continue;
    if (isLoneLetter(c.segments)) {
      if (usedBelow[i] === true) {
        lastDigits = null;
        out[i] = { code: c.code, segments: c.segments, letterHeading: true };
      } else if (lastDigits !== null && c.code === c.code.toLowerCase()) {
        out[i] = { code: lastDigits.code + c.code, segments: [...lastDigits.segments, ...c.segments], letterHeading: false };
      } else {
        out[i] = { code: c.code, segments: c.segments, letterHeading: false };
      }
      continue;
    }
    const walked: WalkedCode = { code: c.code, segments: c.segments, letterHeading: false };
    if (c.segments.every(isDigits)) lastDigits = walked;
    out[i] = walked;
  }
  return out;
}

/** For each lone-letter row: does a row below use its letter as a first segment before the letter repeats alone
 * or a group row ends the run? */
function letterUse(rows: readonly WalkRow[]): readonly (boolean | undefined)[] {
  const used: (boolean | undefined)[] = new Array<boolean | undefined>(rows.length);
  // Letters used as a first segment by the rows below, since the last group row or lone occurrence of each.
  let below = new Set<string>();
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (row === undefined) continue;
    if (row.group) {
      below = new Set();
      continue;
    }
    const c = row.code;
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
