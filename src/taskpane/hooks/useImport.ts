/** Step 2: bring member workbooks in as "TH <member>" sheets. All files are read first and
 * written in one host.write, because every Excel round trip is felt by the user. */
import { useCallback, type Dispatch } from "react";
import { makeFinding, NOWHERE, type SheetSpec } from "../../engine";
import type { WorkbookHost } from "../../hosts/host";
import { describeError } from "../describeError";
import { useServices, type PaneServices } from "../services";
import type { FileOutcome, PaneAction } from "../state/reducer";

/** The part of a browser File the pane uses (tests pass plain objects). */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

interface ReadFile {
  readonly file: string;
  readonly plans: readonly SheetSpec[];
  /** Plan tag → the member file's sheet it copies. */
  readonly sourceSheets: ReadonlyMap<string, string>;
}

export function useImport(host: WorkbookHost, dispatch: Dispatch<PaneAction>, afterImport: () => Promise<void>) {
  const services = useServices();

  return useCallback(
    async (files: readonly PickedFile[]): Promise<void> => {
      if (files.length === 0) return;
      dispatch({ type: "taskStarted", task: "import" });
      dispatch({ type: "importStarted", total: files.length });
      const read: ReadFile[] = [];
      for (const file of files) {
        const outcome = await readMemberFile(file, services);
        if ("message" in outcome) dispatch({ type: "fileImported", outcome: { file: file.name, status: "failed", message: outcome.message } });
        else read.push(outcome);
        dispatch({ type: "fileRead" });
      }
      try {
        await writeImports(host, services, dedupeMembers(read), dispatch);
        dispatch({ type: "taskFinished" });
      } catch (error) {
        const problem = describeError(error, "Không ghi được trang tổng hợp");
        for (const r of read) dispatch({ type: "fileImported", outcome: { file: r.file, status: "failed", message: problem.message } });
        dispatch({ type: "taskFailed", error: problem });
        return;
      }
      await afterImport();
    },
    [host, services, dispatch, afterImport],
  );
}

async function readMemberFile(file: PickedFile, services: PaneServices): Promise<ReadFile | { message: string }> {
  try {
    const snapshot = await services.readXlsx(await file.arrayBuffer(), file.name);
    const data = await services.readCluster([snapshot]);
    const plans: SheetSpec[] = [];
    const sourceSheets = new Map<string, string>();
    for (const report of data.reports) {
      const sheet = snapshot.sheets.find((s) => s.name === report.sheet);
      if (!sheet) continue;
      const plan = await services.importSheet(sheet, report.member, { file: file.name, sheet: sheet.name });
      plans.push(plan);
      sourceSheets.set(plan.tag, sheet.name);
    }
    if (plans.length === 0) {
      // A workbook with only a pledge table has no NO_REPORT_TABLE finding, yet nothing to import either.
      const why = data.findings.find((f) => f.code === "NO_REPORT_TABLE") ?? makeFinding("NO_REPORT_TABLE", "error", { ...NOWHERE, file: file.name }, {});
      return { message: await services.findingMessage(why) };
    }
    return { file: file.name, plans, sourceSheets };
  } catch (error) {
    return { message: describeError(error, "Không đọc được tệp").message };
  }
}

/** Two files for the same member would write the same sheet twice: the later file wins, and the
 * earlier one says so instead of claiming an import that was overwritten. */
function dedupeMembers(read: readonly ReadFile[]): { kept: ReadFile[]; dropped: FileOutcome[] } {
  const lastFileOfTag = new Map<string, string>();
  for (const r of read) for (const p of r.plans) lastFileOfTag.set(p.tag, r.file);
  const kept: ReadFile[] = [];
  const dropped: FileOutcome[] = [];
  for (const r of read) {
    const plans = r.plans.filter((p) => lastFileOfTag.get(p.tag) === r.file);
    const replacedBy = r.plans.map((p) => lastFileOfTag.get(p.tag)).find((f) => f !== r.file);
    if (plans.length > 0) kept.push({ ...r, plans });
    else
      dropped.push({
        file: r.file,
        status: "failed",
        superseded: true,
        message: `Đơn vị trong tệp này cũng có trong tệp “${replacedBy ?? ""}”; đã dùng số liệu của tệp đó.`,
      });
  }
  return { kept, dropped };
}

async function writeImports(
  host: WorkbookHost,
  services: PaneServices,
  { kept, dropped }: { kept: readonly ReadFile[]; dropped: readonly FileOutcome[] },
  dispatch: Dispatch<PaneAction>,
): Promise<void> {
  if (kept.length > 0) {
    const existing = (await host.readSnapshot()).sheets;
    const plan = await services.resolveWrites(
      kept.flatMap((r) => r.plans),
      existing,
    );
    await host.write(plan);
    for (const r of kept) {
      const written = plan.sheets.filter((s) => r.sourceSheets.has(s.spec.tag));
      const sources = written.map((s) => ({ sheet: s.name, sourceSheet: r.sourceSheets.get(s.spec.tag) ?? "" }));
      dispatch({ type: "fileImported", outcome: { file: r.file, status: "imported", sheets: written.map((s) => s.name), sources } });
    }
  }
  for (const outcome of dropped) dispatch({ type: "fileImported", outcome });
}
