import type { Finding } from "../../../engine";
import type { Analysis } from "../../state/reducer";
import { TermList } from "../../ui/TermList";

/** `findings`: the analysis's and those of files that could not be imported. */
export function ClusterSummary({ analysis, findings }: { readonly analysis: Analysis; readonly findings: readonly Finding[] }) {
  const { data, result } = analysis;
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  return (
    <TermList
      label="Tóm tắt sổ"
      rows={[
        { term: "Cụm", value: result.cluster ?? data.info.clusterName ?? "chưa rõ", tone: "strong" },
        { term: "Năm", value: result.year === null ? "chưa rõ" : String(result.year), tone: "strong" },
        { term: "Số đơn vị", value: String(data.reports.length), tone: "strong" },
        { term: "Số chỉ tiêu", value: data.pledge ? String(data.pledge.indicatorCount) : "chưa có giao ước", tone: "strong" },
        { term: "Lỗi / cảnh báo", value: `${errors} lỗi / ${warnings} cảnh báo`, tone: errors > 0 ? "error" : "strong" },
      ]}
    />
  );
}
