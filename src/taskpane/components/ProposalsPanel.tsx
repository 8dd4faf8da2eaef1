import { makeStyles, tokens } from "@fluentui/react-components";
import type { ClusterResult } from "../../engine/result";

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
  pair: { display: "contents" },
});

const BLANK = "chưa có";

export function ProposalsPanel({ result }: { readonly result: ClusterResult }) {
  const styles = useStyles();
  const { proposals, year } = result;
  const next = year === null ? "năm sau" : `năm ${year + 1}`;
  const rows: readonly (readonly [string, string])[] = [
    ["Cờ thi đua", proposals.leader ?? (proposals.noLeaderReason ? `chưa đề nghị: ${proposals.noLeaderReason}` : BLANK)],
    ["Bằng khen", proposals.merit.length > 0 ? proposals.merit.join(", ") : BLANK],
    [`Cụm trưởng ${next}`, proposals.nextHead ?? "để Hội nghị bầu"],
    [`Cụm phó ${next}`, proposals.nextDeputy ?? "để Hội nghị bầu"],
  ];
  return (
    <dl className={styles.root} aria-label="Đề xuất">
      {rows.map(([term, value]) => (
        <div key={term} className={styles.pair}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
