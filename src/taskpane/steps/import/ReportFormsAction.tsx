import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular, DocumentTable20Regular } from "@fluentui/react-icons";
import type { WorkbookHost } from "../../../hosts/host";
import { useReportForms } from "../../hooks/useReportForms";
import type { Analysis } from "../../state/reducer";
import { BusyButton } from "../../ui/BusyButton";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: "none" },
});

export interface ReportFormsActionProps {
  readonly host: WorkbookHost;
  readonly mode: "office" | "file";
  readonly analysis: Analysis | null;
  /** Another task of the pane is running. */
  readonly disabled: boolean;
}

/** Before the year's reports come in: one form per member, made from the pledge, so that they read back cleanly. */
export function ReportFormsAction({ host, mode, analysis, disabled }: ReportFormsActionProps) {
  const styles = useStyles();
  const { state, make, download } = useReportForms(host, mode, analysis);
  return (
    <section className={styles.root} aria-label="Mẫu báo cáo">
      <Subtitle2>Mẫu báo cáo cho các đơn vị</Subtitle2>
      <Text>
        Mỗi đơn vị trong “Thứ tự luân phiên” nhận một tệp .xlsx: trang “Báo cáo” lập từ bảng giao ước, chỉ nhận số hoặc chữ hợp lệ ở
        các ô cần điền, kèm bản sao giao ước. Báo cáo gửi về theo mẫu này đọc được ngay, không lệch dòng, lệch cột.
      </Text>
      <div>
        <BusyButton icon={<DocumentTable20Regular />} busy={state.status === "busy"} disabled={disabled || state.status === "busy"} onClick={() => void make()}>
          Tạo mẫu báo cáo
        </BusyButton>
      </div>
      {state.status === "failed" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{state.error.title}</MessageBarTitle>
            {state.error.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "ready" && state.zip !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Đã tải {state.zip}</MessageBarTitle>
            {state.forms.length} mẫu báo cáo: {state.forms.map((f) => f.member).join(", ")}.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "ready" && state.zip === null && (
        <ul className={styles.list} aria-label="Mẫu báo cáo đã tạo">
          {state.forms.map((f) => (
            <li key={f.fileName}>
              <Button appearance="subtle" icon={<ArrowDownload20Regular />} onClick={() => download(f)}>
                Tải mẫu của {f.member}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
