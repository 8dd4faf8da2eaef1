/**
 * Report forms (mẫu báo cáo): one workbook per member, made from the pledge, so that what the members send back
 * reads cleanly by construction. Each holds the "Báo cáo" sheet to fill in and the pledge sheet, copied.
 */
import type { ClusterData } from "../model";
import type { SheetSnapshot, WorkbookSnapshot } from "../read/snapshot";
import { findHeader } from "../read/findHeader";
import { LabelCache } from "../read/labelCache";
import { fold, sameMemberName } from "../text";
import { pledgeCopy } from "./pledgeCopy";
import { REPORT_SHEET, reportFormSheet } from "./reportFormSheet";
import type { SheetSpec } from "./sheetSpec";

export interface ReportForm {
  readonly member: string;
  /** "bao-cao-2024-huyen-dak-doa.xlsx" */
  readonly fileName: string;
  /** In tab order: "Báo cáo", then the pledge. */
  readonly sheets: readonly SheetSpec[];
}

export type ReportFormsResult =
  | { readonly ok: true; readonly forms: readonly ReportForm[] }
  /** "no-pledge": no readable pledge table; "no-members": no rotation list and none given. */
  | { readonly ok: false; readonly reason: "no-pledge" | "no-members" };

/**
 * The members are those given, else the information sheet's rotation list ("Thứ tự luân phiên").
 * `workbooks` are the snapshots the data was read from (the pledge sheet is copied from them).
 */
export function reportForms(data: ClusterData, workbooks: readonly WorkbookSnapshot[], members: readonly string[] = []): ReportFormsResult {
  const pledge = data.pledge;
  const pledgeSheet = pledgeSheetOf(data, workbooks);
  const labels = new LabelCache();
  const header = pledgeSheet === null ? null : findHeader(pledgeSheet, labels);
  if (pledge === null || pledgeSheet === null || header === null || pledge.indicators.length === 0) return { ok: false, reason: "no-pledge" };
  const names = distinct(members.length > 0 ? members : data.info.rotation);
  if (names.length === 0) return { ok: false, reason: "no-members" };

  const year = data.info.year;
  // Two sheets of a workbook cannot share a name: a pledge that happens to be called "Báo cáo" is copied as "Giao ước".
  const copyName = fold(pledge.sheet) === fold(REPORT_SHEET) ? "Giao ước" : pledge.sheet;
  const copy = pledgeCopy(pledgeSheet, header, { kind: "form", tag: "form_pledge", name: copyName, protection: { allowFormatColumns: true, allowFormatRows: true } });
  const forms = names.map((member) => ({
    member,
    fileName: formFileName(member, year),
    sheets: [reportFormSheet({ pledge, pledgeSheet, header, member, year, clusterName: data.info.clusterName }, labels), copy],
  }));
  return { ok: true, forms };
}

/** The sheet the pledge was read from, among the snapshots the data was read from. */
export function pledgeSheetOf(data: ClusterData, workbooks: readonly WorkbookSnapshot[]): SheetSnapshot | null {
  const pledge = data.pledge;
  if (pledge === null) return null;
  return workbooks.find((w) => w.file === pledge.file)?.sheets.find((s) => s.name === pledge.sheet) ?? null;
}

/** "huyện Đak Đoa", 2024 → "bao-cao-2024-huyen-dak-doa.xlsx": ASCII, so that every mail system keeps it. */
export function formFileName(member: string, year: number | null): string {
  const slug = fold(member).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "don-vi";
  return `bao-cao-${year === null ? "" : `${year}-`}${slug}.xlsx`;
}

/** The same member written twice ("huyện Kbang", "Huyện KBang") gets one form. */
function distinct(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names.map((m) => m.trim()).filter((m) => m !== "")) if (!out.some((o) => sameMemberName(o, n))) out.push(n);
  return out;
}
