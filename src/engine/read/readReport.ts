/** A member report sheet (docs/so-lieu.md §3): rows matched to the pledge by code, name, then close name. */
import type { Finding, ValueField } from "../findings";
import type { Indicator, MemberReport, ReportRow } from "../model";
import type { SheetSnapshot } from "./snapshot";
import { indicatorRef, makeFinding } from "../findings/makeFinding";
import { FindingSink, SheetPlace } from "./findingSink";
import type { TableHeader } from "./findHeader";
import type { LabelCache } from "./labelCache";
import { tokenOverlap, wordContainment } from "./nameOverlap";
import type { PledgeIndex } from "./pledgeIndex";
import { qualifyCode } from "./pledgeIndex";
import { readValueField, type ValueRow } from "./readValueField";
import { isGroupName, isTotalName } from "./rowKind";
import type { SharedCells } from "./sharedCells";
import { rawAt, rawText, sheetRow, textAt } from "./sheetCells";

export interface ReportReading {
  readonly report: MemberReport;
  readonly findings: readonly Finding[];
}

const VALUE_FIELDS: readonly ValueField[] = ["plan", "actual", "attainment", "growth", "selfScore", "clusterScore"];
const FUZZY_THRESHOLD = 0.8;
/** A coded row whose name shares at least this share of the shorter name's words is the coded indicator. */
const SAME_INDICATOR = 0.5;
/** "(1)", "2", "A": the column-numbering row many forms put under the header. */
const NUMBERING = /^\(?[0-9A-Za-z]{1,2}\)?$/;

export function readReport(
  sheet: SheetSnapshot,
  header: TableHeader,
  file: string | null,
  member: string,
  index: PledgeIndex | null,
  labels: LabelCache,
  cells: SharedCells,
): ReportReading {
  const sink = new FindingSink();
  const place = new SheetPlace(file, sheet, member);
  const columns = header.columns;
  const rows: Record<string, ReportRow> = {};
  const report: MemberReport = { member, file, sheet: sheet.name, rows };
  if (!index) return { report, findings: sink.findings };

  let group: string | null = null;
  let lastArabic: string | null = null;
  let start = header.bottom + 1;
  if (isNumberingRow(sheet, start)) start++;

  for (let r = start; r < sheet.values.length; r++) {
    const { code: rawCode, kind } = cells.code(columns.code === undefined ? null : rawAt(sheet, r, columns.code));
    const name = columns.name === undefined ? "" : textAt(sheet, r, columns.name);
    if (rawCode === "" && name === "") continue;
    if (kind === "roman") {
      group = rawCode;
      lastArabic = null;
      continue;
    }
    const isCode = kind === "arabic" || kind === "letter";
    const code: string = kind === "letter" ? `${lastArabic ?? ""}${rawCode}` : rawCode;
    if (kind === "arabic" && !endsWithLetter(code)) lastArabic = code;

    let indicator: Indicator | undefined;
    let fuzzy = false;
    if (isCode) {
      const key = qualifyCode(group, code, index.qualified);
      indicator = index.byCode.get(key);
      if (indicator && name !== "" && name !== indicator.name) indicator = checkNameOf(indicator, name);
      if (!indicator && index.headingCodes.has(key)) continue;
    }
    if (!indicator && name !== "") {
      const label = labels.label(name);
      indicator = index.byName.get(label) ?? undefined;
      if (!indicator) {
        if (index.headingNames.has(label)) continue;
        const groupCode = index.groupByName.get(label);
        if (groupCode !== undefined || (!isCode && isGroupName(name, labels))) {
          group = groupCode ?? group;
          lastArabic = null;
          continue;
        }
        if (!isCode && isTotalName(name, labels)) continue;
        indicator = closestUnmatched(label);
        fuzzy = indicator !== undefined;
      }
    }

    const nameCol = columns.name ?? columns.code ?? 0;
    if (!indicator) {
      if (isCode || hasValues(r)) {
        sink.add(makeFinding("UNMATCHED_ROW", "warning", place.at(r, nameCol), { indicatorCode: code, name }));
      }
      continue;
    }
    const earlier = rows[indicator.code];
    if (earlier !== undefined) {
      sink.add(makeFinding("DUPLICATE_ROW", "warning", place.at(r, nameCol), { indicator: indicatorRef(indicator), firstRow: earlier.row }));
      continue;
    }
    if (fuzzy) {
      sink.add(makeFinding("FUZZY_MATCH", "warning", place.at(r, nameCol), { name, indicator: indicatorRef(indicator) }));
    }
    rows[indicator.code] = readRow(r, indicator);
  }

  for (const leaf of index.leaves) {
    if (rows[leaf.code] === undefined) {
      sink.add(makeFinding("MISSING_INDICATOR", "error", place.whole(), { indicator: indicatorRef(leaf) }));
    }
  }
  return { report, findings: sink.findings };

  function readRow(r: number, indicator: Indicator): ReportRow {
    const values = sheet.values[r];
    const at: ValueRow = { values, formats: sheet.formats[r], row: r, rule: indicator.rule, place, sink, cells };
    const note = columns.note === undefined ? "" : rawText(values?.[columns.note] ?? null);
    return {
      indicatorCode: indicator.code,
      row: sheetRow(sheet, r),
      plan: readValueField(at, columns.plan, "plan"),
      actual: readValueField(at, columns.actual, "actual"),
      attainment: readValueField(at, columns.attainment, "attainment"),
      growth: readValueField(at, columns.growth, "growth"),
      selfScore: readValueField(at, columns.selfScore, "selfScore"),
      clusterScore: readValueField(at, columns.clusterScore, "clusterScore"),
      reason: null,
      note: note === "" ? null : note,
      notAssigned: null,
    };
  }

  /** A row whose code matches one indicator but whose name is another's, or shares under half its
   * words, was numbered differently from the pledge (a row inserted above it): then its name decides. */
  function checkNameOf(byCode: Indicator, name: string): Indicator | undefined {
    const label = labels.label(name);
    const codeLabel = labels.label(byCode.name);
    if (label === codeLabel) return byCode;
    const byName = index?.byName.get(label);
    if (byName) return byName;
    return wordContainment(labels.tokens(label), labels.tokens(codeLabel)) >= SAME_INDICATOR ? byCode : undefined;
  }

  function closestUnmatched(label: string): Indicator | undefined {
    if (!index) return undefined;
    const tokens = labels.tokens(label);
    let best: Indicator | undefined;
    let bestScore = FUZZY_THRESHOLD - 1e-9;
    for (const leaf of index.leaves) {
      if (rows[leaf.code] !== undefined) continue;
      const s = tokenOverlap(tokens, labels.tokens(labels.label(leaf.name)));
      if (s > bestScore) {
        best = leaf;
        bestScore = s;
      }
    }
    return best;
  }

  function hasValues(r: number): boolean {
    return VALUE_FIELDS.some((f) => {
      const c = columns[f];
      return c !== undefined && rawText(rawAt(sheet, r, c)) !== "";
    });
  }

  function isNumberingRow(s: SheetSnapshot, r: number): boolean {
    const width = s.values[r]?.length ?? 0;
    let count = 0;
    for (let c = 0; c < width; c++) {
      const t = rawText(rawAt(s, r, c));
      if (t === "") continue;
      if (!NUMBERING.test(t)) return false;
      count++;
    }
    return count >= 3;
  }
}

/** "1a", "2.đ": a sub-item code, whose letter is not carried to the next rows (/[a-zđ]$/ without a regex per row). */
function endsWithLetter(code: string): boolean {
  const last = code.charCodeAt(code.length - 1);
  return (last >= 97 && last <= 122) || last === 0x111;
}
