import { makeStyles, Spinner, Text, Title3, tokens } from "@fluentui/react-components";
import { FolderOpen20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { describeError } from "../describeError";
import type { PickedFile } from "../hooks/useImport";
import { useServices, type FileWorkbook } from "../services";
import type { PaneError } from "../state/reducer";
import { ErrorBar } from "./ErrorBar";
import { FilePicker } from "./FilePicker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
});

export interface StartScreenProps {
  readonly onOpened: (workbook: FileWorkbook, memberFiles: readonly PickedFile[]) => void;
}

/** Standalone mode (no Excel): the clerk opens the cluster workbook, and member files with it if wanted. */
export function StartScreen({ onOpened }: StartScreenProps) {
  const styles = useStyles();
  const services = useServices();
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<PaneError | null>(null);

  const open = async (files: readonly File[]): Promise<void> => {
    const [first, ...rest] = files;
    if (!first) return;
    setOpening(true);
    setError(null);
    try {
      onOpened(await services.openXlsx(await first.arrayBuffer(), first.name), rest);
    } catch (e) {
      setError(describeError(e, "Không mở được tệp"));
      setOpening(false);
    }
  };

  return (
    <main className={styles.root}>
      <Title3 as="h1">Thi đua</Title3>
      <Text>
        Mở sổ của Cụm (tệp .xlsx có trang giao ước). Có thể chọn thêm cùng lúc các tệp báo cáo của đơn vị: tệp đầu tiên là sổ của
        Cụm, các tệp sau được nhập làm báo cáo đơn vị. Số liệu chỉ xử lý trên máy này, không gửi đi đâu.
      </Text>
      <div>
        <FilePicker
          label="Mở tệp .xlsx"
          inputLabel="Tệp .xlsx cần mở"
          appearance="primary"
          icon={<FolderOpen20Regular />}
          disabled={opening}
          onFiles={(files) => void open(files)}
        />
      </div>
      {opening && <Spinner size="small" label="Đang mở tệp…" />}
      {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
    </main>
  );
}
