import { Field, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { ArrowUpload20Regular } from "@fluentui/react-icons";
import type { FileOutcome, PaneState } from "../../state/reducer";
import { FilePicker } from "../../ui/FilePicker";
import { ImportResults } from "./ImportResults";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface ImportStepProps {
  readonly state: PaneState;
  readonly onFiles: (files: readonly File[]) => void;
}

export function ImportStep({ state, onFiles }: ImportStepProps) {
  const styles = useStyles();
  const { imports, busy } = state;
  const running = busy === "import" && imports !== null;
  return (
    <section className={styles.root} aria-label="Tổng hợp">
      <Text>
        Chọn các tệp .xlsx mà đơn vị thành viên gửi (chọn được nhiều tệp). Báo cáo của mỗi đơn vị được chép vào sổ thành trang
        “TH &lt;tên đơn vị&gt;”; nhập lại thì trang cũ được thay, không bị trùng.
      </Text>
      <div>
        <FilePicker
          label="Chọn tệp của đơn vị"
          inputLabel="Tệp báo cáo của đơn vị"
          appearance="primary"
          icon={<ArrowUpload20Regular />}
          disabled={busy !== null}
          onFiles={onFiles}
        />
      </div>
      {running && (
        <Field
          label="Tiến độ"
          validationState="none"
          validationMessage={imports.read < imports.total ? `Đang đọc tệp ${imports.read + 1}/${imports.total}…` : "Đang ghi vào sổ…"}
        >
          <ProgressBar value={imports.read} max={imports.total} />
        </Field>
      )}
      {imports && imports.files.length > 0 && <ImportResults files={imports.files} />}
      <div role="status">{imports && !running && imports.files.length > 0 && <Text>{importSummary(imports.files)}</Text>}</div>
    </section>
  );
}

/** One sentence for screen readers once the import is over: "Đã nhập 4 tệp; 1 tệp lỗi." */
function importSummary(files: readonly FileOutcome[]): string {
  const imported = files.filter((f) => f.status === "imported").length;
  const failed = files.length - imported;
  return failed === 0 ? `Đã nhập ${imported} tệp.` : `Đã nhập ${imported} tệp; ${failed} tệp lỗi.`;
}
