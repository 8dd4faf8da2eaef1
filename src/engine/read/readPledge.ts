/** The pledge sheet (docs/so-lieu.md §2): groups, indicators, headings with sub-items, total rows. */
import type { Finding, PledgeNumberField, RequiredPledgeColumn } from "../findings";
import type { Group, Indicator, Pledge, Rule } from "../model";
import type { SheetSnapshot } from "./snapshot";
import { indicatorRef, makeFinding } from "../findings/makeFinding";
import { FindingSink, SheetPlace } from "./findingSink";
import type { TableHeader } from "./findHeader";
import { codeSegments, parentCode, readCode, toRoman } from "./indicatorCode";
import type { LabelCache } from "./labelCache";
import type { PledgeIndex } from "./pledgeIndex";
import { qualifyCode } from "./pledgeIndex";
import { readNumberField } from "./readNumberField";
import { readRule } from "./readRule";
import { isGroupName, isTotalName } from "./rowKind";
import { rawAt, sheetRow, textAt } from "./sheetCells";

export interface PledgeReading {
  readonly pledge: Pledge | null;
  readonly index: PledgeIndex | null;
  readonly findings: readonly Finding[];
}

interface Entry {
  readonly code: string;
  readonly group: string | null;
  readonly name: string;
  readonly row: number;
  readonly points: number | null;
}

interface SumRow {
  readonly row: number;
  readonly group: string | null;
  readonly name: string;
  readonly points: number;
}

const REQUIRED: readonly RequiredPledgeColumn[] = ["code", "name", "maxPoints"];
const TOLERANCE = 1e-6;
const MANDATORY_YES: ReadonlySet<string> = new Set(["x", "có", "co", "1", "✓", "✔", "true", "yes"]);

export function readPledge(sheet: SheetSnapshot, header: TableHeader | null, file: string | null, labels: LabelCache): PledgeReading {
  const sink = new FindingSink();
  const place = new SheetPlace(file, sheet, null);
  const columns = header?.columns ?? {};
  const missing = REQUIRED.filter((f) => columns[f] === undefined);
  if (!header || missing.length > 0) {
    sink.add(makeFinding("PLEDGE_MISSING_COLUMN", "error", place.whole(), { missing }));
    return { pledge: null, index: null, findings: sink.findings };
  }

  const groups: Group[] = [];
  const groupRows: SumRow[] = [];
  const totalRows: SumRow[] = [];
  const entries: Entry[] = [];
  const seen = new Map<string, number>();
  let group: string | null = null;
  let lastArabic: string | null = null;

  for (let r = header.bottom + 1; r < sheet.values.length; r++) {
    const { code: rawCode, kind } = readCode(columns.code === undefined ? null : rawAt(sheet, r, columns.code));
    const name = columns.name === undefined ? "" : textAt(sheet, r, columns.name);
    if (rawCode === "" && name === "") continue;
    const points = (): number | null => readNumberField(sheet, r, columns.maxPoints, place, sink, "maxPoints");

    if (kind === "roman" || ((kind === "none" || kind === "other") && isGroupName(name, labels))) {
      group = kind === "roman" ? rawCode : toRoman(groups.length + 1);
      groups.push({ code: group, name: name || group });
      lastArabic = null;
      const p = points();
      if (p !== null) groupRows.push({ row: r, group, name: name || group, points: p });
      continue;
    }
    if (kind === "arabic" || kind === "letter") {
      const code: string = kind === "letter" ? `${lastArabic ?? ""}${rawCode}` : rawCode;
      if (kind === "arabic" && !/[a-zđ]$/.test(code)) lastArabic = code;
      const key = `${group ?? ""}|${code}`;
      const first = seen.get(key);
      if (first !== undefined) {
        sink.add(makeFinding("DUPLICATE_CODE", "error", place.at(r, columns.code ?? 0), { indicatorCode: code, firstRow: sheetRow(sheet, first) }));
        continue;
      }
      seen.set(key, r);
      entries.push({ code, group, name, row: r, points: points() });
      continue;
    }
    if (isTotalName(name, labels)) {
      const p = points();
      if (p !== null) totalRows.push({ row: r, group, name, points: p });
    }
  }

  // Codes that restart in every group ("I. 1, 2, 3; II. 1, 2") are told apart by their group.
  const codeOnly = new Set<string>();
  let qualified = false;
  for (const e of entries) {
    if (codeOnly.has(e.code)) qualified = true;
    codeOnly.add(e.code);
  }

  const keyOf = (e: Entry): string => `${e.group ?? ""}|${e.code}`;
  const byKey = new Map(entries.map((e) => [keyOf(e), e]));
  const children = new Map<string, Entry[]>();
  for (const e of entries) {
    const parent = parentCode(e.code);
    const parentKey = parent === null ? null : `${e.group ?? ""}|${parent}`;
    if (parentKey !== null && byKey.has(parentKey)) {
      const list = children.get(parentKey) ?? [];
      list.push(e);
      children.set(parentKey, list);
    }
  }
  const isRoot = (e: Entry): boolean => {
    const parent = parentCode(e.code);
    return parent === null || !byKey.has(`${e.group ?? ""}|${parent}`);
  };

  const indicators: Indicator[] = [];
  const leafByKey = new Map<string, Indicator>();
  const headingCodes = new Set<string>();
  const headingNames = new Set<string>();
  const headings: [Entry, readonly Entry[]][] = [];
  for (const e of entries) {
    const code = qualifyCode(e.group, e.code, qualified);
    const kids = children.get(keyOf(e));
    if (kids) {
      headingCodes.add(code);
      if (e.name !== "") headingNames.add(labels.label(e.name));
      headings.push([e, kids]);
      continue;
    }
    const indicator = readIndicator(e, code);
    indicators.push(indicator);
    leafByKey.set(keyOf(e), indicator);
  }

  const leafPoints = (e: Entry): { all: number; scored: number } => {
    const kids = children.get(keyOf(e));
    if (!kids) {
      const ind = leafByKey.get(keyOf(e));
      const p = ind?.maxPoints ?? 0;
      const scored = ind?.rule === "bonus" || ind?.rule === "penalty" ? 0 : p;
      return { all: p, scored };
    }
    return kids.reduce((acc, k) => {
      const s = leafPoints(k);
      return { all: acc.all + s.all, scored: acc.scored + s.scored };
    }, { all: 0, scored: 0 });
  };
  const sumOver = (inGroup: (e: Entry) => boolean): { all: number; scored: number } =>
    entries.filter((e) => isRoot(e) && inGroup(e)).reduce((acc, e) => {
      const s = leafPoints(e);
      return { all: acc.all + s.all, scored: acc.scored + s.scored };
    }, { all: 0, scored: 0 });
  const matches = (given: number, sums: { all: number; scored: number }): boolean =>
    Math.abs(given - sums.all) < TOLERANCE || Math.abs(given - sums.scored) < TOLERANCE;

  for (const [e, kids] of headings) checkParentPoints(e, kids);
  for (const g of groupRows) {
    const sums = sumOver((e) => e.group === g.group);
    if (!matches(g.points, sums)) {
      const facts = { group: g.group ?? "", name: g.name, given: g.points, sum: sums.all };
      sink.add(makeFinding("GROUP_POINTS_MISMATCH", "warning", place.at(g.row, columns.maxPoints ?? 0), facts));
    }
  }
  for (const t of totalRows) {
    const whole = sumOver(() => true);
    const ofGroup = t.group === null ? whole : sumOver((e) => e.group === t.group);
    if (!matches(t.points, whole) && !matches(t.points, ofGroup)) {
      const facts = { name: t.name, given: t.points, sum: whole.all };
      sink.add(makeFinding("TOTAL_POINTS_MISMATCH", "warning", place.at(t.row, columns.maxPoints ?? 0), facts));
    }
  }

  if (indicators.length === 0) {
    sink.add(makeFinding("PLEDGE_EMPTY", "error", place.whole(), {}));
  }

  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const byName = new Map<string, Indicator | null>();
  for (const i of indicators) {
    const key = labels.label(i.name);
    if (key !== "") byName.set(key, byName.has(key) ? null : i);
  }
  const groupByName = new Map(groups.map((g) => [labels.label(g.name), g.code]));
  const pledge: Pledge = {
    file,
    sheet: sheet.name,
    groups,
    indicators,
    headings: [],
    indicatorCount: entries.filter(isRoot).length,
  };
  return { pledge, index: { byCode, byName, headingCodes, headingNames, groupByName, qualified, leaves: indicators }, findings: sink.inSheetOrder() };

  function checkParentPoints(e: Entry, kids: readonly Entry[]): void {
    if (e.points === null) return;
    const sum = kids.reduce((acc, k) => acc + (k.points ?? leafPoints(k).all), 0);
    if (Math.abs(sum - e.points) < TOLERANCE) return;
    const facts = { indicatorCode: e.code, children: kids.map((k) => k.code), given: e.points, sum };
    sink.add(makeFinding("PARENT_POINTS_MISMATCH", "warning", place.at(e.row, columns.maxPoints ?? 0), facts));
  }

  function readIndicator(e: Entry, code: string): Indicator {
    const r = e.row;
    const ruleText = columns.rule === undefined ? "" : textAt(sheet, r, columns.rule);
    const parsedRule = readRule(ruleText, labels);
    const rule: Rule | null = parsedRule === "blank" ? "ratio" : parsedRule;
    if (parsedRule === null && columns.rule !== undefined) {
      sink.add(makeFinding("UNKNOWN_RULE", "error", place.at(r, columns.rule), { indicatorCode: e.code, text: ruleText }));
    }
    let maxPoints = e.points ?? 0;
    const pointsCol = columns.maxPoints ?? 0;
    if (e.points === null && isBlankCell(r, pointsCol)) {
      sink.add(makeFinding("INVALID_POINTS", "error", place.at(r, pointsCol), { reason: "blank", indicator: indicatorRef(e) }));
    } else if (maxPoints < 0) {
      if (rule === "penalty") {
        maxPoints = -maxPoints;
      } else {
        sink.add(makeFinding("INVALID_POINTS", "error", place.at(r, pointsCol), { reason: "negative", indicatorCode: e.code, points: maxPoints }));
        maxPoints = 0;
      }
    }
    const num = (field: PledgeNumberField): number | null => readNumberField(sheet, r, columns[field], place, sink, field);
    const unit = columns.unit === undefined ? "" : textAt(sheet, r, columns.unit);
    const mandatoryRaw = columns.mandatory === undefined ? null : rawAt(sheet, r, columns.mandatory);
    return {
      code,
      segments: codeSegments(e.code),
      parentCode: parentCode(e.code),
      adjusts: null,
      adjustments: [],
      name: e.name,
      unit: unit === "" ? null : unit,
      maxPoints,
      rule,
      ruleText: ruleText === "" ? null : ruleText,
      ruleSource: parsedRule === "blank" ? "blank" : "given",
      bonusFrom: null,
      penaltyCap: null,
      bands: [],
      gradeShares: [],
      bonusPerPercent: num("bonusPerPercent"),
      bonusCap: num("bonusCap"),
      penaltyPerPercent: num("penaltyPerPercent"),
      mandatory: mandatoryRaw === true || (typeof mandatoryRaw === "number" ? mandatoryRaw === 1 : typeof mandatoryRaw === "string" && MANDATORY_YES.has(mandatoryRaw.trim().normalize("NFC").toLowerCase())),
      groupCode: e.group,
      row: sheetRow(sheet, r),
    };
  }

  function isBlankCell(r: number, c: number): boolean {
    const raw = rawAt(sheet, r, c);
    return raw === null || (typeof raw === "string" && raw.trim() === "");
  }
}
