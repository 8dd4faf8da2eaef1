/** Step 3: write "Xếp hạng <năm>" and "Chi tiết điểm <năm>" (with "Đối chiếu điểm <năm>" when asked, and "Kiểm tra
 * <năm>" when there are findings), then show it. */
import { useCallback, type Dispatch } from "react";
import type { ConferenceForm, SheetSpec } from "../../engine";
import type { WorkbookHost } from "../../hosts/host";
import { describeError } from "../describeError";
import { useServices } from "../services";
import type { PaneAction } from "../state/reducer";
import type { AnalysedWorkbook } from "./analyseWorkbook";

/** `form`: the minutes form as typed, when valid: the ranking is signed by the same chair and secretary. */
export function useRankingWrite(host: WorkbookHost, dispatch: Dispatch<PaneAction>, refresh: () => Promise<AnalysedWorkbook>, form: ConferenceForm | null) {
  const services = useServices();

  return useCallback(async (options: { readonly comparison: boolean } = { comparison: false }): Promise<void> => {
    dispatch({ type: "taskStarted", task: "writeRanking" });
    try {
      // Re-read first: the clerk may have corrected cells since the preview, and the
      // same-name rule needs the sheets as they are now.
      const { snapshot, analysis } = await refresh();
      const [ranking, comparison, findings] = await Promise.all([
        services.rankingSheets(analysis.result, analysis.data, form),
        options.comparison ? services.comparisonSheet(analysis.result, analysis.data) : null,
        services.findingsSheet(analysis.result),
      ]);
      const plans: SheetSpec[] = [...ranking, ...(comparison ? [comparison] : []), ...(findings ? [findings] : [])];
      const plan = await services.resolveWrites(plans, snapshot.sheets);
      // The write itself shows the ranking: no round trip of its own to select it.
      const rankingSheet = plan.sheets.find((s) => s.spec.kind === "ranking")?.name ?? plan.activate;
      await host.write(plan, rankingSheet ? { select: { sheet: rankingSheet, cell: "A1" } } : {});
      dispatch({ type: "sheetsWritten", output: "ranking", sheets: plan.sheets.map((s) => s.name) });
      dispatch({ type: "taskFinished" });
    } catch (error) {
      dispatch({ type: "taskFailed", error: describeError(error, "Không ghi được trang Xếp hạng") });
    }
  }, [host, services, dispatch, refresh, form]);
}
