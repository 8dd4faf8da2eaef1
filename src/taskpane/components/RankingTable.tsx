import { makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { Warning16Filled } from "@fluentui/react-icons";
import type { MemberResult } from "../../engine/result";
import { formatPercent, formatPoints } from "./formatPane";

const useStyles = makeStyles({
  // Fixed layout with explicit widths keeps the table inside a 320 px pane; names wrap.
  table: { tableLayout: "fixed", width: "100%" },
  rank: { width: "2.75rem" },
  number: { width: "4.5rem", textAlign: "right" },
  award: { width: "4.75rem" },
  wrap: { whiteSpace: "normal", overflowWrap: "anywhere", paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS },
  flag: { color: tokens.colorPaletteDarkOrangeForeground1, verticalAlign: "text-bottom", marginLeft: tokens.spacingHorizontalXXS },
});

export function awardLabel(member: MemberResult): string {
  if (member.award === "flag") return "Cờ thi đua";
  if (member.award === "merit") return "Bằng khen";
  return "";
}

export function RankingTable({ members }: { readonly members: readonly MemberResult[] }) {
  const styles = useStyles();
  return (
    <Table size="extra-small" className={styles.table} aria-label="Bảng xếp hạng">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={mergeClasses(styles.rank, styles.wrap)}>Hạng</TableHeaderCell>
          <TableHeaderCell className={styles.wrap}>Đơn vị</TableHeaderCell>
          <TableHeaderCell className={mergeClasses(styles.number, styles.wrap)}>Tổng điểm</TableHeaderCell>
          <TableHeaderCell className={mergeClasses(styles.number, styles.wrap)}>% thang điểm</TableHeaderCell>
          <TableHeaderCell className={mergeClasses(styles.award, styles.wrap)}>Đề nghị</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {members.map((m) => (
          <TableRow key={m.name}>
            <TableCell className={styles.wrap}>{m.rank}</TableCell>
            <TableCell className={styles.wrap}>
              {m.name}
              {m.hasErrors && <Warning16Filled role="img" aria-label="có lỗi" className={styles.flag} />}
            </TableCell>
            <TableCell className={mergeClasses(styles.number, styles.wrap)}>{formatPoints(m.total)}</TableCell>
            <TableCell className={mergeClasses(styles.number, styles.wrap)}>{formatPercent(m.percentOfMax)}</TableCell>
            <TableCell className={styles.wrap}>{awardLabel(m)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
