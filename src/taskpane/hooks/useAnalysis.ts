/** Step 1: read and check the workbook. */
import { useCallback, type Dispatch } from "react";
import type { WorkbookHost } from "../../hosts/host";
import { describeError } from "../describeError";
import { useServices } from "../services";
import type { PaneAction } from "../state/reducer";
import { analyseWorkbook, type AnalysedWorkbook } from "./analyseWorkbook";

export function useAnalysis(host: WorkbookHost, yearText: string, dispatch: Dispatch<PaneAction>) {
  const services = useServices();

  /** Reads and dispatches the analysis; the caller owns the busy state. Throws host failures. */
  const refresh = useCallback(async (): Promise<AnalysedWorkbook> => {
    const analysed = await analyseWorkbook(host, services, yearText);
    dispatch({ type: "analysed", analysis: analysed.analysis, form: analysed.form });
    return analysed;
  }, [host, services, yearText, dispatch]);

  const analyse = useCallback(async (): Promise<void> => {
    dispatch({ type: "taskStarted", task: "analyse" });
    try {
      await refresh();
      dispatch({ type: "taskFinished" });
    } catch (error) {
      dispatch({ type: "taskFailed", error: describeError(error, "Không đọc được sổ") });
    }
  }, [refresh, dispatch]);

  return { analyse, refresh };
}
