/** Workbooks → cluster data: information, pledge, member reports and every problem found on the way. */
import type { Finding } from "../findings";
import type { ClusterData, ClusterInfo, MemberReport, ReadOptions } from "../model";
import type { SheetSnapshot, WorkbookSnapshot } from "./snapshot";
import { sameMemberName } from "../text";
import { classifySheet, type SheetRole } from "./classifySheet";
import type { TableHeader } from "./findHeader";
import { LabelCache } from "./labelCache";
import { memberName } from "./memberName";
import type { PledgeIndex } from "./pledgeIndex";
import { emptyInfo, readInfo, type InfoValues } from "./readInfo";
import { readPledge } from "./readPledge";
import { readReport } from "./readReport";
import { SharedCells } from "./sharedCells";
import { titleFacts } from "./titleFacts";

const DEFAULT_MERIT_COUNT = 2;

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
    const where = options.pledgeFile !== undefined ? ` trong tệp "${options.pledgeFile}"` : "";
    findings.push({
      severity: "error",
      code: "NO_PLEDGE_SHEET",
      file: options.pledgeFile ?? null,
      sheet: null,
      cell: null,
      member: null,
      message: `Không tìm thấy sheet giao ước thi đua${where}: cần một sheet tên "Giao ước" (hoặc có "tiêu chí", "thang điểm", "bảng điểm"), hay một bảng có cột Điểm chuẩn và Cách chấm.`,
    });
  }

  const withTable = new Set(sheets.filter((s) => s.role.kind === "pledge" || s.role.kind === "report").map((s) => s.book));
  workbooks.forEach((wb, book) => {
    if (!withTable.has(book)) {
      const name = wb.file !== null ? `Tệp "${wb.file}"` : "Sổ tính này";
      findings.push({
        severity: "error",
        code: "NO_REPORT_TABLE",
        file: wb.file,
        sheet: null,
        cell: null,
        member: null,
        message: `${name}: không tìm thấy bảng báo cáo: cần các cột như Chỉ tiêu, Thực hiện.`,
      });
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
      findings.push({
        severity: "error",
        code: "DUPLICATE_MEMBER",
        file: s.file,
        sheet: s.sheet.name,
        cell: null,
        member,
        message: `Đơn vị "${member}" có hai báo cáo: sheet "${twin.sheet}"${fileNote(twin.file)} và sheet "${s.sheet.name}"${fileNote(s.file)}; chỉ dùng báo cáo đầu tiên.`,
      });
      continue;
    }
    const read = readReport(s.sheet, s.role.header, s.file, member, index, labels, cells);
    reports.push(read.report);
    bucket.push(read.report);
    byLastWord.set(bucketKey, bucket);
    add(read.findings);
  }

  const info = completeInfo(values, options, tablesForTitles(pledgeSheet, sheets), labels);
  if (info.year === null) {
    findings.push({
      severity: "warning",
      code: "NO_YEAR",
      file: pledgeSheet?.file ?? null,
      sheet: null,
      cell: null,
      member: null,
      message: `Không tìm thấy năm đánh giá: hãy ghi "Năm" trong sheet Thông tin, ghi "NĂM 2024" trong tiêu đề bảng, hoặc nhập năm khi chạy.`,
    });
  }
  return { info, pledge, reports, findings };
}

function fileNote(file: string | null): string {
  return file === null ? "" : ` (tệp ${file})`;
}

/** The workbook named by the user, else the first that has a pledge sheet. */
function choosePledgeBook(workbooks: readonly WorkbookSnapshot[], sheets: readonly Located[], pledgeFile: string | undefined): number | null {
  if (pledgeFile !== undefined) {
    const book = workbooks.findIndex((wb) => wb.file === pledgeFile);
    return book >= 0 ? book : null;
  }
  return sheets.find((s) => s.role.kind === "pledge")?.book ?? null;
}

/** One pledge per workbook: the first pledge sheet with a usable table, else the first pledge sheet. */
function pickPledgeSheet(sheets: readonly Located[]): Located | undefined {
  const pledges = sheets.filter((s) => s.role.kind === "pledge");
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
