/** Grade shares from a "Mức điểm" cell (docs/cham-diem.md, "Grade shares from the pledge"):
 * "HTXS: 100%; HTT: 80%; HT: 60%; KHT: 0" or "Xuất sắc: 10; Tốt: 8; Khá: 6". */
import type { GradeLevel, GradeShare } from "../model";
import { fold } from "../text";
import { textNumber } from "./textNumber";

/** Grade level per grade word and abbreviation, folded (docs/cham-diem.md, "grade"): the pledge's shares and the
 * scorer read the same words. */
export const GRADE_LEVELS: ReadonlyMap<string, GradeLevel> = new Map([
  ["hoan thanh xuat sac", "excellent"],
  ["htxs", "excellent"],
  ["xuat sac", "excellent"],
  ["hoan thanh tot", "good"],
  ["htt", "good"],
  ["tot", "good"],
  ["hoan thanh", "fair"],
  ["ht", "fair"],
  ["kha", "fair"],
  ["trung binh", "average"],
  ["khong hoan thanh", "fail"],
  ["kht", "fail"],
  ["yeu", "fail"],
  ["kem", "fail"],
]);

export function gradeLevel(label: string): GradeLevel | null {
  const f = fold(label).replace(/^[-+•*]\s*/, "").replace(/\s+nhiem vu$/, "").trim();
  return GRADE_LEVELS.get(f) ?? null;
}

/** The shares, or null when the text is not a list of grade words with figures (then it may be bands). */
export function readGradeShares(text: string): readonly GradeShare[] | null {
  const parts = text.split(/[;\n]+/).map((p) => p.trim()).filter((p) => p !== "");
  if (parts.length === 0) return null;
  const shares: GradeShare[] = [];
  for (const p of parts) {
    const colon = p.lastIndexOf(":");
    if (colon < 0) return null;
    const level = gradeLevel(p.slice(0, colon));
    if (level === null) return null;
    const raw = p.slice(colon + 1).trim().replace(/\s*(?:điểm|diem)\.?$/i, "");
    const percent = raw.endsWith("%");
    const value = textNumber(percent ? raw.slice(0, -1) : raw);
    if (value === null) return null;
    shares.push({ level, value, percent });
  }
  return shares;
}
