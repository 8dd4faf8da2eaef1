/**
 * Every problem is data, never an exception (docs/so-lieu.md §5): a finding is its code, its severity, where it
 * is, and the facts that code needs (the text quoted, the figures compared, the names). Its sentence is made
 * only when someone reads it, by findingMessage (./messages.ts): there is no sentence in here.
 */

export type Severity = "error" | "warning";

/** Where a finding points. Kept apart from the facts so that no sentence and no parameter repeats it. */
export interface Where {
  readonly file: string | null;
  readonly sheet: string | null;
  /** A1 address on that sheet, or null for a whole sheet. */
  readonly cell: string | null;
  readonly member: string | null;
}

/** An indicator as a finding names it: "chỉ tiêu 3 "Tổng giá trị sản xuất"". */
export interface IndicatorRef {
  readonly code: string;
  readonly name: string;
}

/** Numeric cells of the pledge sheet. */
export type PledgeNumberField =
  | "maxPoints"
  | "bonusPerPercent"
  | "bonusCap"
  | "penaltyPerPercent"
  | "bonusFrom"
  | "penaltyCap"
  | "bonusPoints"
  | "penaltyPoints";
/** Value cells of a member report row. */
export type ValueField = "plan" | "actual" | "attainment" | "growth" | "selfScore" | "clusterScore";
/** Which cell a cell-value finding is about: a pledge number, a report value, or the information sheet's merit count. */
export type CellField = PledgeNumberField | ValueField | "meritCount";

/** The pledge columns without which there is no pledge. */
export type RequiredPledgeColumn = "code" | "name" | "maxPoints";

/** Why a file could not be opened at all. */
export type UnreadableProblem = "empty" | "notXlsx" | "encrypted" | "corrupt" | "tooLarge" | "tooLargeUnpacked";

type NoFacts = Readonly<Record<never, never>>;

/** A cell that should hold a number. `indicator` is set when scoring found it (the reader names only the cell). */
interface CellFacts {
  readonly field: CellField;
  /** The text as the clerk typed it. */
  readonly text: string;
  readonly indicator: IndicatorRef | null;
}

/** The facts of each code. The code is stable (UPPER_SNAKE, English); the facts may grow. A pledge code is
 * `indicatorCode`, since `code` is the finding's. */
export interface FindingFacts {
  // workbook level
  readonly NO_PLEDGE_SHEET: NoFacts;
  readonly NO_REPORT_TABLE: NoFacts;
  /** `text` is what the information sheet wrote, or null when no year was found anywhere. */
  readonly NO_YEAR: { readonly text: string | null };
  readonly FILE_UNREADABLE: { readonly problem: UnreadableProblem };
  /** A member file the pane could not import; `reason` is the host's own sentence (describeError). */
  readonly FILE_NOT_IMPORTED: { readonly reason: string };
  /** A sheet the reader skipped whole; `cells` is how many cells with data it counted before it stopped
   * (at least this many; the sheet is in where.sheet). */
  readonly SHEET_TOO_LARGE: { readonly cells: number };
  /** Cells left out of a sheet's snapshot: far from where the data is ("farAway", where.cell is the first
   * of them), or beyond Excel's last row or column ("beyondExcel", `first` as the file wrote it). */
  readonly CELLS_OUT_OF_RANGE: { readonly reason: "farAway" | "beyondExcel"; readonly count: number; readonly first: string };
  /** A pledge was found but no member report in any input: nothing to score. */
  readonly NO_MEMBER_REPORT: NoFacts;
  // pledge
  readonly PLEDGE_MISSING_COLUMN: { readonly missing: readonly RequiredPledgeColumn[] };
  readonly PLEDGE_EMPTY: NoFacts;
  readonly UNKNOWN_RULE: { readonly indicatorCode: string; readonly text: string };
  readonly INVALID_POINTS:
    | { readonly reason: "notANumber"; readonly text: string }
    | { readonly reason: "blank"; readonly indicator: IndicatorRef }
    | { readonly reason: "negative"; readonly indicatorCode: string; readonly points: number };
  /** `firstRow` is the sheet row (1-based) where the code first appears. */
  readonly DUPLICATE_CODE: { readonly indicatorCode: string; readonly firstRow: number };
  readonly GROUP_POINTS_MISMATCH: { readonly group: string; readonly name: string; readonly given: number; readonly sum: number };
  readonly PARENT_POINTS_MISMATCH: { readonly indicatorCode: string; readonly children: readonly string[]; readonly given: number; readonly sum: number };
  readonly TOTAL_POINTS_MISMATCH: { readonly name: string; readonly given: number; readonly sum: number };
  /** Bands ("Mức điểm", the rule cell after a colon) that cannot be read: `text` is the band quoted. */
  readonly INVALID_BANDS: { readonly indicatorCode: string; readonly text: string };
  /** A band gives more points than the indicator's M. */
  readonly BAND_ABOVE_MAX: { readonly indicatorCode: string; readonly points: number; readonly max: number };
  // information sheet
  /** "Xếp loại" that cannot be read: `text` is the class quoted; no classification is made. */
  readonly INVALID_CLASSIFICATION: { readonly text: string };
  // cell values
  readonly NOT_A_NUMBER: CellFacts;
  readonly EXCEL_ERROR: CellFacts;
  /** `value` is the number taken. */
  readonly APPROXIMATE_VALUE: { readonly field: CellField; readonly text: string; readonly value: number };
  readonly ENGLISH_DECIMAL: { readonly field: CellField; readonly text: string; readonly value: number };
  readonly INVALID_DATE: { readonly text: string };
  // reports
  readonly DUPLICATE_MEMBER: { readonly first: { readonly file: string | null; readonly sheet: string } };
  readonly MISSING_INDICATOR: { readonly indicator: IndicatorRef };
  /** `name` is "" when the row has only a code. */
  readonly UNMATCHED_ROW: { readonly indicatorCode: string; readonly name: string };
  readonly FUZZY_MATCH: { readonly name: string; readonly indicator: IndicatorRef };
  readonly DUPLICATE_ROW: { readonly indicator: IndicatorRef; readonly firstRow: number };
  /** Warnings of one kind on one report sheet beyond the first WARNINGS_PER_SHEET (read/findingSink.ts): `count`
   * more like the one at `last`, the last cell listed. */
  readonly MORE_WARNINGS: { readonly of: FindingCode; readonly count: number; readonly last: string | null };
  /** "số âm": a negative plan or actual of a ratio, relative or tiers indicator whose unit is not %. */
  readonly NEGATIVE_VALUE: { readonly field: "plan" | "actual"; readonly value: number; readonly indicator: IndicatorRef };
  // scoring
  /** `expected` says what was looked for; for a rate, `missing` lists the empty figures. */
  readonly MISSING_DATA: {
    readonly indicator: IndicatorRef;
    readonly expected: "rate" | "score" | "grade" | "passFail";
    readonly missing: readonly ("plan" | "actual" | "attainment")[];
  };
  readonly PLAN_NOT_POSITIVE: { readonly indicator: IndicatorRef; readonly plan: number };
  readonly ATTAINMENT_FROM_REPORT: { readonly indicator: IndicatorRef; readonly missing: readonly ("plan" | "actual")[]; readonly reported: number };
  readonly ATTAINMENT_MISMATCH: { readonly indicator: IndicatorRef; readonly reported: number; readonly computed: number };
  readonly INVALID_PASS_VALUE: { readonly indicator: IndicatorRef; readonly text: string };
  readonly INVALID_GRADE_VALUE: { readonly indicator: IndicatorRef; readonly text: string };
  /** `value` was outside [0, max]. */
  readonly DIRECT_CLAMPED: { readonly indicator: IndicatorRef; readonly value: number; readonly max: number };
  readonly NEGATIVE_COUNT: { readonly indicator: IndicatorRef; readonly count: number };
  readonly RULE_NOT_SCORED: { readonly indicator: IndicatorRef; readonly ruleText: string | null };
  readonly SELF_SCORE_DIFFERS: { readonly selfScore: number; readonly total: number };
  /** An attainment above 1,000 %: the unit may be wrong. */
  readonly ATTAINMENT_TOO_HIGH: { readonly indicator: IndicatorRef; readonly attainment: number };
  /** The appraisal differs from the points computed by the method: `reason` quoted when given; `cap` is the
   * table's cap that an appraisal with a reason went past (kept as given), else null. */
  readonly APPRAISAL_CHANGED: {
    readonly indicator: IndicatorRef;
    readonly computed: number;
    readonly appraised: number;
    readonly reason: string | null;
    readonly cap: number | null;
  };
  /** An appraisal without a reason outside the method's range [min, max] (max null: no upper bound), clamped. */
  readonly APPRAISAL_CLAMPED: { readonly indicator: IndicatorRef; readonly value: number; readonly min: number; readonly max: number | null };
  /** Every indicator of the member is not assigned (Mm = 0): nothing to score. */
  readonly NOTHING_TO_SCORE: NoFacts;
  // proposals
  readonly TIE_FOR_FIRST: { readonly members: readonly string[]; readonly rank: number };
  /** The member (where.member) ranked above the leader but is not eligible. */
  readonly LEADER_PASSED_OVER: {
    readonly rank: number;
    readonly unmetMandatory: readonly string[];
    readonly hasErrors: boolean;
    readonly leader: { readonly name: string; readonly rank: number } | null;
  };
  /** `members` are those tied at the boundary; `proposed` is how many merits are proposed in all. */
  readonly MERIT_TIE: { readonly members: readonly string[]; readonly rank: number; readonly meritCount: number; readonly proposed: number };
  readonly NO_ELIGIBLE_LEADER: NoFacts;
}

export type FindingCode = keyof FindingFacts;

interface FindingHead<C extends FindingCode> {
  readonly code: C;
  readonly severity: Severity;
  readonly where: Where;
}

/** One finding: a union keyed by `code`, so a switch on the code knows its facts. */
export type Finding = { [C in FindingCode]: FindingHead<C> & FindingFacts[C] }[FindingCode];

export type FindingOf<C extends FindingCode> = Extract<Finding, { readonly code: C }>;
