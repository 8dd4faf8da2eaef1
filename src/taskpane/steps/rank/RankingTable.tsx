import { makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { Warning16Filled } from "@fluentui/react-icons";
import { formatFixedVi, type MemberResult } from "../../../engine";

const useStyles = makeStyles({
  // Fluent's table is fixed-layout with equal columns; at 320 px the names need the room the
  // numbers do not, so the browser sizes the columns here.
  table: { tableLayout: "auto", width: "100%" },
  cell: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    whiteSpace: "normal",
    overflowWrap: "break-word",
  },
  number: { textAlign: "right", whiteSpace: "nowrap" },
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
          <TableHeaderCell className={styles.cell}>Hạng</TableHeaderCell>
          <TableHeaderCell className={styles.cell}>Đơn vị</TableHeaderCell>
          <TableHeaderCell className={styles.cell}>Tổng điểm</TableHeaderCell>
          <TableHeaderCell className={styles.cell}>% thang điểm</TableHeaderCell>
          <TableHeaderCell className={styles.cell}>Đề nghị</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {members.map((m) => (
          <TableRow key={m.name}>
            <TableCell className={styles.cell}>{m.rank}</TableCell>
            <TableCell className={styles.cell}>
              {m.name}
              {m.hasErrors && <Warning16Filled role="img" aria-label="có lỗi" className={styles.flag} />}
            </TableCell>
            <TableCell className={mergeClasses(styles.cell, styles.number)}>{formatFixedVi(m.total)}</TableCell>
            <TableCell className={mergeClasses(styles.cell, styles.number)}>{`${formatFixedVi(m.percentOfMax)}%`}</TableCell>
            <TableCell className={styles.cell}>{awardLabel(m)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
