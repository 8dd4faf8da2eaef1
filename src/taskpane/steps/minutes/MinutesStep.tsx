import { Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, Textarea, tokens } from "@fluentui/react-components";
import { DocumentArrowDown20Regular, DocumentText20Regular } from "@fluentui/react-icons";
import type { DraftErrors, DraftField, FormDraft } from "../../state/formDraft";
import type { Analysis, PaneState } from "../../state/reducer";
import { BusyButton } from "../../ui/BusyButton";
import { IndicatorDropdown } from "./IndicatorDropdown";
import { MemberCombobox } from "./MemberCombobox";
import { NextPledgeCheckbox } from "./NextPledgeCheckbox";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  pair: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS },
  // Fluent inputs have a minimum width that overflows two side by side in a 320 px pane.
  input: { minWidth: 0, width: "100%" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface MinutesStepProps {
  readonly state: PaneState;
  readonly errors: DraftErrors;
  readonly ready: boolean;
  readonly onEdit: (field: DraftField, value: string) => void;
  readonly onWrite: () => void;
  readonly onDownload: () => void;
  readonly nextPledge: boolean;
  readonly onNextPledge: (checked: boolean) => void;
}

export function MinutesStep({ state, errors, ready, onEdit, onWrite, onDownload, nextPledge, onNextPledge }: MinutesStepProps) {
  const styles = useStyles();
  const { analysis, draft, busy } = state;
  if (!analysis || !draft) {
    return (
      <section className={styles.root} aria-label="Biên bản">
        <Text>Chưa có kết quả. Hãy đọc sổ ở bước Kiểm tra trước.</Text>
      </section>
    );
  }
  const year = analysis.result.year;
  const next = year === null ? "năm sau" : `năm ${year + 1}`;
  const text = (field: DraftField, label: string, hint?: string) => (
    <Field label={label} hint={hint} validationState={errors[field] ? "error" : "none"} validationMessage={errors[field]}>
      <Input className={styles.input} value={draft[field]} onChange={(_, data) => onEdit(field, data.value)} />
    </Field>
  );
  return (
    <section className={styles.root} aria-label="Biên bản">
      <Text>Điền những gì số liệu không biết; ô để trống sẽ in “…” để điền tay.</Text>
      {text("date", "Ngày họp", "dd/mm/yyyy, ví dụ 12/02/2025")}
      {text("startTime", "Giờ bắt đầu", "ví dụ 8 giờ 00")}
      {text("locality", "Địa danh", "Ghi ở dòng “…, ngày … tháng … năm …”, ví dụ An Khê")}
      {text("place", "Địa điểm")}
      {text("chair", "Chủ trì", "Họ tên người chủ trì (không ghi chức vụ): in dưới chữ ký “CHỦ TRÌ” và “CỤM TRƯỞNG” của bảng xếp hạng")}
      {text("secretary", "Thư ký", "Họ tên thư ký: in dưới chữ ký “THƯ KÝ” và “NGƯỜI LẬP BIỂU” của bảng xếp hạng")}
      <Field label="Thành phần tham dự" hint="Để trống: “Đại diện lãnh đạo các đơn vị thành viên Cụm”.">
        <Textarea value={draft.attendees} resize="vertical" onChange={(_, data) => onEdit("attendees", data.value)} />
      </Field>
      <div className={styles.pair}>
        {text("votesFor", "Số phiếu đồng ý")}
        {text("votesTotal", "Tổng số phiếu")}
      </div>
      <MemberCombobox label={`Cụm trưởng ${next}`} value={draft.nextHead} members={memberNames(analysis)} onChange={(v) => onEdit("nextHead", v)} />
      <MemberCombobox label={`Cụm phó ${next}`} value={draft.nextDeputy} members={memberNames(analysis)} onChange={(v) => onEdit("nextDeputy", v)} />
      <IndicatorDropdown value={draft.keyIndicator} indicators={analysis.data.pledge?.indicators ?? []} onChange={(code) => onEdit("keyIndicator", code)} />
      {text("nextPledgeCount", `Số chỉ tiêu giao ước ${next}`, pledgeCountHint(analysis, draft))}
      <NextPledgeCheckbox year={year} checked={nextPledge} onChange={onNextPledge} />
      <div className={styles.actions}>
        <BusyButton
          appearance="primary"
          icon={<DocumentText20Regular />}
          busy={busy === "writeMinutes"}
          disabled={busy !== null || !ready}
          describedBy={ready ? undefined : "ly-do-chua-ghi-bien-ban"}
          onClick={onWrite}
        >
          Ghi trang Biên bản
        </BusyButton>
        <BusyButton
          icon={<DocumentArrowDown20Regular />}
          busy={busy === "docx"}
          disabled={busy !== null || !ready}
          describedBy={ready ? undefined : "ly-do-chua-ghi-bien-ban"}
          onClick={onDownload}
        >
          Tải biên bản (.docx)
        </BusyButton>
      </div>
      {!ready && <Caption1 id="ly-do-chua-ghi-bien-ban">Chưa ghi được: sửa các ô báo lỗi ở trên trước.</Caption1>}
      <div role="status">
        {state.written.minutes && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Đã ghi</MessageBarTitle>
              {state.written.minutes.map((s) => `“${s}”`).join(", ")}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}

function memberNames(analysis: Analysis): string[] {
  return analysis.data.reports.map((r) => r.member);
}

function pledgeCountHint(analysis: Analysis, draft: FormDraft): string | undefined {
  const count = analysis.data.pledge?.indicatorCount;
  return draft.nextPledgeCount === "" && count !== undefined ? `Để trống: ${count} chỉ tiêu như giao ước năm nay.` : undefined;
}
