import { awardNotes, type ClusterData, type ClusterResult, type Finding, findingMessage, formatFixedVi, formatPercentVi } from "../engine";

export function rankingText(result: ClusterResult, data: ClusterData): string {
  // Why a member gets no award, in the words of the ranking sheet's "Ghi chú" column.
  const notes = awardNotes(result, data.pledge?.indicators ?? []);
  const title = `${result.cluster ?? "Cụm thi đua"} — kết quả xếp hạng năm ${result.year ?? "…"} (thang điểm ${formatFixedVi(result.maxPoints)})`;
  const rows = result.members.map((m, i) => [
    String(m.rank),
    m.name,
    formatFixedVi(m.total),
    formatPercentVi(m.percentOfMax),
    String(m.met),
    m.award === "flag" ? "Cờ thi đua" : m.award === "merit" ? "Bằng khen" : m.disqualified ? "Không đủ điều kiện" : "",
    notes[i] ?? "",
  ]);
  const p = result.proposals;
  const lines = [
    title,
    "",
    table(["Hạng", "Đơn vị", "Tổng điểm", "% thang điểm", "Chỉ tiêu đạt", "Đề nghị", "Ghi chú"], rows, [true, false, true, true, true, false, false]),
    "",
    `Đơn vị dẫn đầu (đề nghị Cờ thi đua): ${p.leader ?? "chưa xác định"}${p.noLeaderReason ? ` — ${p.noLeaderReason}` : ""}`,
    `Đề nghị Bằng khen: ${p.merit.length > 0 ? p.merit.join(", ") : "không có"}`,
    `Đề xuất Cụm trưởng năm sau: ${p.nextHead ?? "…"}; Cụm phó: ${p.nextDeputy ?? "…"}`,
    findingsSummary(result.findings),
  ];
  return lines.join("\n") + "\n";
}

export function findingsText(findings: readonly Finding[]): string {
  if (findings.length === 0) return "Không có lỗi hay cảnh báo nào.\n";
  const rows = findings.map((f) => {
    const { file, sheet, cell, member } = f.where;
    return [f.severity === "error" ? "Lỗi" : "Cảnh báo", file ?? "", sheet ?? "", cell ?? "", member ?? "", findingMessage(f)];
  });
  return table(["Mức độ", "Tệp", "Trang tính", "Ô", "Đơn vị", "Nội dung"], rows, []) + "\n" + findingsSummary(findings) + "\n";
}

export function findingsSummary(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  return `${errors} lỗi, ${findings.length - errors} cảnh báo.`;
}

/** Columns padded to their widest cell; `right` marks right-aligned columns. */
function table(header: readonly string[], rows: readonly (readonly string[])[], right: readonly boolean[]): string {
  const all = [header, ...rows].map((r) => r.map((c) => c.normalize("NFC")));
  const widths = header.map((_, i) => all.reduce((widest, r) => Math.max(widest, (r[i] ?? "").length), 0));
  const line = (r: readonly string[]): string =>
    r
      .map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(all[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...all.slice(1).map(line)].join("\n");
}
