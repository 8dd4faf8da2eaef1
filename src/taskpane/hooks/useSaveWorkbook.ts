/**
 * Standalone mode: the workbook goes back to the user as a download, with the results as they are now: the
 * ranking, its detail, the findings and the minutes are computed again and written just before, so skipping
 * "Ghi trang Xếp hạng" or editing the form afterwards never leaves the file behind (downloadContents says so).
 */
import { useCallback, type Dispatch } from "react";
import type { ConferenceForm, SheetSpec } from "../../engine";
import type { FileWorkbook } from "../../hosts/host";
import { describeError } from "../describeError";
import { downloadBytes, resultFileName, workbookMime } from "../download";
import { useServices } from "../services";
import type { PaneAction } from "../state/reducer";
import type { AnalysedWorkbook } from "./analyseWorkbook";

export function useSaveWorkbook(
  workbook: FileWorkbook | null,
  dispatch: Dispatch<PaneAction>,
  refresh: () => Promise<AnalysedWorkbook>,
  form: ConferenceForm | null,
) {
  const services = useServices();
  return useCallback(async (): Promise<void> => {
    if (!workbook) return;
    dispatch({ type: "taskStarted", task: "save" });
    try {
      const { snapshot, analysis, form: prefilled } = await refresh();
      const { result, data } = analysis;
      if (data.pledge !== null && data.reports.length > 0) {
        const signed = form ?? prefilled;
        const [ranking, findings, minutes] = await Promise.all([
          services.rankingSheets(result, data, signed),
          services.findingsSheet(result),
          services.minutesSheet(result, data, signed),
        ]);
        const plans: SheetSpec[] = [...ranking, ...(findings ? [findings] : []), minutes];
        const plan = await services.resolveWrites(plans, snapshot.sheets);
        await workbook.write(plan);
        const names = (kinds: readonly string[]): string[] => plan.sheets.filter((s) => kinds.includes(s.spec.kind)).map((s) => s.name);
        dispatch({ type: "sheetsWritten", output: "ranking", sheets: names(["ranking", "detail", "findings"]) });
        dispatch({ type: "sheetsWritten", output: "minutes", sheets: names(["minutes"]) });
      }
      const name = resultFileName(workbook.fileName);
      downloadBytes(await workbook.toBuffer(), name, workbookMime(name));
      dispatch({ type: "saved" });
      dispatch({ type: "taskFinished" });
    } catch (error) {
      dispatch({ type: "taskFailed", error: describeError(error, "Không tạo được tệp kết quả") });
    }
  }, [workbook, dispatch, refresh, form, services]);
}
