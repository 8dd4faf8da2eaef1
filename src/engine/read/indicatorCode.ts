/** Codes in the first column of pledge and report tables: I, II (groups); 1, 1.2, 2.3.1, a4.1.1, C1.2 (indicators);
 * a, b (headings or sub-items), docs/so-lieu.md §2. */
import type { RawValue } from "./snapshot";

/** "roman": a task group (I … XX, upper case only); "code": an indicator code read as segments; "other": a text
 * in the code column that is no code (a merged cell holding a name, a note). */
export type CodeKind = "none" | "roman" | "code" | "other";

export interface IndicatorCode {
  /** Normalised: no spaces, no leading "(" nor trailing dot, bracket or colon; "1.a" → "1a". */
  readonly code: string;
  readonly kind: CodeKind;
  /** codeSegments(code) for kind "code", else empty. */
  readonly segments: readonly string[];
  /** The segments joined by "·": what codes are compared by, made once per distinct code cell. */
  readonly key: string;
}

const ROMAN = /^(?:XX|X)?(?:IX|IV|V?I{0,3})$/;
/** 1, 1.2, 2.3.1, 1a, 1.a (digits first) or a, a1, a.7.1, b.1.1, C1.2 (a letter first), docs/so-lieu.md §2. */
const CODE = /^(?:\d+(?:\.\d+)*(?:\.?[a-zđ])?|[a-zđ](?:\.?\d+(?:\.\d+)*(?:\.?[a-zđ])?)?)$/i;
const PLAIN = /^\s*(\d+(?:\.\d+)*)\.?\s*$/;
const NO_SEGMENTS: readonly string[] = [];

export function readCode(raw: RawValue): IndicatorCode {
  if (raw === null || typeof raw === "boolean") return { code: "", kind: "none", segments: NO_SEGMENTS, key: "" };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw) || raw < 0) return { code: String(raw), kind: "other", segments: NO_SEGMENTS, key: "" };
    const code = String(raw);
    return withKey(code, code.split("."));
  }
  // Most codes are plain ASCII ("12", "1.2."): no Unicode normalisation needed.
  const plain = PLAIN.exec(raw);
  if (plain) {
    const code = plain[1] ?? "";
    return withKey(code, code.split("."));
  }
  const code = raw
    .normalize("NFC")
    .replace(/\s+/g, "")
    .replace(/^\(/, "")
    .replace(/[.):]+$/, "");
  if (code === "") return { code, kind: "none", segments: NO_SEGMENTS, key: "" };
  if (ROMAN.test(code)) return { code, kind: "roman", segments: NO_SEGMENTS, key: "" };
  if (CODE.test(code)) {
    const tidy = code.replace(/^(\d+(?:\.\d+)*)\.([a-zđ])$/i, "$1$2");
    return withKey(tidy, codeSegments(tidy));
  }
  return { code, kind: "other", segments: NO_SEGMENTS, key: "" };
}

function withKey(code: string, segments: readonly string[]): IndicatorCode {
  return { code, kind: "code", segments, key: segments.join("·") };
}

/** Is the code one letter ("a", "b.", "C")? */
export function isLoneLetter(segments: readonly string[]): boolean {
  const s = segments[0];
  return segments.length === 1 && s !== undefined && !isDigits(s);
}

export function isDigits(segment: string): boolean {
  const c = segment.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** 1 → "I": a code for a group the pledge names without one ("Nhóm Kinh tế"). */
export function toRoman(n: number): string {
  const digits: readonly [number, string][] = [
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = n;
  let out = "";
  for (const [value, letters] of digits) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** A code as segments (docs/so-lieu.md §2): runs of digits and runs of letters, split at dots and at every change
 * between digit and letter; letters lower case with đ as d. "a4.1.1" → a·4·1·1, "C1.2" → c·1·2, "1a" → 1·a,
 * "a.7.1" → a·7·1. Anything that is neither digit nor letter separates segments. */
export function codeSegments(code: string): readonly string[] {
  const out: string[] = [];
  let run = "";
  let runIsDigit = false;
  for (const ch of code.normalize("NFC").toLowerCase()) {
    const c = ch === "đ" ? "d" : ch;
    const digit = c >= "0" && c <= "9";
    const letter = !digit && c.toUpperCase() !== c.toLowerCase();
    if (!digit && !letter) {
      if (run !== "") out.push(run);
      run = "";
      continue;
    }
    if (run !== "" && digit !== runIsDigit) {
      out.push(run);
      run = "";
    }
    run += c;
    runIsDigit = digit;
  }
  if (run !== "") out.push(run);
  return out;
}

/** The key codes are compared by: segments joined by "·" ("a.7.1" and "A7.1" → "a·7·1"). */
export function segmentKey(code: string): string {
  return codeSegments(code).join("·");
}
