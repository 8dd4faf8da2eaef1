import { buildMinutes, type ClusterData, type Finding, makeFinding, NOWHERE, type ClusterResult, defaultConferenceForm, type MemberReport, type MinutesModel, readCluster, type ReadOptions, sameMemberName, scoreCluster, type SheetSpec, type WorkbookSnapshot } from "../engine";
import { importSheet } from "../engine/sheets";

export interface PipelineRun {
  readonly data: ClusterData;
  readonly result: ClusterResult;
  readonly minutes: MinutesModel;
  /** The snapshots actually read (the first may lose imports that later files bring again). */
  readonly workbooks: readonly WorkbookSnapshot[];
}

export function runPipeline(workbooks: readonly WorkbookSnapshot[], options: ReadOptions): PipelineRun {
  const read = withoutStaleImports(workbooks, options);
  const data = read.data.reports.length === 0 && read.data.pledge !== null ? { ...read.data, findings: [...read.data.findings, NO_MEMBER_REPORT] } : read.data;
  const result = scoreCluster(data);
  const minutes = buildMinutes(result, read.data, defaultConferenceForm(read.data, result));
  return { ...read, data, result, minutes };
}

const NO_MEMBER_REPORT: Finding = makeFinding("NO_MEMBER_REPORT", "error", NOWHERE, {});

/** A re-run that passes the result workbook together with member files: the member reports the
 * first workbook already holds as "TH <member>" sheets are replaced by the files' newer reports
 * instead of counting twice. */
function withoutStaleImports(workbooks: readonly WorkbookSnapshot[], options: ReadOptions): { data: ClusterData; workbooks: readonly WorkbookSnapshot[] } {
  const data = readCluster(workbooks, options);
  const [first, ...others] = workbooks;
  const imported = new Set(first?.sheets.filter((s) => s.tag?.startsWith("import_")).map((s) => s.name));
  if (first === undefined || others.length === 0 || imported.size === 0) return { data, workbooks };
  // The full read keeps the first of two reports of one member, so the files' members are read apart.
  const probe = readCluster([{ ...first, sheets: first.sheets.filter((s) => !imported.has(s.name)) }, ...others], options);
  const fresh = probe.reports.filter((r) => r.file !== first.file).map((r) => r.member);
  const stale = new Set(
    data.reports
      .filter((r) => r.file === first.file && imported.has(r.sheet) && fresh.some((m) => sameMemberName(m, r.member)))
      .map((r) => r.sheet),
  );
  if (stale.size === 0) return { data, workbooks };
  const trimmed = [{ ...first, sheets: first.sheets.filter((s) => !stale.has(s.name)) }, ...others];
  return { data: readCluster(trimmed, options), workbooks: trimmed };
}

/** The "TH <member>" plans for the reports that come from files other than the first. */
export function importSheets(run: PipelineRun): { readonly report: MemberReport; readonly plan: SheetSpec }[] {
  const first = run.workbooks[0]?.file ?? null;
  return run.data.reports
    .filter((r) => r.file !== first)
    .flatMap((r) => {
      const sheet = run.workbooks.find((w) => w.file === r.file)?.sheets.find((s) => s.name === r.sheet);
      // The note under the copy names the member file and sheet, for findings read from the result later.
      return sheet ? [{ report: r, plan: importSheet(sheet, r.member, { file: r.file, sheet: r.sheet }) }] : [];
    });
}
