import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, ErrorCircle16Filled } from "@fluentui/react-icons";
import type { FileOutcome } from "../../state/reducer";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  icon: { flexShrink: 0, marginTop: "2px" },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  text: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  file: { fontWeight: tokens.fontWeightSemibold },
});

export function ImportResults({ files }: { readonly files: readonly FileOutcome[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Kết quả nhập tệp">
      {files.map((outcome, i) => (
        <li key={i} className={styles.item}>
          {outcome.status === "imported" ? (
            <CheckmarkCircle16Filled role="img" aria-label="Đã nhập" className={mergeClasses(styles.icon, styles.ok)} />
          ) : (
            <ErrorCircle16Filled role="img" aria-label="Lỗi" className={mergeClasses(styles.icon, styles.failed)} />
          )}
          <span className={styles.text}>
            <span className={styles.file}>{outcome.file}</span>
            <Caption1>
              {outcome.status === "imported"
                ? `Đã nhập: ${outcome.sheets.map((s) => `“${s}”`).join(", ")}`
                : `Lỗi: ${outcome.message}`}
            </Caption1>
          </span>
        </li>
      ))}
    </ul>
  );
}
