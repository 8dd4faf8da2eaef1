/** The cluster as read from the workbooks: information, pledge, member reports. */
import type { Finding } from "./findings";

export type Rule = "ratio" | "inverse" | "relative" | "pass" | "grade" | "direct" | "bonus" | "penalty" | "tiers";

/** Where an indicator's method came from (docs/so-lieu.md §2). "blank" is a table without a "Cách chấm" cell:
 * `rule` is then "ratio", and the blank-method rules of docs/cham-diem.md apply (full marks for an item with
 * adjustments and no figures, pass or grade words). "bands" and "options" are uncoded rows under the item
 * (bands make it `tiers`, "- Có: 3 điểm" rows make it `pass`); "columns" is a row whose only points sit under
 * Trừ or Thưởng (a `penalty` or `bonus` row). */
export type RuleSource = "given" | "blank" | "bands" | "options" | "columns";

/** One band of a `tiers` indicator (docs/cham-diem.md, "tiers"): value ≥ threshold (or > when strict) gives
 * `points`. The floor band ("dưới 96%", "còn lại") has threshold null. */
export interface Band {
  readonly threshold: number | null;
  readonly strict: boolean;
  readonly points: number;
  /** The band as written, to quote it. */
  readonly text: string;
}

/** The grade levels of docs/cham-diem.md ("grade"): HTXS/Xuất sắc, HTT/Tốt, HT/Khá, Trung bình, KHT/Yếu/Kém. */
export type GradeLevel = "excellent" | "good" | "fair" | "average" | "fail";

/** A grade share given by the pledge's "Mức điểm" cell: "HTT: 80%" is a share (0.8 of M), "Tốt: 8" points. */
export interface GradeShare {
  readonly level: GradeLevel;
  readonly value: number;
  /** true: `value` is a share of M in percent (80); false: `value` is points. */
  readonly percent: boolean;
}

/** A class of the classification ("Xếp loại" on the information sheet): the lowest percent of the maximum
 * that reaches it, or null for the last class without a threshold. Highest first, as written. */
export interface ClassThreshold {
  readonly name: string;
  readonly minPercent: number | null;
}

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
  /** "Xếp loại" / "Ngưỡng xếp loại": classes highest first; empty when the label is absent (no classification). */
  readonly classes: readonly ClassThreshold[];
}

export interface Indicator {
  /** Normalised code: "1", "1.2", "1a" (sub-item a of 1), "a4.1.1", "C1.2" (as written, without dots between
   * a letter and a digit kept or added: the code is compared by `segments`). Unique in the pledge. */
  readonly code: string;
  /** The code as segments (docs/so-lieu.md §2): runs of digits and of letters; letters lower case, đ → d.
   * "a4.1.1" → ["a", "4", "1", "1"], "a.7.1" and "a7.1" → ["a", "7", "1"], "1a" → ["1", "a"]. */
  readonly segments: readonly string[];
  /** Code (as Indicator.code / Heading.code) of the pledge row above it in the hierarchy, or null at the top. */
  readonly parentCode: string | null;
  /** For a `bonus` or `penalty` row inside an item: the code of the item (an indicator or a heading) it adjusts
   * (docs/cham-diem.md, "Adjustments"). It then counts in neither the maximum nor the met count. null for a
   * scored leaf and for a stand-alone bonus or penalty row. */
  readonly adjusts: string | null;
  /** Codes of this indicator's own adjustment rows (bonus and penalty children), in sheet order. */
  readonly adjustments: readonly string[];
  readonly name: string;
  readonly unit: string | null;
  readonly maxPoints: number;
  /** null when the rule text is not understood (an UNKNOWN_RULE finding exists). */
  readonly rule: Rule | null;
  readonly ruleText: string | null;
  readonly ruleSource: RuleSource;
  readonly bonusPerPercent: number | null;
  /** C: caps the bonus by b, and for an item with adjustments its whole bonus (own bonus + bonus children). */
  readonly bonusCap: number | null;
  readonly penaltyPerPercent: number | null;
  /** T, "Thưởng từ (%)": the bonus by b counts from r = T; null means 100. */
  readonly bonusFrom: number | null;
  /** "Trừ tối đa": the most a `penalty` row deducts, or for an item the most its penalty children deduct together.
   * From the column, else from the row's own text ("tối đa 1 điểm"), else from a "Ghi chú" row. */
  readonly penaltyCap: number | null;
  /** Bands of a `tiers` indicator (from the rule cell, "Mức điểm" or band rows below it), ordered from the lowest
   * threshold up (floor band first when there is one); empty when none. */
  readonly bands: readonly Band[];
  /** Grade shares from "Mức điểm" (docs/cham-diem.md, "Grade shares from the pledge"); empty when none. */
  readonly gradeShares: readonly GradeShare[];
  /** Bắt buộc (always false on bonus and penalty rows; a heading's passes to its leaves). */
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

/** An indicator that has scored children (docs/so-lieu.md §2, "Hierarchy"): not scored itself; its points are
 * the sum of its scored leaves plus its adjustments, floored at 0 (docs/cham-diem.md, "Headings with
 * adjustments"). Its leaves carry its Bắt buộc; "không giao" on its report row passes to them too. */
export interface Heading {
  readonly code: string;
  readonly segments: readonly string[];
  readonly name: string;
  /** Points written on the heading row, or null. A mismatch with its leaves is a PARENT_POINTS_MISMATCH warning. */
  readonly maxPoints: number | null;
  readonly parentCode: string | null;
  /** Direct children that are scored (headings or leaves), by code, in sheet order; adjustments are apart. */
  readonly children: readonly string[];
  /** Every scored leaf below it (Indicator codes, adjustments excluded), in sheet order. */
  readonly leaves: readonly string[];
  /** Adjustment rows of the heading itself (Indicator codes whose `adjusts` is this heading). */
  readonly adjustments: readonly string[];
  readonly bonusCap: number | null;
  readonly penaltyCap: number | null;
  readonly mandatory: boolean;
  readonly groupCode: string | null;
  readonly row: number;
}

export interface Pledge {
  readonly file: string | null;
  readonly sheet: string;
  readonly groups: readonly Group[];
  /** Scored leaves and bonus/penalty rows (stand-alone or adjustments: see Indicator.adjusts), in sheet order. */
  readonly indicators: readonly Indicator[];
  /** Indicators with scored children, in sheet order (outer before inner). Empty in a flat pledge. */
  readonly headings: readonly Heading[];
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

/** One value cell of a report row: what it means, and where it is. One object, not a cell and a reading: a read of
 * 500 reports × 200 rows keeps several hundred thousand of them (engine/read/parseCell.ts makes them). */
export type Field = ParsedCell & {
  /** A1 address, or null when the report has no such column. */
  readonly cell: string | null;
};

/** "Không giao", "KG", "Không áp dụng", "KAD", "N/A", "không có chỉ tiêu" in the plan or actual column
 * (docs/so-lieu.md §4): the indicator is not assigned to this member (docs/cham-diem.md, "Indicators not
 * assigned"). The field itself then holds that text. */
export interface NotAssigned {
  readonly field: "plan" | "actual";
  readonly cell: string | null;
  readonly text: string;
}

/** The rows the reader makes are views over a table of cells (engine/read/rowTable.ts): their value fields are
 * getters, so `{ ...row }` copies only code, row, reason, note and notAssigned. Copy the fields by name (as
 * engine/testing/plainRows.ts does) to change one. */
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
  /** The appraisal (Cụm chấm, Điểm thẩm định, Điểm phúc tra): for any method but `direct`, it is the points. */
  readonly clusterScore: Field;
  /** Lý do / Căn cứ chấm điểm / Lý do thẩm định: the reason an appraisal gives, or null. */
  readonly reason: string | null;
  readonly note: string | null;
  /** Set when the row (or, for a leaf, its heading's row) says the indicator is not assigned; else null. On an
   * adjustment row "không giao" means 0 cases and is read as such (this stays null). */
  readonly notAssigned: NotAssigned | null;
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
  /** Matched rows by indicator code (leaves and adjustments). An adjustment with no row, or whose cases are
   * written "Không phát sinh", "Không trừ", "Không cộng", "Không có", "Không", blank or 0, has a row (or none)
   * whose actual is the number 0: 0 cases, with no finding (docs/so-lieu.md §3). */
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
