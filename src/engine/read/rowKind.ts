/** Rows that are not indicators: task-group headings and total rows, recognised by their names. */
import type { LabelCache } from "./labelCache";

/** "Nhóm I: Phát triển kinh tế", "Phần II", "Lĩnh vực văn hóa". "Phân bổ…" (a different word) is not a group. */
export function isGroupName(name: string, labels: LabelCache): boolean {
  const lower = name.normalize("NFC").toLowerCase().trimStart();
  if (lower.startsWith("phần") || /^phan\b/.test(lower)) return true;
  const folded = labels.fold(name);
  return /^(?:nhom|linh vuc)\b/.test(folded) && !lower.startsWith("nhôm");
}

/** "Tổng cộng", "Cộng", "Tổng số điểm"; "Công tác…" (a different word) is not a total. */
export function isTotalName(name: string, labels: LabelCache): boolean {
  const lower = name.normalize("NFC").toLowerCase().trimStart();
  if (lower.startsWith("tổng") || lower.startsWith("cộng")) return true;
  // Typed without diacritics, "cong" may be "công": only the usual total phrases count.
  return /^[\x20-\x7e]*$/.test(name) && /^(?:tong|cong|tong cong|tong so|tong diem|cong diem)(?::|$|\s+(?:diem|nhom|cong)\b)/.test(labels.fold(name));
}
