/** Standalone mode: the workbook with the tool's sheets goes back to the user as a download. */
import { useCallback, type Dispatch } from "react";
import { describeError } from "../describeError";
import { XLSX_MIME, downloadBytes, resultFileName } from "../download";
import type { FileWorkbook } from "../../hosts/host";
import type { PaneAction } from "../state/reducer";

export function useSaveWorkbook(workbook: FileWorkbook | null, dispatch: Dispatch<PaneAction>) {
  return useCallback(async (): Promise<void> => {
    if (!workbook) return;
    dispatch({ type: "taskStarted", task: "save" });
    try {
      downloadBytes(await workbook.toBuffer(), resultFileName(workbook.fileName), XLSX_MIME);
      dispatch({ type: "taskFinished" });
    } catch (error) {
      dispatch({ type: "taskFailed", error: describeError(error, "Không tạo được tệp kết quả") });
    }
  }, [workbook, dispatch]);
}
