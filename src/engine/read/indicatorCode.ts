/** Codes in the first column of pledge and report tables: I, II (groups); 1, 1.2, 2.3.1 (indicators); a, b (sub-items). */
import type { RawValue } from "./snapshot";

export type CodeKind = "none" | "roman" | "arabic" | "letter" | "other";

export interface IndicatorCode {
  /** Normalised: no spaces, no trailing dot or bracket; "1.a" → "1a". */
  readonly code: string;
  readonly kind: CodeKind;
}

const ROMAN = /^(?:XX|X)?(?:IX|IV|V?I{0,3})$/;
const ARABIC = /^\d+(?:\.\d+)*(?:\.?[a-zđ])?$/;
const LETTER = /^[a-zđ]$/;
const PLAIN = /^\s*(\d+(?:\.\d+)*)\.?\s*$/;

export function readCode(raw: RawValue): IndicatorCode {
  if (raw === null || typeof raw === "boolean") return { code: "", kind: "none" };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw) || raw < 0) return { code: String(raw), kind: "other" };
    return { code: String(raw), kind: "arabic" };
  }
  // Most codes are plain ASCII ("12", "1.2."): no Unicode normalisation needed.
  const plain = PLAIN.exec(raw);
  if (plain) return { code: plain[1] ?? "", kind: "arabic" };
  const code = raw
    .normalize("NFC")
    .replace(/\s+/g, "")
    .replace(/^\(/, "")
    .replace(/[.):]+$/, "");
  if (code === "") return { code, kind: "none" };
  if (ROMAN.test(code)) return { code, kind: "roman" };
  if (LETTER.test(code)) return { code, kind: "letter" };
  if (ARABIC.test(code)) return { code: code.replace(/\.([a-zđ])$/, "$1"), kind: "arabic" };
  return { code, kind: "other" };
}

/** "2.3" → "2", "1a" → "1", "1" → null. */
export function parentCode(code: string): string | null {
  if (/[a-zđ]$/.test(code)) return code.slice(0, -1) || null;
  const dot = code.lastIndexOf(".");
  return dot > 0 ? code.slice(0, dot) : null;
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
