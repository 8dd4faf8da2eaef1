/** Bands of a `tiers` indicator read from Vietnamese text (docs/cham-diem.md, "tiers"):
 * "≥ 98%: 5; từ 97% đến dưới 98%: 4; dưới 96%: 0", one band per line or separated by ";". */
import type { Band } from "../model";
import { fold } from "../text";
import { NUMBER, textNumber } from "./textNumber";

/** A band's threshold side, folded: "tu 98% tro len", ">= 97", "tren 92%", "duoi 96%", "con lai". */
type Threshold = { readonly kind: "floor" } | { readonly kind: "min"; readonly value: number; readonly strict: boolean } | { readonly kind: "bad" };

const FLOOR_WORDS = /^(?:duoi|con lai|khac|cac truong hop khac|truong hop khac)\b/;
const OPERATOR = /^(?:>=|≥|=>|>|tu\b|tren\b)/;
const AT_LEAST = new RegExp(String.raw`^(?:>=|≥|=>)\s*(${NUMBER})\s*%?$`);
const ABOVE = new RegExp(String.raw`^(?:>|tren)\s*(${NUMBER})\s*%?$`);
const FROM = new RegExp(String.raw`^tu\s*(${NUMBER})\s*%?(?:\s+(?:tro len|den duoi\s*${NUMBER}\s*%?|den\s*${NUMBER}\s*%?))?$`);
const BARE = new RegExp(String.raw`^(${NUMBER})\s*%?(?:\s+tro len)?$`);
const POINTS = new RegExp(String.raw`^(${NUMBER})\s*(?:diem)?\s*\.?$`);
/** A list dash or bullet in front of a band ("- Từ 98%…", "+ ≥ 97%…"). */
const DASH = /^[-+•*–]\s*/;

function readThreshold(folded: string, noNumberIsFloor: boolean): Threshold {
  const t = folded.trim();
  if (t === "" || FLOOR_WORDS.test(t)) return { kind: "floor" };
  const num = (m: RegExpExecArray | null): number | null => (m === null ? null : textNumber(m[1] ?? ""));
  const atLeast = num(AT_LEAST.exec(t)) ?? num(FROM.exec(t)) ?? num(BARE.exec(t));
  if (atLeast !== null) return { kind: "min", value: atLeast, strict: false };
  const above = num(ABOVE.exec(t));
  if (above !== null) return { kind: "min", value: above, strict: true };
  if (noNumberIsFloor && !/\d/.test(t) && !OPERATOR.test(t)) return { kind: "floor" };
  return { kind: "bad" };
}

/** One band "<threshold>: <points>", or null when it does not read as one. `noNumberIsFloor`: in a "Mức điểm"
 * cell a label without a number is the floor band (decided reading); in a row under an item it is a note. */
export function readBand(text: string, noNumberIsFloor: boolean): Band | null {
  const written = text.trim();
  const folded = fold(written).replace(DASH, "");
  const colon = folded.lastIndexOf(":");
  const pointsText = colon >= 0 ? folded.slice(colon + 1).trim() : folded;
  const pm = POINTS.exec(pointsText);
  const points = pm === null ? null : textNumber(pm[1] ?? "");
  if (points === null) return null;
  const threshold = colon >= 0 ? readThreshold(folded.slice(0, colon), noNumberIsFloor) : ({ kind: "floor" } as const);
  switch (threshold.kind) {
    case "floor":
      return { threshold: null, strict: false, points, text: written };
    case "min":
      return { threshold: threshold.value, strict: threshold.strict, points, text: written };
    case "bad":
      return null;
  }
}

/** A band row's threshold alone, with the points in its Chuẩn cell ("- Từ 98% trở lên" | 5): strict
 * operator texts only, so that a note with a figure in it is not taken for a band. */
export function readBandThreshold(text: string, points: number): Band | null {
  const written = text.trim();
  const folded = fold(written).replace(DASH, "").replace(/:\s*$/, "");
  if (!OPERATOR.test(folded) && !FLOOR_WORDS.test(folded)) return null;
  const threshold = readThreshold(folded, false);
  if (threshold.kind === "bad") return null;
  return threshold.kind === "floor"
    ? { threshold: null, strict: false, points, text: written }
    : { threshold: threshold.value, strict: threshold.strict, points, text: written };
}

export type BandsReading = { readonly ok: true; readonly bands: readonly Band[] } | { readonly ok: false; readonly bad: string };

/** A "Mức điểm" cell or the text after a colon in the rule cell: every band must read, else the first one
 * that does not is quoted (INVALID_BANDS). */
export function readBandList(text: string): BandsReading {
  const parts = text.split(/[;\n]+/).map((p) => p.trim()).filter((p) => p !== "");
  const bands: Band[] = [];
  for (const p of parts) {
    const band = readBand(p, true);
    if (band === null) return { ok: false, bad: p };
    bands.push(band);
  }
  return parts.length === 0 ? { ok: false, bad: text.trim() } : { ok: true, bands: sortBands(bands) };
}

/** Lowest first, the floor band before all; at the same X a "> X" band ranks above a "≥ X" band. */
export function sortBands(bands: readonly Band[]): readonly Band[] {
  return [...bands].sort((a, b) => {
    if (a.threshold === null || b.threshold === null) return a.threshold === null ? (b.threshold === null ? 0 : -1) : 1;
    return a.threshold - b.threshold || Number(a.strict) - Number(b.strict);
  });
}
