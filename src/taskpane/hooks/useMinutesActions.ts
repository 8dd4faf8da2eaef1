/** Step 4: the minutes as a sheet in the workbook, or as a Word file. */
import { useCallback, type Dispatch } from "react";
import type { WorkbookHost } from "../../hosts/host";
import { describeError } from "../describeError";
import { DOCX_MIME, downloadBytes } from "../download";
import { useServices } from "../services";
import { formFromDraft, type FormDraft } from "../state/formDraft";
import type { Analysis, PaneAction } from "../state/reducer";

export function useMinutesActions(
  host: WorkbookHost,
  analysis: Analysis | null,
  draft: FormDraft | null,
  dispatch: Dispatch<PaneAction>,
  /** Also write "Giao ước <N+1>" with the minutes. */
  nextPledge = false,
) {
  const services = useServices();
  const parsed = draft ? formFromDraft(draft) : null;
  const form = parsed?.ok ? parsed.form : null;

  const writeMinutes = useCallback(async (): Promise<void> => {
    if (!analysis || !form) return;
    dispatch({ type: "taskStarted", task: "writeMinutes" });
    try {
      const snapshot = await host.readSnapshot();
      const next = nextPledge ? await services.nextPledgeSheet(analysis.data, [snapshot]) : null;
      if (nextPledge && next === null) {
        dispatch({ type: "taskFailed", error: { title: "Chưa ghi được giao ước năm sau", message: "Sổ chưa có bảng giao ước đọc được, hoặc chưa biết năm đánh giá, để chép sang năm sau." } });
        return;
      }
      const plan = await services.resolveWrites([await services.minutesSheet(analysis.result, analysis.data, form), ...(next ? [next] : [])], snapshot.sheets);
      await host.write(plan);
      const sheet = plan.sheets[0]?.name;
      if (sheet) await host.selectCell(sheet, null);
      dispatch({ type: "sheetsWritten", output: "minutes", sheets: plan.sheets.map((s) => s.name) });
      dispatch({ type: "taskFinished" });
    } catch (error) {
      dispatch({ type: "taskFailed", error: describeError(error, "Không ghi được trang Biên bản") });
    }
  }, [host, services, analysis, form, dispatch, nextPledge]);

  const downloadDocx = useCallback(async (): Promise<void> => {
    if (!analysis || !form) return;
    dispatch({ type: "taskStarted", task: "docx" });
    try {
      const bytes = await services.minutesDocx(analysis.result, analysis.data, form);
      downloadBytes(bytes, docxFileName(analysis.result.year), DOCX_MIME);
      dispatch({ type: "taskFinished" });
    } catch (error) {
      dispatch({ type: "taskFailed", error: describeError(error, "Không tạo được tệp biên bản") });
    }
  }, [services, analysis, form, dispatch]);

  return { writeMinutes, downloadDocx, form, errors: parsed && !parsed.ok ? parsed.errors : {}, ready: form !== null && analysis !== null };
}

export function docxFileName(year: number | null): string {
  return year === null ? "bien-ban.docx" : `bien-ban-${year}.docx`;
}
