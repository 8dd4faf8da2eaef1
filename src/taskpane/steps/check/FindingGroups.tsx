import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  CounterBadge,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../../../engine";
import type { ShownLocation } from "../../state/reducer";
import { FindingItem } from "./FindingItem";
import { groupFindings, type FindingGroup } from "./groupFindings";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  name: { overflowWrap: "anywhere" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalS },
  blockingTitle: { color: tokens.colorPaletteRedForeground1 },
});

/** Why the errors of a group matter: they stop a member's proposal (or, on the pledge, every member's score). */
function blockingText(group: FindingGroup): string {
  if (group.general) return "Lỗi ở giao ước hoặc thông tin chung: điểm, xếp hạng hoặc đề nghị khen thưởng chưa tin được cho đến khi sửa.";
  return `Lỗi chặn đề nghị khen thưởng: ${group.label} chưa được đề nghị cho đến khi sửa.`;
}

export interface FindingGroupsProps {
  readonly findings: readonly Finding[];
  /** Members in workbook order, so groups follow the order of the reports. */
  readonly members: readonly string[];
  readonly shown: ShownLocation | null;
  readonly onSelect: (finding: Finding) => void;
}

export function FindingGroups({ findings, members, shown, onSelect }: FindingGroupsProps) {
  const styles = useStyles();
  const groups = groupFindings(findings, members);
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.key)}>
      {groups.map((group) => (
        <AccordionItem key={group.key} value={group.key}>
          <AccordionHeader size="small">
            <span className={styles.header}>
              <span className={styles.name}>{group.label}</span>
              {group.errors > 0 && <CounterBadge count={group.errors} color="danger" size="small" aria-label={`${group.errors} lỗi`} />}
              {group.warnings > 0 && (
                <CounterBadge count={group.warnings} color="informative" size="small" aria-label={`${group.warnings} cảnh báo`} />
              )}
            </span>
          </AccordionHeader>
          <AccordionPanel>
            {group.blocking.length > 0 && (
              <div className={styles.part}>
                <Text weight="semibold" className={styles.blockingTitle}>
                  {blockingText(group)}
                </Text>
                <FindingList findings={group.blocking} label={`Lỗi: ${group.label}`} shown={shown} onSelect={onSelect} />
              </div>
            )}
            {group.notes.length > 0 && (
              <div className={styles.part}>
                {group.blocking.length > 0 && <Text weight="semibold">Cảnh báo (cần xem lại, không chặn đề nghị khen thưởng)</Text>}
                <FindingList findings={group.notes} label={`Cảnh báo: ${group.label}`} shown={shown} onSelect={onSelect} />
              </div>
            )}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

function FindingList({ findings, label, shown, onSelect }: { readonly findings: readonly Finding[]; readonly label: string; readonly shown: ShownLocation | null; readonly onSelect: (finding: Finding) => void }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {findings.map((finding, i) => (
        <li key={i}>
          <FindingItem finding={finding} onSelect={onSelect} />
          {shown && isShown(finding, shown) && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{describeLocation(shown)}</MessageBarBody>
            </MessageBar>
          )}
        </li>
      ))}
    </ul>
  );
}

function isShown(finding: Finding, shown: ShownLocation): boolean {
  const { file, sheet, cell } = finding.where;
  return sheet === shown.sheet && cell === shown.cell && file === shown.file;
}

/**
 * Where to correct the cell: for a report imported in this session, the member's own file and sheet (the imported
 * copy keeps its addresses), then import it again; otherwise the workbook that holds the sheet, then open it again.
 */
export function describeLocation(shown: ShownLocation): string {
  const cell = shown.cell ? `, ô ${shown.cell}` : "";
  if (shown.source) return `Sửa trong tệp ${shown.source.file}, trang tính ${shown.source.sheet}${cell}, rồi nhập lại ở bước Tổng hợp.`;
  const file = shown.file ? `tệp ${shown.file}, ` : "";
  return `Sửa trong ${file}trang tính ${shown.sheet}${cell}, rồi mở lại tệp đã sửa bằng “Mở sổ khác”.`;
}
