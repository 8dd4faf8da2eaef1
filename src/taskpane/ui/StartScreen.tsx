import { makeStyles, Spinner, Text, Title3, tokens } from "@fluentui/react-components";
import { FolderOpen20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { describeError } from "../describeError";
import type { PickedFile } from "../hooks/useImport";
import type { FileWorkbook } from "../../hosts/host";
import { useServices, type PaneServices } from "../services";
import type { PaneError } from "../state/reducer";
import { ErrorBar } from "./ErrorBar";
import { FilePicker } from "./FilePicker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
});

/**
 * Browsers do not keep the order in which several files were picked, so the cluster workbook is found by
 * its content: a file with a pledge sheet and no member report (member files may carry a copy of the
 * pledge from the template), else the first file with a pledge, else the first file.
 */
async function clusterWorkbookIndex(files: readonly File[], services: PaneServices): Promise<number> {
  if (files.length < 2) return 0;
  let withPledge = -1;
  for (const [i, file] of files.entries()) {
    let data;
    try {
      data = await services.readCluster([await services.readXlsx(await file.arrayBuffer(), file.name)]);
    } catch {
      continue; // an unreadable file gets its own message when it is opened or imported
    }
    if (data.pledge === null) continue;
    if (data.reports.length === 0) return i;
    if (withPledge < 0) withPledge = i;
  }
  return Math.max(withPledge, 0);
}

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
    if (files.length === 0) return;
    setOpening(true);
    setError(null);
    try {
      const index = await clusterWorkbookIndex(files, services);
      const cluster = files[index] as File;
      const members = files.filter((_, i) => i !== index);
      onOpened(await services.openXlsx(await cluster.arrayBuffer(), cluster.name), members);
    } catch (e) {
      setError(describeError(e, "Không mở được tệp"));
      setOpening(false);
    }
  };

  return (
    <main className={styles.root}>
      <Title3 as="h1">Thi đua</Title3>
      <Text>
        Mở sổ của Cụm (tệp .xlsx có trang giao ước). Có thể chọn thêm cùng lúc các tệp báo cáo của đơn vị: tệp có trang giao ước
        (mà không có báo cáo) được dùng làm sổ của Cụm, các tệp còn lại được nhập làm báo cáo đơn vị. Số liệu chỉ xử lý trên máy này, không gửi đi đâu.
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
