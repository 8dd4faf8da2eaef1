/** The pledge sheet (docs/so-lieu.md §2), read as a sequence of named steps: rows → entries (own cells and the rule
 * rows below) → hierarchy → "Ghi chú" caps → indicators and headings → sum checks → the index reports match to. */
import type { Finding, RequiredPledgeColumn } from "../findings";
import type { Group, Heading, Indicator, Pledge } from "../model";
import type { SheetSnapshot } from "./snapshot";
import { indicatorRef, makeFinding } from "../findings/makeFinding";
import { FindingSink, SheetPlace } from "./findingSink";
import type { TableHeader } from "./findHeader";
import { codeSegments, toRoman } from "./indicatorCode";
import type { LabelCache } from "./labelCache";
import type { PledgeIndex } from "./pledgeIndex";
import { qualifyCode } from "./pledgeIndex";
import { pointsAt, scanPledgeRows, type PledgeRow, type PledgeSheet } from "./pledgeRows";
import { readEntry, readRuleRows, type Entry } from "./pledgeEntry";
import { buildTree, entryKey, isScored, type Node } from "./pledgeTree";
import { rawAt, sheetRow } from "./sheetCells";

export interface PledgeReading {
  readonly pledge: Pledge | null;
  readonly index: PledgeIndex | null;
  readonly findings: readonly Finding[];
}

interface SumRow {
  readonly r: number;
  readonly group: string | null;
  readonly name: string;
  readonly points: number;
}

interface Entries {
  readonly entries: readonly Entry[];
  readonly groups: readonly Group[];
  readonly groupRows: readonly SumRow[];
  readonly totalRows: readonly SumRow[];
}

const NO_CODES: readonly string[] = [];
const REQUIRED: readonly RequiredPledgeColumn[] = ["code", "name", "maxPoints"];
const TOLERANCE = 1e-6;

export function readPledge(sheet: SheetSnapshot, header: TableHeader | null, file: string | null, labels: LabelCache): PledgeReading {
  const sink = new FindingSink();
  const place = new SheetPlace(file, sheet, null);
  const columns = header?.columns ?? {};
  const missing = REQUIRED.filter((f) => columns[f] === undefined);
  if (!header || missing.length > 0) {
    sink.add(makeFinding("PLEDGE_MISSING_COLUMN", "error", place.whole(), { missing }));
    return { pledge: null, index: null, findings: sink.findings };
  }
  const p: PledgeSheet = { sheet, header, place, sink, labels };
  const rows = scanPledgeRows(p);
  const read = collectEntries(p, rows);
  const qualified = codesRepeat(read.entries);
  const nodes = buildTree(read.entries, qualified);
  const caps = noteCaps(nodes);
  const tasks = taskGroups(nodes, read.groups, qualified);
  const { indicators, headings } = makeIndicators(p, nodes, caps, qualified, tasks.groupOf);
  checkSums(p, nodes, read);
  if (indicators.length === 0) sink.add(makeFinding("PLEDGE_EMPTY", "error", place.whole(), {}));

  const pledge: Pledge = {
    file,
    sheet: sheet.name,
    groups: tasks.groups,
    indicators,
    headings,
    indicatorCount: nodes.filter((n) => n.kind !== "label" && n.kind !== "transparent" && scoredParent(n) === null && (n.kind !== "adjustment" || n.adjusts === null)).length,
  };
  return { pledge, index: indexPledge(nodes, indicators, headings, read.groups, qualified, labels), findings: sink.inSheetOrder() };
}

/** Step 2: coded rows with their own cells and the uncoded rows below them; groups and totals; duplicates. */
function collectEntries(p: PledgeSheet, rows: readonly PledgeRow[]): Entries {
  const groups: Group[] = [];
  const groupRows: SumRow[] = [];
  const totalRows: SumRow[] = [];
  const entries: Entry[] = [];
  const seen = new Map<string, number>();
  let group: string | null = null;
  let current: { readonly row: Extract<PledgeRow, { kind: "coded" }>; readonly below: Extract<PledgeRow, { kind: "uncoded" }>[] } | null = null;
  const flush = (): void => {
    if (current === null) return;
    entries.push(readEntry(p, current.row, group, readRuleRows(p, current.below)));
    current = null;
  };
  for (const row of rows) {
    if (row.kind === "uncoded") {
      current?.below.push(row);
      continue;
    }
    flush();
    const points = (): number | null => pointsAt(p, row.r);
    switch (row.kind) {
      case "group": {
        group = row.code ?? toRoman(groups.length + 1);
        const name = row.name || group;
        groups.push({ code: group, name });
        const given = points();
        if (given !== null) groupRows.push({ r: row.r, group, name, points: given });
        break;
      }
      case "total": {
        const given = points();
        if (given !== null) totalRows.push({ r: row.r, group, name: row.name, points: given });
        break;
      }
      case "coded": {
        const key = `${group ?? ""}|${row.walked.segments.join("·")}`;
        const first = seen.get(key);
        if (first !== undefined) {
          const facts = { indicatorCode: row.walked.code, firstRow: sheetRow(p.sheet, first) };
          p.sink.add(makeFinding("DUPLICATE_CODE", "error", p.place.at(row.r, p.header.columns.code ?? 0), facts));
          break;
        }
        seen.set(key, row.r);
        current = { row, below: [] };
        break;
      }
    }
  }
  flush();
  return { entries, groups, groupRows, totalRows };
}

/** Codes that restart in every group ("I. 1, 2, 3; II. 1, 2") are told apart by their group. */
function codesRepeat(entries: readonly Entry[]): boolean {
  const keys = new Set<string>();
  for (const e of entries) {
    const k = e.walked.segments.join("·");
    if (keys.has(k)) return true;
    keys.add(k);
  }
  return false;
}

interface Caps {
  penaltyCap: number | null;
  bonusCap: number | null;
}

/** Step 4: "Ghi chú: tổng điểm trừ của mục a1 không quá 1,5 điểm" caps the item it names, else the item of the
 * row above (an adjustment's item when it follows adjustment rows). A cap given in a column wins; a code not in
 * the table sets nothing (decided readings). */
function noteCaps(nodes: readonly Node[]): ReadonlyMap<Node, Caps> {
  const caps = new Map<Node, Caps>();
  const byKey = new Map<string, Node>();
  for (const n of nodes) byKey.set(`${n.entry.group ?? ""}|${n.entry.walked.segments.join("·")}`, n);
  for (const n of nodes) {
    for (const note of n.entry.noteCaps) {
      const target = note.code !== null ? byKey.get(`${n.entry.group ?? ""}|${codeSegments(note.code).join("·")}`) : n.kind === "adjustment" ? n.adjusts : n;
      if (!target) continue;
      const c = caps.get(target) ?? { penaltyCap: null, bonusCap: null };
      if (note.kind === "penalty") c.penaltyCap ??= note.cap;
      else c.bonusCap ??= note.cap;
      caps.set(target, c);
    }
  }
  return caps;
}

/** Groups without group rows (decided reading): only top-level rows with non-adjustment children (headings) are
 * task groups; the other top-level rows share one unnamed group. A table with group rows keeps them. */
function taskGroups(nodes: readonly Node[], groups: readonly Group[], qualified: boolean): { groups: readonly Group[]; groupOf: (n: Node) => string | null } {
  const keep = { groups, groupOf: (n: Node): string | null => n.entry.group };
  if (groups.length > 0) return keep;
  const tops = nodes.filter((n) => n.kind === "heading" && scoredParent(n) === null);
  if (tops.length === 0) return keep;
  const codeOf = (n: Node): string => qualifyCode(n.entry.group, n.entry.walked.code, qualified);
  const others = nodes.some((n) => (n.kind === "leaf" || (n.kind === "adjustment" && n.adjusts === null)) && rootOf(n) === n);
  const out: Group[] = tops.map((n) => ({ code: codeOf(n), name: n.entry.name || codeOf(n) }));
  if (others) out.push({ code: "", name: "" });
  return {
    groups: out,
    groupOf: (n) => {
      const root = rootOf(n);
      return root.kind === "heading" ? codeOf(root) : "";
    },
  };
}

function rootOf(n: Node): Node {
  let r = n;
  for (let a = scoredParent(n); a !== null; a = scoredParent(a)) r = a;
  // An adjustment belongs to the group of the item it adjusts.
  if (r === n && n.kind === "adjustment" && n.adjusts !== null) return rootOf(n.adjusts);
  return r;
}

/** The nearest ancestor that is scored (a heading or a leaf), skipping transparent rows and labels. */
function scoredParent(n: Node): Node | null {
  let p = n.parent;
  while (p !== null && !isScored(p)) p = p.parent;
  return p;
}

/** Step 5: leaves and adjustments as Indicators, headings as Headings. */
function makeIndicators(
  p: PledgeSheet,
  nodes: readonly Node[],
  caps: ReadonlyMap<Node, Caps>,
  qualified: boolean,
  groupOf: (n: Node) => string | null,
): { indicators: Indicator[]; headings: Heading[] } {
  const codeOf = (n: Node): string => qualifyCode(n.entry.group, n.entry.walked.code, qualified);
  const indicators: Indicator[] = [];
  const headings: Heading[] = [];
  const inheritedMandatory = (n: Node): boolean => {
    for (let a = scoredParent(n); a !== null; a = scoredParent(a)) if (a.kind === "heading" && a.entry.mandatory) return true;
    return false;
  };
  for (const n of nodes) {
    const e = n.entry;
    const cap = caps.get(n);
    const parent = scoredParent(n);
    // Full literals, not a spread of shared fields: V8 builds these with one shape, several times faster.
    const code = codeOf(n);
    const parentCode = parent === null ? null : codeOf(parent);
    const bonusCap = e.bonusCap ?? cap?.bonusCap ?? null;
    const penaltyCap = e.penaltyCap ?? cap?.penaltyCap ?? null;
    const groupCode = groupOf(n);
    const row = sheetRow(p.sheet, e.r);
    if (n.kind === "heading") {
      headings.push({
        code,
        segments: e.walked.segments,
        name: e.name,
        maxPoints: e.points,
        parentCode,
        children: n.children.filter(isScored).map(codeOf),
        leaves: leavesOf(n).map(codeOf),
        adjustments: n.adjustments.map(codeOf),
        bonusCap,
        penaltyCap,
        mandatory: e.mandatory || inheritedMandatory(n),
        groupCode,
        row,
      });
      continue;
    }
    if (n.kind !== "leaf" && n.kind !== "adjustment") continue;
    const adjustment = n.kind === "adjustment";
    indicators.push({
      code,
      segments: e.walked.segments,
      parentCode,
      adjusts: n.adjusts === null ? null : codeOf(n.adjusts),
      adjustments: n.adjustments.length === 0 ? NO_CODES : n.adjustments.map(codeOf),
      name: e.name,
      unit: e.unit,
      maxPoints: leafPoints(p, e),
      rule: e.rule,
      ruleText: e.ruleText,
      ruleSource: e.ruleSource,
      bonusPerPercent: e.bonusPerPercent,
      bonusCap,
      penaltyPerPercent: e.penaltyPerPercent,
      bonusFrom: e.bonusFrom,
      penaltyCap,
      bands: e.bands,
      gradeShares: e.gradeShares,
      // Bắt buộc is ignored on bonus and penalty rows; a heading's passes to its leaves (decided readings).
      mandatory: adjustment || e.rule === "bonus" || e.rule === "penalty" ? false : e.mandatory || inheritedMandatory(n),
      groupCode,
      row,
    });
  }
  return { indicators, headings };
}

/** M of a leaf or adjustment: blank points are an error unless the row's points came from Thưởng or Trừ; a
 * negative M is an error except on a penalty row (written "-0,5" under Chuẩn). */
function leafPoints(p: PledgeSheet, e: Entry): number {
  const col = p.header.columns.maxPoints ?? 0;
  if (e.points === null) {
    const raw = rawAt(p.sheet, e.r, col);
    if (raw === null || (typeof raw === "string" && raw.trim() === "")) {
      p.sink.add(makeFinding("INVALID_POINTS", "error", p.place.at(e.r, col), { reason: "blank", indicator: indicatorRef({ code: e.walked.code, name: e.name }) }));
    }
    return 0;
  }
  if (e.points >= 0) return e.points;
  if (e.rule === "penalty") return -e.points;
  p.sink.add(makeFinding("INVALID_POINTS", "error", p.place.at(e.r, col), { reason: "negative", indicatorCode: e.walked.code, points: e.points }));
  return 0;
}

function leavesOf(n: Node): Node[] {
  const out: Node[] = [];
  for (const c of n.children) {
    if (c.kind === "leaf") out.push(c);
    else if (c.kind === "heading") out.push(...leavesOf(c));
  }
  return out;
}

/** Sum of the leaves' points below a node (itself when a leaf): `scored` leaves out stand-alone bonus and penalty
 * rows, `all` counts them, so that a group total written either way matches. */
function sums(n: Node): { all: number; scored: number } {
  if (n.kind === "leaf") {
    const pts = Math.abs(n.entry.points ?? 0);
    return { all: pts, scored: pts };
  }
  if (n.kind === "adjustment") return { all: Math.abs(n.entry.points ?? 0), scored: 0 };
  return leavesOf(n).reduce((acc, l) => ({ all: acc.all + Math.abs(l.entry.points ?? 0), scored: acc.scored + Math.abs(l.entry.points ?? 0) }), { all: 0, scored: 0 });
}

/** Step 6: points written on headings, group rows and total rows against the sums (warnings only). */
function checkSums(p: PledgeSheet, nodes: readonly Node[], read: Entries): void {
  const col = p.header.columns.maxPoints ?? 0;
  const matches = (given: number, s: { all: number; scored: number }): boolean => Math.abs(given - s.all) < TOLERANCE || Math.abs(given - s.scored) < TOLERANCE;
  const childPoints = (c: Node): number => c.entry.points ?? c.children.filter(isScored).reduce((acc, k) => acc + childPoints(k), 0);
  for (const n of nodes) {
    if (n.kind !== "heading" || n.entry.points === null) continue;
    const kids = n.children.filter(isScored);
    const sum = kids.reduce((acc, k) => acc + childPoints(k), 0);
    if (Math.abs(sum - n.entry.points) < TOLERANCE) continue;
    const facts = { indicatorCode: n.entry.walked.code, children: kids.map((k) => k.entry.walked.code), given: n.entry.points, sum };
    p.sink.add(makeFinding("PARENT_POINTS_MISMATCH", "warning", p.place.at(n.entry.r, col), facts));
  }
  const roots = nodes.filter((n) => (isScored(n) || (n.kind === "adjustment" && n.adjusts === null)) && scoredParent(n) === null);
  const sumOver = (inGroup: (n: Node) => boolean): { all: number; scored: number } =>
    roots.filter(inGroup).reduce((acc, n) => {
      const s = sums(n);
      return { all: acc.all + s.all, scored: acc.scored + s.scored };
    }, { all: 0, scored: 0 });
  for (const g of read.groupRows) {
    const s = sumOver((n) => n.entry.group === g.group);
    if (!matches(g.points, s)) {
      p.sink.add(makeFinding("GROUP_POINTS_MISMATCH", "warning", p.place.at(g.r, col), { group: g.group ?? "", name: g.name, given: g.points, sum: s.all }));
    }
  }
  for (const t of read.totalRows) {
    const whole = sumOver(() => true);
    const ofGroup = t.group === null ? whole : sumOver((n) => n.entry.group === t.group);
    if (!matches(t.points, whole) && !matches(t.points, ofGroup)) {
      p.sink.add(makeFinding("TOTAL_POINTS_MISMATCH", "warning", p.place.at(t.r, col), { name: t.name, given: t.points, sum: whole.all }));
    }
  }
}

/** Step 7: what report rows are matched against. */
function indexPledge(
  nodes: readonly Node[],
  indicators: readonly Indicator[],
  headings: readonly Heading[],
  groups: readonly Group[],
  qualified: boolean,
  labels: LabelCache,
): PledgeIndex {
  const byCode = new Map<string, Indicator>();
  const headingCodes = new Set<string>();
  const headingNames = new Set<string>();
  const headingByKey = new Map<string, Heading>();
  const headingByName = new Map<string, Heading | null>();
  const indicatorByCode = new Map(indicators.map((i) => [i.code, i]));
  const headingByCode = new Map(headings.map((h) => [h.code, h]));
  for (const n of nodes) {
    const key = entryKey(n.entry.group, n.entry.walked.segments, qualified);
    const code = qualifyCode(n.entry.group, n.entry.walked.code, qualified);
    const ind = indicatorByCode.get(code);
    if (ind) {
      byCode.set(key, ind);
      continue;
    }
    headingCodes.add(key);
    const name = n.entry.name === "" ? "" : labels.label(n.entry.name);
    if (name !== "") headingNames.add(name);
    const h = headingByCode.get(code);
    if (h) {
      headingByKey.set(key, h);
      if (name !== "") headingByName.set(name, headingByName.has(name) ? null : h);
    }
  }
  const byName = new Map<string, Indicator | null>();
  for (const i of indicators) {
    const key = labels.label(i.name);
    if (key !== "") byName.set(key, byName.has(key) ? null : i);
  }
  const groupByName = new Map(groups.map((g) => [labels.label(g.name), g.code]));
  return { byCode, byName, headingCodes, headingNames, headingByKey, headingByName, groupByName, qualified, leaves: indicators };
}
