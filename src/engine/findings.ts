/** Every problem is data, never an exception: see docs/so-lieu.md §5. */

export type Severity = "error" | "warning";

export type FindingCode =
  // workbook level
  | "NO_PLEDGE_SHEET"
  | "NO_REPORT_TABLE"
  | "NO_YEAR"
  | "FILE_UNREADABLE"
  | "SHEET_TOO_LARGE"
  | "CELLS_OUT_OF_RANGE"
  | "NO_MEMBER_REPORT"
  // pledge
  | "PLEDGE_MISSING_COLUMN"
  | "PLEDGE_EMPTY"
  | "UNKNOWN_RULE"
  | "INVALID_POINTS"
  | "DUPLICATE_CODE"
  | "GROUP_POINTS_MISMATCH"
  | "PARENT_POINTS_MISMATCH"
  | "TOTAL_POINTS_MISMATCH"
  // cell values
  | "NOT_A_NUMBER"
  | "EXCEL_ERROR"
  | "APPROXIMATE_VALUE"
  | "ENGLISH_DECIMAL"
  | "INVALID_DATE"
  // reports
  | "DUPLICATE_MEMBER"
  | "MISSING_INDICATOR"
  | "UNMATCHED_ROW"
  | "FUZZY_MATCH"
  | "DUPLICATE_ROW"
  // scoring
  | "MISSING_DATA"
  | "PLAN_NOT_POSITIVE"
  | "ATTAINMENT_FROM_REPORT"
  | "ATTAINMENT_MISMATCH"
  | "INVALID_PASS_VALUE"
  | "INVALID_GRADE_VALUE"
  | "DIRECT_CLAMPED"
  | "NEGATIVE_COUNT"
  | "RULE_NOT_SCORED"
  | "SELF_SCORE_DIFFERS"
  // proposals
  | "TIE_FOR_FIRST"
  | "LEADER_PASSED_OVER"
  | "MERIT_TIE"
  | "NO_ELIGIBLE_LEADER";

export interface Finding {
  readonly severity: Severity;
  readonly code: FindingCode;
  readonly file: string | null;
  readonly sheet: string | null;
  /** A1 address on that sheet, or null for a whole sheet. */
  readonly cell: string | null;
  readonly member: string | null;
  /** Vietnamese, for a clerk; quotes the offending text. */
  readonly message: string;
}
