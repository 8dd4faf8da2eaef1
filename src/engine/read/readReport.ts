/** A member report sheet (docs/so-lieu.md §3), read as named steps: rows and codes (the walk shared with the
 * pledge) → each row matched to the pledge by code segments, name, then close name → its values (not assigned,
 * 0 cases of an adjustment, appraisal and reason; the severity of a bad cell by whether scoring reads it) →
 * "không giao" on headings passed to their leaves → missing indicators. */
import type { Finding, ValueField } from "../findings";
import type { Field, Heading, Indicator, MemberReport, NotAssigned, ReportRow } from "../model";
import type { SheetSnapshot } from "./snapshot";
import { indicatorRef, makeFinding } from "../findings/makeFinding";
import { FindingSink, SheetPlace } from "./findingSink";
import type { TableHeader } from "./findHeader";
import type { LabelCache } from "./labelCache";
import { tokenOverlap, wordContainment } from "./nameOverlap";
import type { PledgeIndex } from "./pledgeIndex";
import { entryKey } from "./pledgeTree";
import { readValueField, type ValueRow } from "./readValueField";
import { isGroupName, isTotalName } from "./rowKind";
import type { SharedCells } from "./sharedCells";
import { rawAt, rawText, sheetRow, textAt } from "./sheetCells";
import { walkCodes, type WalkRow } from "./codeWalk";
import type { IndicatorCode } from "./indicatorCode";

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

const VALUE_FIELDS: readonly ValueField[] = ["plan", "actual", "attainment", "growth", "selfScore", "clusterScore"];
const FUZZY_THRESHOLD = 0.8;
/** A coded row whose name shares at least this share of the shorter name's words is the coded indicator. */
const SAME_INDICATOR = 0.5;
/** "(1)", "2", "A": the column-numbering row many forms put under the header. */
const NUMBERING = /^\(?[0-9A-Za-z]{1,2}\)?$/;
/** docs/so-lieu.md §4, folded: the indicator is not assigned to this member. */
const NOT_ASSIGNED: ReadonlySet<string> = new Set(["khong giao", "kg", "khong ap dung", "kad", "n/a", "khong co chi tieu"]);
/** docs/so-lieu.md §3, folded: an adjustment row with no cases. */
const NO_CASES: ReadonlySet<string> = new Set(["0", "khong", "khong tru", "khong cong", "khong phat sinh", "khong co", ...NOT_ASSIGNED]);
const ZERO_CASES = { kind: "number", value: 0, percent: false, approximate: false } as const;

interface ScannedRow {
  readonly r: number;
  readonly code: IndicatorCode;
  readonly name: string;
  /** Group code when the row is a group row (undefined otherwise; null for a group the pledge does not name). */
  readonly group: string | null | undefined;
}

export function readReport(
  sheet: SheetSnapshot,
  header: TableHeader,
  file: string | null,
  member: string,
  index: PledgeIndex | null,
  labels: LabelCache,
  cells: SharedCells,
): ReportReading {
  return readReportSheet({ sheet, header, file, member, index, labels, cells });
}

export function readReportSheet(s: ReportSheet): ReportReading {
  const sink = new FindingSink();
  const place = new SheetPlace(s.file, s.sheet, s.member);
  const rows: Record<string, ReportRow> = {};
  const report: MemberReport = { member: s.member, file: s.file, sheet: s.sheet.name, rows };
  const index = s.index;
  if (!index) return { report, findings: sink.findings };

  const scanned = scanRows(s, index);
  const walked = walkCodes(scanned.map((r): WalkRow => ({ code: r.code, group: r.group !== undefined })));
  const unassignedHeadings: UnassignedHeading[] = [];
  const columns = s.header.columns;
  const nameCol = columns.name ?? columns.code ?? 0;
  const rowSink = new FindingSink();
  let group: string | null = null;

  for (let i = 0; i < scanned.length; i++) {
    const row = scanned[i];
    if (row === undefined) continue;
    if (row.group !== undefined) {
      group = row.group ?? group;
      continue;
    }
    const w = walked[i] ?? null;
    const match = matchRow(s, index, rows, group, w === null ? null : w.segments, row.name);
    if (match.kind === "skip") continue;
    if (match.kind === "heading") {
      const na = notAssignedIn(s, row.r);
      if (na !== null) unassignedHeadings.push({ heading: match.heading, notAssigned: na, row: sheetRow(s.sheet, row.r) });
      continue;
    }
    if (match.kind === "none") {
      if (w !== null || hasValues(s, row.r)) {
        sink.add(makeFinding("UNMATCHED_ROW", "warning", place.at(row.r, nameCol), { indicatorCode: w?.code ?? row.code.code, name: row.name }));
      }
      continue;
    }
    const indicator = match.indicator;
    const earlier = rows[indicator.code];
    if (earlier !== undefined) {
      sink.add(makeFinding("DUPLICATE_ROW", "warning", place.at(row.r, nameCol), { indicator: indicatorRef(indicator), firstRow: earlier.row }));
      continue;
    }
    if (match.fuzzy) sink.add(makeFinding("FUZZY_MATCH", "warning", place.at(row.r, nameCol), { name: row.name, indicator: indicatorRef(indicator) }));
    rows[indicator.code] = readRow(s, place, rowSink, sink, row.r, indicator);
  }

  passNotAssigned(index, rows, unassignedHeadings);
  for (const leaf of index.leaves) {
    // An adjustment with no row is 0 cases, with no finding (docs/so-lieu.md §3).
    if (rows[leaf.code] === undefined && leaf.adjusts === null) {
      sink.add(makeFinding("MISSING_INDICATOR", "error", place.whole(), { indicator: indicatorRef(leaf) }));
    }
  }
  return { report, findings: sink.findings };
}

/** Step 1: the rows below the header (after a column-numbering row), with group rows marked. */
function scanRows(s: ReportSheet, index: PledgeIndex): ScannedRow[] {
  const { sheet, header, cells, labels } = s;
  const columns = header.columns;
  let start = header.bottom + 1;
  if (isNumberingRow(sheet, start)) start++;
  const out: ScannedRow[] = [];
  for (let r = start; r < sheet.values.length; r++) {
    const code = cells.code(columns.code === undefined ? null : rawAt(sheet, r, columns.code));
    const name = columns.name === undefined ? "" : textAt(sheet, r, columns.name);
    if (code.code === "" && name === "") continue;
    let group: string | null | undefined;
    if (code.kind === "roman") group = code.code;
    else if (name !== "" && (index.groupByName.size > 0 || mayBeGroup(name))) {
      const label = labels.label(name);
      const named = index.groupByName.get(label);
      if (named !== undefined) group = named;
      else if (mayBeGroup(name) && !index.byName.has(label) && !index.headingNames.has(label) && isGroupName(name)) group = null;
    }
    out.push({ r, code, name, group });
  }
  return out;
}

/** Group names start with Nhóm, Phần, Lĩnh vực or Tiêu chuẩn (or any name the pledge gave its groups): a cheap test
 * on the first letter first, since this runs for every row of every report. */
function mayBeGroup(name: string): boolean {
  const c = name.charCodeAt(0) | 0x20;
  return c === 0x6e || c === 0x70 || c === 0x6c || c === 0x74;
}

type Match =
  | { readonly kind: "indicator"; readonly indicator: Indicator; readonly fuzzy: boolean }
  | { readonly kind: "heading"; readonly heading: Heading }
  | { readonly kind: "skip" }
  | { readonly kind: "none" };

const SKIP: Match = { kind: "skip" };
const NONE: Match = { kind: "none" };

/** Step 2: by code segments first, then by name, then by a close name (docs/so-lieu.md §3). */
function matchRow(s: ReportSheet, index: PledgeIndex, rows: Readonly<Record<string, ReportRow>>, group: string | null, segments: readonly string[] | null, name: string): Match {
  const { labels } = s;
  if (segments !== null) {
    const key = entryKey(group, segments, index.qualified);
    const byCode = index.byCode.get(key);
    const checked = byCode && name !== "" && name !== byCode.name ? checkNameOf(s, index, byCode, name) : byCode;
    if (checked) return { kind: "indicator", indicator: checked, fuzzy: false };
    const heading = index.headingByKey.get(key);
    if (heading) return { kind: "heading", heading };
    if (index.headingCodes.has(key)) return SKIP;
  }
  if (name === "") return NONE;
  const label = labels.label(name);
  const byName = index.byName.get(label);
  if (byName) return { kind: "indicator", indicator: byName, fuzzy: false };
  const heading = index.headingByName.get(label);
  if (heading) return { kind: "heading", heading };
  if (index.headingNames.has(label)) return SKIP;
  if (segments === null && isTotalName(name, labels)) return SKIP;
  const close = closestUnmatched(s, index, rows, label);
  return close === undefined ? NONE : { kind: "indicator", indicator: close, fuzzy: true };
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
  for (const field of ["plan", "actual"] as const) {
    const col = header.columns[field];
    if (col === undefined) continue;
    const raw = rawAt(sheet, r, col);
    if (typeof raw !== "string") continue;
    if (NOT_ASSIGNED.has(labels.fold(raw))) return { field, cell: cells.address(sheet.top + r, sheet.left + col), text: raw.trim() };
  }
  return null;
}

/** Step 3: one matched row's values. A bad value in a cell that scoring will not read for this row is a warning
 * (docs/cham-diem.md, "What an error blocks"): growth and self-score always; the attainment when plan and actual
 * are numbers; plan and actual when an appraisal (not `direct`) gives the points or the row is not assigned. */
function readRow(s: ReportSheet, place: SheetPlace, rowSink: FindingSink, sink: FindingSink, r: number, indicator: Indicator): ReportRow {
  const { sheet, header, cells, labels } = s;
  const columns = header.columns;
  const values = sheet.values[r];
  const adjustment = indicator.rule === "bonus" || indicator.rule === "penalty";
  const notAssigned = adjustment ? null : notAssignedIn(s, r);
  const at: ValueRow = { values, formats: sheet.formats[r], row: r, rule: notAssigned === null ? indicator.rule : null, place, sink: rowSink, cells };
  const plan = readValueField(at, columns.plan, "plan");
  let actual = readValueField(at, columns.actual, "actual");
  const attainment = readValueField(at, columns.attainment, "attainment");
  const growth = readValueField(at, columns.growth, "growth");
  const selfScore = readValueField(at, columns.selfScore, "selfScore");
  const clusterScore = readValueField(at, columns.clusterScore, "clusterScore");
  if (adjustment) actual = casesOf(actual, labels, cells, sheet, r, columns.actual);

  if (rowSink.findings.length > 0) {
    const appraised = clusterScore.value.kind === "number" && indicator.rule !== "direct";
    const figures = plan.value.kind === "number" && actual.value.kind === "number";
    for (const f of rowSink.findings) {
      const field = "field" in f ? f.field : null;
      if (adjustment && field === "actual" && actual.value.kind === "number") continue;
      const unused =
        field === "growth" ||
        field === "selfScore" ||
        (field === "attainment" && figures) ||
        ((field === "plan" || field === "actual") && (appraised || notAssigned !== null)) ||
        (field === "plan" && (adjustment || indicator.rule === "direct"));
      sink.add(unused && f.severity === "error" ? { ...f, severity: "warning" } : f);
    }
    rowSink.findings.length = 0;
  }
  const note = columns.note === undefined ? "" : rawText(values?.[columns.note] ?? null);
  const reason = columns.reason === undefined ? "" : rawText(values?.[columns.reason] ?? null);
  return {
    indicatorCode: indicator.code,
    row: sheetRow(sheet, r),
    plan,
    actual,
    attainment,
    growth,
    selfScore,
    clusterScore,
    reason: reason === "" ? null : reason,
    note: note === "" ? null : note,
    notAssigned,
  };
}

/** An adjustment's cases: blank, 0, "Không", "Không trừ", "Không cộng", "Không phát sinh", "Không có" (and "không
 * giao") are 0 cases, with no finding. */
function casesOf(actual: Field, labels: LabelCache, cells: SharedCells, sheet: SheetSnapshot, r: number, col: number | undefined): Field {
  const v = actual.value;
  if (v.kind === "number") return actual;
  if (v.kind === "blank" || (v.kind === "text" && NO_CASES.has(labels.fold(v.text)))) {
    return { cell: actual.cell ?? (col === undefined ? null : cells.address(sheet.top + r, sheet.left + col)), value: ZERO_CASES };
  }
  return actual;
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
      rows[code] = existing
        ? { ...existing, notAssigned: existing.notAssigned ?? notAssigned }
        : {
            indicatorCode: code,
            row,
            plan: { cell: null, value: { kind: "blank" } },
            actual: { cell: null, value: { kind: "blank" } },
            attainment: { cell: null, value: { kind: "blank" } },
            growth: { cell: null, value: { kind: "blank" } },
            selfScore: { cell: null, value: { kind: "blank" } },
            clusterScore: { cell: null, value: { kind: "blank" } },
            reason: null,
            note: null,
            notAssigned,
          };
    }
  }
}

function hasValues(s: ReportSheet, r: number): boolean {
  return VALUE_FIELDS.some((f) => {
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
