/** Step 1: a click on a finding takes the clerk to its cell (Excel), or says where to correct it (file). */
import { useCallback, type Dispatch } from "react";
import type { Finding } from "../../engine";
import type { WorkbookHost } from "../../hosts/host";
import { describeError } from "../describeError";
import type { PaneAction, SheetSource } from "../state/reducer";

/** `sources`: imported sheet → the member file and sheet it copies, cell for cell (importSheet keeps the addresses). */
export function useFindingNavigation(host: WorkbookHost, dispatch: Dispatch<PaneAction>, sources: Readonly<Record<string, SheetSource>>) {
  return useCallback(
    async (finding: Finding): Promise<void> => {
      if (finding.sheet === null) return;
      if (host.kind !== "office") {
        const source = sources[finding.sheet] ?? null;
        dispatch({ type: "findingShown", location: { file: finding.file, sheet: finding.sheet, cell: finding.cell, source } });
        return;
      }
      try {
        await host.selectCell(finding.sheet, finding.cell);
      } catch (error) {
        dispatch({ type: "taskFailed", error: describeError(error, "Không chọn được ô") });
      }
    },
    [host, dispatch, sources],
  );
}
