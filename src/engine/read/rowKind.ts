/** Rows that are not indicators: task-group headings and total rows, recognised by their names. */
import type { LabelCache } from "./labelCache";

const GROUP_WORDS: readonly string[] = ["nhóm", "phần", "lĩnh vực", "tiêu chuẩn"];
/** What must follow the word (decided reading, "Group names"): a number, a Roman numeral, a single upper-case
 * letter, a single letter followed by ".", ")" or ":", or a colon. */
const AFTER_WORD = /^(?:\d|[IVX]+(?![\p{L}\p{N}])|[A-ZĐ](?![\p{L}\p{N}])|[\p{L}][.):]|:)/u;

/** "Tiêu chuẩn 1: Công tác chỉ đạo", "Nhóm II:", "Phần A", "Phần b)": a group row (docs/so-lieu.md §2). The word is
 * compared with its diacritics (any case): "Phần mềm quản lý", "Phân loại rác", "Lĩnh vực y tế" are not groups. */
export function isGroupName(name: string, _labels?: LabelCache): boolean {
  const text = name.normalize("NFC").trimStart();
  const lower = text.toLowerCase();
  for (const word of GROUP_WORDS) {
    if (!lower.startsWith(word)) continue;
    const rest = text.slice(word.length);
    if (rest.startsWith(":")) return true;
    if (!/^\s/.test(rest)) return false;
    return AFTER_WORD.test(rest.trimStart());
  }
  return false;
}

/** "Tổng cộng", "Cộng", "Tổng số điểm"; "Công tác…" (a different word) is not a total. */
export function isTotalName(name: string, labels: LabelCache): boolean {
  const lower = name.normalize("NFC").toLowerCase().trimStart();
  if (lower.startsWith("tổng") || lower.startsWith("cộng")) return true;
  // Typed without diacritics, "cong" may be "công": only the usual total phrases count.
  return /^[\x20-\x7e]*$/.test(name) && /^(?:tong|cong|tong cong|tong so|tong diem|cong diem)(?::|$|\s+(?:diem|nhom|cong)\b)/.test(labels.fold(name));
}
