/** Step 1: a click on a finding takes the clerk to its cell (Excel), or says where to correct it (file). */
import { useCallback, type Dispatch } from "react";
import type { Finding, MemberReport } from "../../engine";
import type { WorkbookHost } from "../../hosts/host";
import { describeError } from "../describeError";
import type { PaneAction, SheetSource } from "../state/reducer";

/**
 * `sources`: sheets imported in this session → the member file and sheet they copy, cell for cell (importSheet keeps
 * the addresses); `reports`: for sheets imported before, the source noted under the copy (MemberReport.importedFrom).
 */
export function useFindingNavigation(
  host: WorkbookHost,
  dispatch: Dispatch<PaneAction>,
  sources: Readonly<Record<string, SheetSource>>,
  reports: readonly MemberReport[],
) {
  return useCallback(
    async (finding: Finding): Promise<void> => {
      const { file, sheet, cell } = finding.where;
      if (sheet === null) return;
      if (host.kind !== "office") {
        const noted = reports.find((r) => r.sheet === sheet && r.file === file)?.importedFrom;
        const source = sources[sheet] ?? (noted?.file ? { file: noted.file, sheet: noted.sheet } : null);
        dispatch({ type: "findingShown", location: { file, sheet, cell, source } });
        return;
      }
      try {
        await host.selectCell(sheet, cell);
      } catch (error) {
        dispatch({ type: "taskFailed", error: describeError(error, "Không chọn được ô") });
      }
    },
    [host, dispatch, sources, reports],
  );
}
