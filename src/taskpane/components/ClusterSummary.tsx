import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Analysis } from "../state/reducer";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  error: { color: tokens.colorPaletteRedForeground1 },
  pair: { display: "contents" },
});

export function ClusterSummary({ analysis }: { readonly analysis: Analysis }) {
  const styles = useStyles();
  const { data, result } = analysis;
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const warnings = result.findings.length - errors;
  const rows: readonly (readonly [string, string, boolean])[] = [
    ["Cụm", result.cluster ?? data.info.clusterName ?? "chưa rõ", false],
    ["Năm", result.year === null ? "chưa rõ" : String(result.year), false],
    ["Số đơn vị", String(data.reports.length), false],
    ["Số chỉ tiêu", data.pledge ? String(data.pledge.indicatorCount) : "chưa có giao ước", false],
    ["Lỗi / cảnh báo", `${errors} lỗi / ${warnings} cảnh báo`, errors > 0],
  ];
  return (
    <dl className={styles.root} aria-label="Tóm tắt sổ">
      {rows.map(([term, value, bad]) => (
        <div key={term} className={styles.pair}>
          <dt className={styles.term}>{term}</dt>
          <dd className={mergeClasses(styles.value, bad && styles.error)}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
