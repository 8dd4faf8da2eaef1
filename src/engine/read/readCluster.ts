/** Workbooks → cluster data: information, pledge, member reports and every problem found on the way. */
import type { Finding } from "../findings";
import { makeFinding, NOWHERE } from "../findings/makeFinding";
import type { ClusterData, ClusterInfo, MemberReport, ReadOptions } from "../model";
import type { SheetSnapshot, WorkbookSnapshot } from "./snapshot";
import { sameMemberName } from "../text";
import { classifySheet, type SheetRole } from "./classifySheet";
import type { TableHeader } from "./findHeader";
import { LabelCache } from "./labelCache";
import { memberName } from "./memberName";
import type { PledgeIndex } from "./pledgeIndex";
import { DEFAULT_MERIT_COUNT, emptyInfo, readInfo, type InfoValues } from "./readInfo";
import { readPledge } from "./readPledge";
import { readReportSheet } from "./readReport";
import { SharedCells } from "./sharedCells";
import { titleFacts } from "./titleFacts";

interface Located {
  readonly file: string | null;
  readonly sheet: SheetSnapshot;
  readonly role: SheetRole;
  readonly book: number;
}

export function readCluster(workbooks: readonly WorkbookSnapshot[], options: ReadOptions = {}): ClusterData {
  const labels = new LabelCache();
  const cells = new SharedCells();
  const findings: Finding[] = [];
  // Appended one by one: push(...list) overflows the stack for very long lists (250 k rows).
  const add = (list: readonly Finding[]): void => {
    for (const f of list) findings.push(f);
  };
  for (const wb of workbooks) add(wb.findings ?? []);
  const sheets: Located[] = workbooks.flatMap((wb, book) =>
    wb.sheets.map((sheet) => ({ file: wb.file, sheet, role: classifySheet(sheet, labels), book })),
  );

  const pledgeBook = choosePledgeBook(workbooks, sheets, options.pledgeFile);
  const pledgeSheet = pledgeBook === null ? undefined : pickPledgeSheet(sheets.filter((s) => s.book === pledgeBook));
  let index: PledgeIndex | null = null;
  let pledge: ClusterData["pledge"] = null;
  if (pledgeSheet && pledgeSheet.role.kind === "pledge") {
    const read = readPledge(pledgeSheet.sheet, pledgeSheet.role.header, pledgeSheet.file, labels);
    pledge = read.pledge;
    index = read.index;
    add(read.findings);
  } else {
    findings.push(makeFinding("NO_PLEDGE_SHEET", "error", { ...NOWHERE, file: options.pledgeFile ?? null }, {}));
  }

  for (const wb of workbooks) {
    for (const skipped of wb.skipped ?? []) {
      const where = { ...NOWHERE, file: wb.file, sheet: skipped.name };
      findings.push(makeFinding("SHEET_TOO_LARGE", "warning", where, { cells: skipped.rows * skipped.columns }));
    }
  }

  const withTable = new Set(sheets.filter((s) => s.role.kind === "pledge" || s.role.kind === "report").map((s) => s.book));
  workbooks.forEach((wb, book) => {
    if (!withTable.has(book)) {
      findings.push(makeFinding("NO_REPORT_TABLE", "error", { ...NOWHERE, file: wb.file }, {}));
    }
  });

  const infoSheet = sheets.find((s) => s.role.kind === "info" && s.book === pledgeBook) ?? sheets.find((s) => s.role.kind === "info");
  let values: InfoValues = emptyInfo();
  if (infoSheet) {
    const read = readInfo(infoSheet.sheet, infoSheet.file, labels);
    values = read.values;
    add(read.findings);
  }

  const reports: MemberReport[] = [];
  // Names that are the same member ("huyện Kbang", "KBANG") end in the same word: compare within those buckets only.
  const byLastWord = new Map<string, MemberReport[]>();
  for (const s of sheets) {
    if (s.role.kind !== "report") continue;
    const member = memberName(s.sheet, s.role.header.top, s.file, labels, s.role.importedAs);
    const bucketKey = labels.fold(member).split(" ").pop() ?? "";
    const bucket = byLastWord.get(bucketKey) ?? [];
    const twin = bucket.find((r) => sameMemberName(r.member, member));
    if (twin) {
      const where = { file: s.file, sheet: s.sheet.name, cell: null, member };
      findings.push(makeFinding("DUPLICATE_MEMBER", "error", where, { first: { file: twin.file, sheet: twin.sheet } }));
      continue;
    }
    const read = readReportSheet({ sheet: s.sheet, header: s.role.header, file: s.file, member, index, labels, cells });
    reports.push(read.report);
    bucket.push(read.report);
    byLastWord.set(bucketKey, bucket);
    add(read.findings);
  }

  const info = completeInfo(values, options, tablesForTitles(pledgeSheet, sheets), labels);
  if (info.year === null) {
    findings.push(makeFinding("NO_YEAR", "warning", { ...NOWHERE, file: pledgeSheet?.file ?? null }, { text: null }));
  }
  return { info, pledge, reports, findings };
}

/** The workbook named by the user, else the first that has a pledge sheet. */
function choosePledgeBook(workbooks: readonly WorkbookSnapshot[], sheets: readonly Located[], pledgeFile: string | undefined): number | null {
  if (pledgeFile !== undefined) {
    const book = workbooks.findIndex((wb) => wb.file === pledgeFile);
    return book >= 0 ? book : null;
  }
  return sheets.find((s) => s.role.kind === "pledge")?.book ?? null;
}

/** One pledge per workbook: the first pledge sheet with a usable table, else the first pledge sheet. The tool's
 * own "Giao ước <N+1>" (tag pledge_…) is next year's: this year's pledge comes first when there is one. */
function pickPledgeSheet(sheets: readonly Located[]): Located | undefined {
  const isNext = (s: Located): boolean => s.sheet.tag?.startsWith("pledge_") === true;
  const pledges = sheets.filter((s) => s.role.kind === "pledge").sort((a, b) => Number(isNext(a)) - Number(isNext(b)));
  const usable = pledges.find((s) => {
    const c = s.role.kind === "pledge" ? s.role.header?.columns : undefined;
    return c !== undefined && c.code !== undefined && c.name !== undefined && c.maxPoints !== undefined;
  });
  return usable ?? pledges[0];
}

/** Tables whose titles may tell the year and cluster: the pledge first, then the reports. */
function tablesForTitles(pledgeSheet: Located | undefined, sheets: readonly Located[]): { sheet: SheetSnapshot; header: TableHeader }[] {
  const out: { sheet: SheetSnapshot; header: TableHeader }[] = [];
  if (pledgeSheet?.role.kind === "pledge" && pledgeSheet.role.header) out.push({ sheet: pledgeSheet.sheet, header: pledgeSheet.role.header });
  for (const s of sheets) if (s.role.kind === "report") out.push({ sheet: s.sheet, header: s.role.header });
  return out;
}

function completeInfo(
  values: InfoValues,
  options: ReadOptions,
  tables: readonly { sheet: SheetSnapshot; header: TableHeader }[],
  labels: LabelCache,
): ClusterInfo {
  let year = options.year ?? values.year;
  let clusterName = values.clusterName;
  for (const t of tables) {
    if (year !== null && clusterName !== null) break;
    const facts = titleFacts(t.sheet, t.header.top, labels);
    year = year ?? facts.year;
    clusterName = clusterName ?? facts.clusterName;
  }
  return { ...values, year, clusterName, meritCount: values.meritCount ?? DEFAULT_MERIT_COUNT };
}
