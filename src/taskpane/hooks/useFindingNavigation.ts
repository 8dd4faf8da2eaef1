/** Step 1: a click on a finding takes the clerk to its cell (Excel), or says where it is (file). */
import { useCallback, type Dispatch } from "react";
import type { Finding } from "../../engine";
import type { WorkbookHost } from "../../hosts/host";
import { describeError } from "../describeError";
import type { PaneAction } from "../state/reducer";

export function useFindingNavigation(host: WorkbookHost, dispatch: Dispatch<PaneAction>) {
  return useCallback(
    async (finding: Finding): Promise<void> => {
      const { file, sheet, cell } = finding.where;
      if (sheet === null) return;
      if (host.kind !== "office") {
        dispatch({ type: "findingShown", location: { file, sheet, cell } });
        return;
      }
      try {
        await host.selectCell(sheet, cell);
      } catch (error) {
        dispatch({ type: "taskFailed", error: describeError(error, "Không chọn được ô") });
      }
    },
    [host, dispatch],
  );
}
