/** The cluster as read from the workbooks: information, pledge, member reports. */
import type { Finding } from "./findings";

export type Rule = "ratio" | "inverse" | "relative" | "pass" | "grade" | "direct" | "bonus" | "penalty";

export interface SimpleDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface ClusterInfo {
  /** e.g. "Cụm thi đua số 2" */
  readonly clusterName: string | null;
  /** e.g. "UBND tỉnh Gia Lai" */
  readonly authority: string | null;
  readonly year: number | null;
  readonly head: string | null;
  readonly deputy: string | null;
  /** Rotation order ("Thứ tự luân phiên"); empty when not given. */
  readonly rotation: readonly string[];
  /** Member names in the order the information sheet lists them (rotation or other list), else empty. */
  readonly meritCount: number;
  readonly conferenceDate: SimpleDate | null;
  /** The conference time as written ("8 giờ 00, ngày 12/02/2025"), or null. */
  readonly conferenceText: string | null;
  readonly place: string | null;
  readonly chair: string | null;
  readonly secretary: string | null;
  readonly attendees: string | null;
}

export interface Indicator {
  /** Normalised code: "1", "1.2", "1a" (sub-item a of 1). Unique in the pledge. */
  readonly code: string;
  readonly name: string;
  readonly unit: string | null;
  readonly maxPoints: number;
  /** null when the rule text is not understood (an UNKNOWN_RULE finding exists). */
  readonly rule: Rule | null;
  readonly ruleText: string | null;
  readonly bonusPerPercent: number | null;
  readonly bonusCap: number | null;
  readonly penaltyPerPercent: number | null;
  readonly mandatory: boolean;
  /** Code of the task group ("I", "II", …) or null when the pledge has no groups. */
  readonly groupCode: string | null;
  /** Sheet row (1-based) of the indicator in the pledge sheet. */
  readonly row: number;
}

export interface Group {
  readonly code: string;
  readonly name: string;
}

export interface Pledge {
  readonly file: string | null;
  readonly sheet: string;
  readonly groups: readonly Group[];
  /** Scored leaves, in sheet order. */
  readonly indicators: readonly Indicator[];
  /** Indicators as the pledge counts them (a heading with sub-items counts once). */
  readonly indicatorCount: number;
}

export type ParsedCell =
  | { readonly kind: "blank" }
  /** value in the cell's own units; percent cells are already ×100 (0.0332 formatted % → 3.32, percent: true). */
  | { readonly kind: "number"; readonly value: number; readonly percent: boolean; readonly approximate: boolean }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "bool"; readonly value: boolean }
  | { readonly kind: "error"; readonly text: string };

export interface Field {
  /** A1 address, or null when the report has no such column. */
  readonly cell: string | null;
  readonly value: ParsedCell;
}

export interface ReportRow {
  /** Code of the pledged indicator this row matched. */
  readonly indicatorCode: string;
  /** Sheet row, 1-based. */
  readonly row: number;
  readonly plan: Field;
  readonly actual: Field;
  readonly attainment: Field;
  readonly growth: Field;
  readonly selfScore: Field;
  readonly clusterScore: Field;
  readonly note: string | null;
}

/** The member's own file and sheet that an imported "TH <member>" sheet copies, cell for cell. */
export interface ImportSource {
  readonly file: string | null;
  readonly sheet: string;
}

export interface MemberReport {
  readonly member: string;
  readonly file: string | null;
  readonly sheet: string;
  /** When this report is an imported copy: the original (engine/read/sourceNote.ts); its cells have the same addresses. */
  readonly importedFrom?: ImportSource;
  /** Matched rows by indicator code. */
  readonly rows: Readonly<Record<string, ReportRow>>;
}

export interface ClusterData {
  readonly info: ClusterInfo;
  readonly pledge: Pledge | null;
  /** In workbook order (files in the order given, sheets in tab order). */
  readonly reports: readonly MemberReport[];
  readonly findings: readonly Finding[];
}

export interface ReadOptions {
  /** File name of the workbook that holds the pledge (CLI --pledge). */
  readonly pledgeFile?: string;
  /** Year given by the user (CLI --year, task pane form); wins over the workbook. */
  readonly year?: number;
}
