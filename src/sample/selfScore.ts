/** The points a member writes in its "Điểm tự chấm" column: its own arithmetic of the pledge's
 * rules (docs/cham-diem.md), rounded to two decimals as clerks do. */
import type { PledgeLine, ReportValue, Typed } from "./sampleModel";

const GRADES: Readonly<Record<string, number>> = {
  "hoàn thành xuất sắc": 1, htxs: 1, "xuất sắc": 1,
  "hoàn thành tốt": 0.85, htt: 0.85, tốt: 0.85,
  "hoàn thành": 0.7, ht: 0.7, khá: 0.7,
  "trung bình": 0.5,
};
const PASSES = new Set(["đạt", "hoàn thành", "có", "x", "1"]);

/** A number as typed: 8603.9, "8.603,9", "trên 2.636". */
export function typedNumber(value: Typed | undefined): number | null {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return null;
  const n = Number(value.replace(/^trên\s*/i, "").replace(/\./g, "").replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

/** Attainment in percent for ratio-like rules, or null. */
export function attainmentOf(line: PledgeLine, value: ReportValue): number | null {
  const plan = typedNumber(value.plan);
  const actual = typedNumber(value.actual);
  if (plan === null || actual === null || plan <= 0 || actual <= 0) return null;
  return line.rule?.startsWith("Càng thấp") ? (plan / actual) * 100 : (actual / plan) * 100;
}

/** `best` is the cluster's highest attainment, for the relative rule. */
export function selfScore(line: PledgeLine, value: ReportValue, best: number): number {
  const m = line.points ?? 0;
  const rule = line.rule ?? "";
  const actual = typedNumber(value.actual);
  const text = typeof value.actual === "string" ? value.actual.toLowerCase() : "";
  let points: number;
  if (rule === "Mức độ") points = m * (GRADES[text] ?? 0);
  else if (rule === "Đạt/Không đạt") points = PASSES.has(text) ? m : 0;
  else if (rule === "Chấm trực tiếp" || rule === "Cụm chấm") points = Math.min(actual ?? 0, m);
  else if (rule === "Điểm thưởng") points = Math.min((actual ?? 0) * m, line.bonusCap ?? Infinity);
  else if (rule === "Điểm trừ") points = -(actual ?? 0) * m;
  else points = ratioPoints(line, attainmentOf(line, value) ?? 0, best);
  return Math.round(points * 100) / 100;
}

function ratioPoints(line: PledgeLine, r: number, best: number): number {
  const m = line.points ?? 0;
  if (line.rule === "So với dẫn đầu") {
    if (r < 100) return (0.5 * m * r) / 100;
    return r >= best ? m : 0.5 * m + (0.5 * m * (r - 100)) / (best - 100);
  }
  if (r >= 100) {
    const bonus = (line.bonusPerPercent ?? 0) * (r - 100);
    return m + Math.min(bonus, line.bonusCap ?? Infinity);
  }
  return line.penaltyPerPercent === undefined ? (m * r) / 100 : Math.max(0, m - line.penaltyPerPercent * (100 - r));
}
