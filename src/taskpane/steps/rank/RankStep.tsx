import { Button, Caption1, Checkbox, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { ArrowSync20Regular, TableSimple20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { findingMessage, type ClusterResult, type FindingCode } from "../../../engine";
import type { PaneState } from "../../state/reducer";
import { BusyButton } from "../../ui/BusyButton";
import { ProposalsPanel } from "./ProposalsPanel";
import { RankingTable } from "./RankingTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** Warnings the conference must act on, shown next to the proposals. */
const PROPOSAL_CODES: ReadonlySet<FindingCode> = new Set(["TIE_FOR_FIRST", "LEADER_PASSED_OVER", "MERIT_TIE", "NO_ELIGIBLE_LEADER"]);

export interface RankStepProps {
  readonly state: PaneState;
  readonly onAnalyse: () => void;
  /** comparison: also write "Đối chiếu điểm <năm>". */
  readonly onWrite: (options: { readonly comparison: boolean }) => void;
}

/** The comparison sheet is offered checked when members gave self-scores or an appraisal changed a score. */
/** Ticked at first when an appraisal changed a score: the appraisal team works from that sheet. Self-scores alone
 * leave it to the clerk (for a large cluster it is a long sheet, and a second write request). */
function appraisalChangedScores(result: ClusterResult): boolean {
  return result.members.some((m) => m.indicators.some((i) => i.points !== i.computedPoints));
}

export function RankStep({ state, onAnalyse, onWrite }: RankStepProps) {
  const styles = useStyles();
  const { analysis, busy } = state;
  const [comparison, setComparison] = useState<boolean | null>(null);
  if (!analysis) {
    return (
      <section className={styles.root} aria-label="Xếp hạng">
        <Text>Chưa có kết quả. Hãy đọc sổ trước.</Text>
        <div>
          <BusyButton appearance="primary" icon={<ArrowSync20Regular />} busy={busy === "analyse"} disabled={busy !== null} onClick={onAnalyse}>
            Tính điểm, xếp hạng
          </BusyButton>
        </div>
      </section>
    );
  }
  const { result } = analysis;
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const warnings = result.findings.filter((f) => PROPOSAL_CODES.has(f.code));
  const written = state.written.ranking;
  const withComparison = comparison ?? appraisalChangedScores(result);
  return (
    <section className={styles.root} aria-label="Xếp hạng">
      {result.members.length === 0 ? (
        <Text>Sổ chưa có báo cáo của đơn vị nào. Hãy nhập báo cáo ở bước Tổng hợp.</Text>
      ) : (
        <RankingTable members={result.members} />
      )}
      {errors > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Còn {errors} lỗi (xem bước Kiểm tra): điểm của đơn vị có lỗi chưa chắc chắn và đơn vị đó không được đề nghị khen thưởng.
          </MessageBarBody>
        </MessageBar>
      )}
      <Subtitle2 as="h2">Đề xuất</Subtitle2>
      <ProposalsPanel result={result} />
      {warnings.map((f, i) => (
        <MessageBar key={i} intent="warning" layout="multiline">
          <MessageBarBody>{findingMessage(f)}</MessageBarBody>
        </MessageBar>
      ))}
      <Checkbox
        label="Ghi kèm trang Đối chiếu điểm (tự chấm, theo giao ước, thẩm định)"
        checked={withComparison}
        onChange={(_, data) => setComparison(data.checked === true)}
      />
      <div className={styles.actions}>
        <BusyButton
          appearance="primary"
          icon={<TableSimple20Regular />}
          busy={busy === "writeRanking"}
          disabled={busy !== null || result.members.length === 0}
          describedBy={result.members.length === 0 ? "ly-do-chua-ghi-xep-hang" : undefined}
          onClick={() => onWrite({ comparison: withComparison })}
        >
          Ghi trang Xếp hạng
        </BusyButton>
        <Button icon={<ArrowSync20Regular />} disabled={busy !== null} onClick={onAnalyse}>
          Tính lại
        </Button>
      </div>
      {result.members.length === 0 && <Caption1 id="ly-do-chua-ghi-xep-hang">Chưa ghi được: chưa có báo cáo của đơn vị nào để xếp hạng.</Caption1>}
      <div role="status">
        {written && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Đã ghi</MessageBarTitle>
              {joinSheets(written)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}

/** “Xếp hạng 2024”, “Chi tiết điểm 2024” và “Kiểm tra 2024” */
function joinSheets(sheets: readonly string[]): string {
  const quoted = sheets.map((s) => `“${s}”`);
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} và ${quoted[quoted.length - 1]}`;
}
