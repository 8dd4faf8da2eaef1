/** A member report sheet (docs/so-lieu.md §3), read as named steps: rows and codes (the walk shared with the
 * pledge) → each row matched to the pledge by code segments, name, then close name → its values (not assigned,
 * 0 cases of an adjustment, appraisal and reason; the severity of a bad cell by whether scoring reads it) →
 * "không giao" on headings passed to their leaves → missing indicators. */
import type { Finding } from "../findings";
import type { Heading, Indicator, MemberReport, NotAssigned, ReportRow } from "../model";
import type { RawValue, SheetSnapshot } from "./snapshot";
import { indicatorRef, makeFinding } from "../findings/makeFinding";
import { FindingSink, SheetPlace } from "./findingSink";
import type { TableHeader } from "./findHeader";
import type { LabelCache } from "./labelCache";
import { tokenOverlap, wordContainment } from "./nameOverlap";
import type { PledgeIndex } from "./pledgeIndex";
import { storeValueField, type ValueRow } from "./readValueField";
import { BLANK, NUMBER, ReportRowView, RowTable, TEXT, VALUE_COLUMNS } from "./rowTable";
import { blankField } from "./parseCell";
import { isGroupName, isTotalName } from "./rowKind";
import type { SharedCells } from "./sharedCells";
import { rawAt, rawText, sheetRow, textAt } from "./sheetCells";
import { walkCodes, walkedAt, type WalkInput, type WalkedCode } from "./codeWalk";
import { isLoneLetter, type IndicatorCode } from "./indicatorCode";
import { readSourceNote } from "./sourceNote";

export interface ReportReading {
  readonly report: MemberReport;
  readonly findings: readonly Finding[];
}

export interface ReportSheet {
  readonly sheet: SheetSnapshot;
  readonly header: TableHeader;
  readonly file: string | null;
  readonly member: string;
  readonly index: PledgeIndex | null;
  readonly labels: LabelCache;
  readonly cells: SharedCells;
}

const FUZZY_THRESHOLD = 0.8;
/** A coded row whose name shares at least this share of the shorter name's words is the coded indicator. */
const SAME_INDICATOR = 0.5;
/** "(1)", "2", "A": the column-numbering row many forms put under the header. */
const NUMBERING = /^\(?[0-9A-Za-z]{1,2}\)?$/;
/** docs/so-lieu.md §4, folded: the indicator is not assigned to this member. */
const NOT_ASSIGNED: ReadonlySet<string> = new Set(["khong giao", "kg", "khong ap dung", "kad", "n/a", "khong co chi tieu"]);
/** docs/so-lieu.md §3, folded: an adjustment row with no cases. */
const NO_CASES: ReadonlySet<string> = new Set(["0", "khong", "khong tru", "khong cong", "khong phat sinh", "khong co", ...NOT_ASSIGNED]);
const NO_CELL = blankField(null);

export function readReportSheet(s: ReportSheet): ReportReading {
  const sink = new FindingSink(true);
  const place = new SheetPlace(s.file, s.sheet, s.member);
  const rows: Record<string, ReportRow> = {};
  const note = readSourceNote(s.sheet);
  const report: MemberReport = { member: s.member, file: s.file, sheet: s.sheet.name, rows, ...(note ? { importedFrom: note.source } : {}) };
  const index = s.index;
  // The source note under an imported table is not a row of the report.
  const end = note ? note.row : s.sheet.values.length;
  if (!index) return { report, findings: sink.all() };

  const start = firstRow(s);
  // The code walk only changes lone letters, so it is run when the first one is met: the rows above it read the same.
  let walked: ReadonlyMap<number, WalkedCode> = NO_WALK;
  let walkedYet = false;
  const unassignedHeadings: UnassignedHeading[] = [];
  const columns = s.header.columns;
  const nameCol = columns.name ?? columns.code ?? 0;
  const rowSink = new FindingSink();
  const table = new RowTable(s.sheet, columns, s.cells, index.leaves.length);
  // One cursor for the sheet, moved from row to row by readRow (readValueField.ts says why).
  const at: ValueRow = { values: undefined, formats: undefined, row: 0, rule: null, place, sink: rowSink, cells: s.cells };
  const match: Match = { kind: "none", indicator: null, heading: null, fuzzy: false };
  let group: string | null = null;

  for (let r = start; r < end; r++) {
    const code = codeAt(s, r);
    const name = columns.name === undefined ? "" : textAt(s.sheet, r, columns.name);
    if (code.code === "" && name === "") continue;
    const rowGroup = groupOfRow(s, index, code, name);
    if (rowGroup !== undefined) {
      group = rowGroup ?? group;
      continue;
    }
    if (!walkedYet && code.kind === "code" && code.segments.length === 1 && isLoneLetter(code.segments)) {
      walked = walkCodes(walkInput(s, index, start, end));
      walkedYet = true;
    }
    const w = walked.size === 0 ? (code.kind === "code" ? code : null) : walkedAt(walked, r, code);
    matchRow(s, index, rows, group, w === null ? null : w.key, name, match);
    if (match.kind === "skip") continue;
    if (match.kind === "heading") {
      const na = notAssignedIn(s, r);
      if (na !== null && match.heading !== null) unassignedHeadings.push({ heading: match.heading, notAssigned: na, row: sheetRow(s.sheet, r) });
      continue;
    }
    const indicator = match.indicator;
    if (match.kind === "none" || indicator === null) {
      if (w !== null || hasValues(s, r)) {
        sink.add(makeFinding("UNMATCHED_ROW", "warning", place.at(r, nameCol), { indicatorCode: w?.code ?? code.code, name }));
      }
      continue;
    }
    const earlier = rows[indicator.code];
    if (earlier !== undefined) {
      sink.add(makeFinding("DUPLICATE_ROW", "warning", place.at(r, nameCol), { indicator: indicatorRef(indicator), firstRow: earlier.row }));
      continue;
    }
    if (match.fuzzy) sink.add(makeFinding("FUZZY_MATCH", "warning", place.at(r, nameCol), { name, indicator: indicatorRef(indicator) }));
    rows[indicator.code] = readRow(s, at, rowSink, sink, table, r, indicator);
  }

  passNotAssigned(index, rows, unassignedHeadings);
  for (const leaf of index.leaves) {
    // An adjustment with no row is 0 cases, with no finding (docs/so-lieu.md §3).
    if (rows[leaf.code] === undefined && leaf.adjusts === null) {
      sink.add(makeFinding("MISSING_INDICATOR", "error", place.whole(), { indicator: indicatorRef(leaf) }));
    }
  }
  return { report, findings: sink.all() };
}

const NO_WALK: ReadonlyMap<number, WalkedCode> = new Map();

/** Step 1: where the rows start (after a column-numbering row), and each row's code and kind. */
function firstRow(s: ReportSheet): number {
  const start = s.header.bottom + 1;
  return isNumberingRow(s.sheet, start) ? start + 1 : start;
}

function codeAt(s: ReportSheet, r: number): IndicatorCode {
  const col = s.header.columns.code;
  return s.cells.code(col === undefined ? null : rawAt(s.sheet, r, col));
}

/** The report's rows as the shared code walk reads them, by grid row. */
function walkInput(s: ReportSheet, index: PledgeIndex, start: number, end: number): WalkInput {
  const { sheet, header } = s;
  const groups: boolean[] = [];
  for (let r = start; r < end; r++) {
    const name = header.columns.name === undefined ? "" : textAt(sheet, r, header.columns.name);
    groups[r] = groupOfRow(s, index, codeAt(s, r), name) !== undefined;
  }
  return { length: end, code: (r) => (r < start ? null : codeAt(s, r)), isGroup: (r) => groups[r] === true };
}

/** The group code of a group row (null for a group the pledge does not name), undefined for any other row. A coded
 * row that matches a pledged indicator is no group row: its name is not looked at then. */
function groupOfRow(s: ReportSheet, index: PledgeIndex, code: IndicatorCode, name: string): string | null | undefined {
  if (code.kind === "roman") return code.code;
  if (name === "" || (index.groupByName.size === 0 && !mayBeGroup(name))) return undefined;
  if (code.kind === "code" && !index.qualified && index.byCode.has(code.key)) return undefined;
  const label = s.labels.label(name);
  const named = index.groupByName.get(label);
  if (named !== undefined) return named;
  if (mayBeGroup(name) && !index.byName.has(label) && !index.headingNames.has(label) && isGroupName(name)) return null;
  return undefined;
}

/** Group names start with Nhóm, Phần, Lĩnh vực or Tiêu chuẩn (or any name the pledge gave its groups): a cheap test
 * on the first letter first, since this runs for every row of every report. */
function mayBeGroup(name: string): boolean {
  const c = name.charCodeAt(0) | 0x20;
  return c === 0x6e || c === 0x70 || c === 0x6c || c === 0x74;
}

/** What a row matched: set by matchRow into one object reused for every row (no object per row, and one shape,
 * since this runs for every row of every report). */
interface Match {
  kind: "indicator" | "heading" | "skip" | "none";
  indicator: Indicator | null;
  heading: Heading | null;
  fuzzy: boolean;
}

const PLAN_ACTUAL = ["plan", "actual"] as const;

/** Step 2: by code segments first, then by name, then by a close name (docs/so-lieu.md §3); the result goes to `out`. */
function matchRow(
  s: ReportSheet,
  index: PledgeIndex,
  rows: Readonly<Record<string, ReportRow>>,
  group: string | null,
  codeKey: string | null,
  name: string,
  out: Match,
): void {
  const { labels } = s;
  out.indicator = null;
  out.heading = null;
  out.fuzzy = false;
  if (codeKey !== null) {
    const key = index.qualified && group !== null ? `${group}|${codeKey}` : codeKey;
    const byCode = index.byCode.get(key);
    const checked = byCode && name !== "" && name !== byCode.name ? checkNameOf(s, index, byCode, name) : byCode;
    if (checked) return found(out, checked);
    const heading = index.headingByKey.get(key);
    if (heading) return headingOf(out, heading);
    if (index.headingCodes.has(key)) return kind(out, "skip");
  }
  if (name === "") return kind(out, "none");
  const label = labels.label(name);
  const byName = index.byName.get(label);
  if (byName) return found(out, byName);
  const heading = index.headingByName.get(label);
  if (heading) return headingOf(out, heading);
  if (index.headingNames.has(label)) return kind(out, "skip");
  if (codeKey === null && isTotalName(name, labels)) return kind(out, "skip");
  const close = closestUnmatched(s, index, rows, label);
  if (close === undefined) return kind(out, "none");
  found(out, close);
  out.fuzzy = true;
}

function found(out: Match, indicator: Indicator): void {
  out.kind = "indicator";
  out.indicator = indicator;
}

function headingOf(out: Match, heading: Heading): void {
  out.kind = "heading";
  out.heading = heading;
}

function kind(out: Match, k: "skip" | "none"): void {
  out.kind = k;
}

/** A row whose code matches one indicator but whose name is another's, or shares under half its
 * words, was numbered differently from the pledge (a row inserted above it): then its name decides. */
function checkNameOf(s: ReportSheet, index: PledgeIndex, byCode: Indicator, name: string): Indicator | undefined {
  const { labels } = s;
  const label = labels.label(name);
  const codeLabel = labels.label(byCode.name);
  if (label === codeLabel) return byCode;
  const byName = index.byName.get(label);
  if (byName) return byName;
  return wordContainment(labels.tokens(label), labels.tokens(codeLabel)) >= SAME_INDICATOR ? byCode : undefined;
}

function closestUnmatched(s: ReportSheet, index: PledgeIndex, rows: Readonly<Record<string, ReportRow>>, label: string): Indicator | undefined {
  const { labels } = s;
  const tokens = labels.tokens(label);
  let best: Indicator | undefined;
  let bestScore = FUZZY_THRESHOLD - 1e-9;
  for (const leaf of index.leaves) {
    if (rows[leaf.code] !== undefined) continue;
    const score = tokenOverlap(tokens, labels.tokens(labels.label(leaf.name)));
    if (score > bestScore) {
      best = leaf;
      bestScore = score;
    }
  }
  return best;
}

/** "Không giao" (or KG, N/A, …) in the plan or actual cell of grid row r, or null. */
function notAssignedIn(s: ReportSheet, r: number): NotAssigned | null {
  const { sheet, header, labels, cells } = s;
  for (const field of PLAN_ACTUAL) {
    const col = header.columns[field];
    if (col === undefined) continue;
    const raw = rawAt(sheet, r, col);
    if (typeof raw !== "string") continue;
    if (NOT_ASSIGNED.has(labels.fold(raw))) return { field, cell: cells.address(sheet.top + r, sheet.left + col), text: raw.trim() };
  }
  return null;
}

/** Does the plan or actual cell hold a text (the only place "Không giao" can be)? Checked inline: most are numbers. */
function textIn(values: readonly RawValue[] | undefined, plan: number | undefined, actual: number | undefined): boolean {
  return (plan !== undefined && typeof values?.[plan] === "string") || (actual !== undefined && typeof values?.[actual] === "string");
}

/** Step 3: one matched row's values, checked, then kept in the report's RowTable. A bad value in a cell that scoring
 * will not read for this row is a warning (docs/cham-diem.md, "What an error blocks"): growth and self-score always;
 * the attainment when plan and actual are numbers; plan and actual when an appraisal (not `direct`) gives the points
 * or the row is not assigned. */
function readRow(s: ReportSheet, at: ValueRow, rowSink: FindingSink, sink: FindingSink, table: RowTable, r: number, indicator: Indicator): ReportRow {
  const { sheet, header, labels } = s;
  const columns = header.columns;
  const values = sheet.values[r];
  const adjustment = indicator.rule === "bonus" || indicator.rule === "penalty";
  const notAssigned = adjustment || !textIn(values, columns.plan, columns.actual) ? null : notAssignedIn(s, r);
  at.values = values;
  at.formats = sheet.formats[r];
  at.row = r;
  at.rule = notAssigned === null ? indicator.rule : null;
  const note = columns.note === undefined ? "" : rawText(values?.[columns.note] ?? null);
  const reason = columns.reason === undefined ? "" : rawText(values?.[columns.reason] ?? null);
  const base = table.begin(r, reason === "" ? null : reason, note === "" ? null : note);
  if (notAssigned !== null) table.setNotAssigned(base, notAssigned);
  const plan = storeValueField(at, columns.plan, "plan", table, base);
  let actual = storeValueField(at, columns.actual, "actual", table, base + 1);
  storeValueField(at, columns.attainment, "attainment", table, base + 2);
  storeValueField(at, columns.growth, "growth", table, base + 3);
  storeValueField(at, columns.selfScore, "selfScore", table, base + 4);
  const clusterScore = storeValueField(at, columns.clusterScore, "clusterScore", table, base + 5);
  if (adjustment) actual = casesOf(table, base + 1, labels);

  if (rowSink.findings.length > 0) {
    const appraised = clusterScore === NUMBER && indicator.rule !== "direct";
    const figures = plan === NUMBER && actual === NUMBER;
    for (const f of rowSink.findings) {
      const field = "field" in f ? f.field : null;
      if (adjustment && field === "actual" && actual === NUMBER) continue;
      const unused =
        field === "growth" ||
        field === "selfScore" ||
        (field === "attainment" && figures) ||
        ((field === "plan" || field === "actual") && (appraised || notAssigned !== null)) ||
        (field === "plan" && (adjustment || indicator.rule === "direct" || indicator.rule === "pass" || indicator.rule === "grade"));
      sink.add(unused && f.severity === "error" ? { ...f, severity: "warning" } : f);
    }
    rowSink.findings.length = 0;
  }
  return new ReportRowView(indicator.code, table, base);
}

/** An adjustment's cases: blank, 0, "Không", "Không trừ", "Không cộng", "Không phát sinh", "Không có" (and "không
 * giao") are 0 cases, with no finding. The kind of the cell kept. */
function casesOf(table: RowTable, i: number, labels: LabelCache): number {
  const kind = table.kind(i);
  if (kind === BLANK || (kind === TEXT && NO_CASES.has(labels.fold(table.text(i))))) return table.number(i, 0, false, false);
  return kind;
}

/** Step 4: "không giao" on a heading's row passes to all its leaves (decided reading, "Headings with adjustments"). */
interface UnassignedHeading {
  readonly heading: Heading;
  readonly notAssigned: NotAssigned;
  /** Sheet row of the heading's report row. */
  readonly row: number;
}

function passNotAssigned(index: PledgeIndex, rows: Record<string, ReportRow>, headings: readonly UnassignedHeading[]): void {
  if (headings.length === 0) return;
  const byCode = new Map(index.leaves.map((l) => [l.code, l]));
  for (const { heading, notAssigned, row } of headings) {
    for (const code of heading.leaves) {
      const leaf = byCode.get(code);
      if (!leaf) continue;
      const existing = rows[code];
      // The reader's rows are views (rowTable.ts): one that says nothing yet is marked; a row the heading
      // itself made, below, already says "không giao".
      if (existing instanceof ReportRowView) {
        if (existing.notAssigned === null) existing.markNotAssigned(notAssigned);
        continue;
      }
      if (existing !== undefined) continue;
      rows[code] = {
        indicatorCode: code,
        row,
        plan: NO_CELL,
        actual: NO_CELL,
        attainment: NO_CELL,
        growth: NO_CELL,
        selfScore: NO_CELL,
        clusterScore: NO_CELL,
        reason: null,
        note: null,
        notAssigned,
      };
    }
  }
}

function hasValues(s: ReportSheet, r: number): boolean {
  return VALUE_COLUMNS.some((f) => {
    const c = s.header.columns[f];
    return c !== undefined && rawText(rawAt(s.sheet, r, c)) !== "";
  });
}

function isNumberingRow(sheet: SheetSnapshot, r: number): boolean {
  const width = sheet.values[r]?.length ?? 0;
  let count = 0;
  for (let c = 0; c < width; c++) {
    const t = rawText(rawAt(sheet, r, c));
    if (t === "") continue;
    if (!NUMBERING.test(t)) return false;
    count++;
  }
  return count >= 3;
}
