import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  strong: { fontWeight: tokens.fontWeightSemibold },
  error: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
  pair: { display: "contents" },
});

export interface TermRow {
  readonly term: string;
  readonly value: string;
  readonly tone?: "strong" | "error";
}

/** Label–value pairs in two columns (a description list), as the summary and the proposals show them. */
export function TermList({ label, rows }: { readonly label: string; readonly rows: readonly TermRow[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.root} aria-label={label}>
      {rows.map(({ term, value, tone }) => (
        <div key={term} className={styles.pair}>
          <dt className={styles.term}>{term}</dt>
          <dd className={mergeClasses(styles.value, tone === "strong" && styles.strong, tone === "error" && styles.error)}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
