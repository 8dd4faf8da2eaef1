/** The "Cách chấm" column: keyword → scoring method (docs/cham-diem.md, methods table). */
import type { Rule } from "../model";
import { normalizeLabel } from "../text";
import type { LabelCache } from "./labelCache";

const KEYWORDS: Readonly<Record<Rule, readonly string[]>> = {
  ratio: ["tỷ lệ", "theo tỷ lệ", "tỷ lệ % kh", "càng cao càng tốt", "thuận", "ratio", "tỷ lệ thuận"],
  inverse: ["nghịch", "tỷ lệ nghịch", "càng thấp càng tốt", "thấp hơn tốt hơn", "inverse"],
  relative: ["tương quan", "so với dẫn đầu", "so sánh trong cụm", "relative"],
  pass: ["đạt/không đạt", "đạt", "có/không", "pass"],
  grade: ["mức độ", "mức hoàn thành", "xếp mức", "grade"],
  direct: ["chấm trực tiếp", "cụm chấm", "điểm trực tiếp", "direct"],
  bonus: ["cộng điểm", "điểm cộng", "điểm thưởng", "bonus"],
  penalty: ["trừ điểm", "điểm trừ", "penalty"],
  tiers: ["theo mức", "theo bậc", "theo ngưỡng", "mức điểm", "tiers"],
};

const ruleKey = (label: string): string => label.replace(/\s*([/%])\s*/g, "$1");

const RULE_BY_KEY: ReadonlyMap<string, Rule> = (() => {
  const map = new Map<string, Rule>();
  for (const [rule, words] of Object.entries(KEYWORDS) as [Rule, readonly string[]][]) {
    for (const w of words) map.set(ruleKey(normalizeLabel(w)), rule);
  }
  return map;
})();

/** The methods as a clerk names them, for a message listing what is accepted. */
export const RULE_NAMES = "Tỷ lệ, Nghịch, Tương quan, Đạt/Không đạt, Mức độ, Chấm trực tiếp, Cộng điểm, Trừ điểm, Theo mức";

/** "blank" for an empty cell (which means ratio); null when the text names no known method.
 * A longer explanation after the keyword ("Tỷ lệ: đạt 100% KH được điểm tối đa") is allowed. */
export function readRule(text: string, labels: LabelCache): Rule | "blank" | null {
  if (text.trim() === "") return "blank";
  const whole = RULE_BY_KEY.get(ruleKey(labels.label(text)));
  if (whole) return whole;
  const head = text.split(/[:;,(\n–-]/)[0] ?? "";
  return head.trim() === "" ? null : (RULE_BY_KEY.get(ruleKey(labels.label(head))) ?? null);
}
