/** Small ClusterData factories for the scoring tests: built directly, not through the reader. */
import type { Finding, FindingFacts } from "../findings";
import { makeFinding } from "../findings/makeFinding";
import type { ClusterData, ClusterInfo, Field, Group, Heading, Indicator, MemberReport, ParsedCell, ReportRow } from "../model";
import { scoreCluster } from "../score/scoreCluster";
import { codeSegments } from "../read/indicatorCode";

/** A cell value as a test writes it: a number, a text, a boolean, a percent, an Excel error, or blank. */
export type TestValue = number | string | boolean | null | undefined | ParsedCell;

export function percent(value: number): ParsedCell {
  return { kind: "number", value, percent: true, approximate: false };
}

export function excelError(text: string): ParsedCell {
  return { kind: "error", text };
}

function parsed(value: TestValue): ParsedCell {
  if (value === null || value === undefined) return { kind: "blank" };
  if (typeof value === "number") return { kind: "number", value, percent: false, approximate: false };
  if (typeof value === "string") return { kind: "text", text: value };
  if (typeof value === "boolean") return { kind: "bool", value };
  return value;
}

export function indicator(code: string, overrides: Partial<Indicator> = {}): Indicator {
  return {
    code,
    segments: codeSegments(code),
    parentCode: null,
    adjusts: null,
    adjustments: [],
    name: `Chỉ tiêu số ${code}`,
    unit: null,
    maxPoints: 30,
    rule: "ratio",
    ruleText: null,
    bonusPerPercent: null,
    bonusCap: null,
    penaltyPerPercent: null,
    ruleSource: "blank",
    bonusFrom: null,
    penaltyCap: null,
    bands: [],
    gradeShares: [],
    mandatory: false,
    groupCode: null,
    row: 5,
    ...overrides,
  };
}

export interface RowValues {
  readonly plan?: TestValue;
  readonly actual?: TestValue;
  readonly attainment?: TestValue;
  readonly selfScore?: TestValue;
  readonly clusterScore?: TestValue;
  /** The appraisal's reason (Lý do). */
  readonly reason?: string;
  /** true: the row says "Không giao" in its plan column. */
  readonly notAssigned?: boolean;
}

/** Report columns: plan D, actual E, attainment F, growth G, self-score H, cluster score I; rows from 10 on. */
export function row(code: string, values: RowValues, sheetRow = 10): ReportRow {
  const field = (column: string, value: TestValue): Field => ({ ...parsed(value), cell: `${column}${sheetRow}` });
  return {
    indicatorCode: code,
    row: sheetRow,
    plan: field("D", values.notAssigned === true ? "Không giao" : values.plan),
    actual: field("E", values.actual),
    attainment: field("F", values.attainment),
    growth: field("G", null),
    selfScore: field("H", values.selfScore),
    clusterScore: field("I", values.clusterScore),
    reason: values.reason ?? null,
    note: null,
    notAssigned: values.notAssigned === true ? { field: "plan", cell: `D${sheetRow}`, text: "Không giao" } : null,
  };
}

/** A member's report; rows are given per indicator code and get consecutive sheet rows. */
export function report(member: string, rows: Readonly<Record<string, RowValues>>, file: string | null = `${member}.xlsx`): MemberReport {
  const entries = Object.entries(rows).map(([code, values], i) => [code, row(code, values, 10 + i)] as const);
  return { member, file, sheet: "Báo cáo", rows: Object.fromEntries(entries) };
}

export function info(overrides: Partial<ClusterInfo> = {}): ClusterInfo {
  return {
    clusterName: "Cụm thi đua số 2",
    authority: "UBND tỉnh Gia Lai",
    year: 2024,
    head: null,
    deputy: null,
    rotation: [],
    meritCount: 2,
    conferenceDate: null,
    conferenceText: null,
    place: null,
    chair: null,
    secretary: null,
    attendees: null,
    classes: [],
    ...overrides,
  };
}

export interface ClusterParts {
  readonly indicators?: readonly Indicator[];
  readonly groups?: readonly Group[];
  readonly headings?: readonly Heading[];
  readonly reports?: readonly MemberReport[];
  readonly findings?: readonly Finding[];
  readonly info?: Partial<ClusterInfo>;
  /** true: the cluster has no pledge sheet at all. */
  readonly noPledge?: boolean;
}

export function cluster(parts: ClusterParts): ClusterData {
  const indicators = parts.indicators ?? [];
  return {
    info: info(parts.info),
    pledge: parts.noPledge
      ? null
      : { file: "cum.xlsx", sheet: "Giao ước", groups: parts.groups ?? [], indicators, headings: parts.headings ?? [], indicatorCount: indicators.length },
    reports: parts.reports ?? [],
    findings: parts.findings ?? [],
  };
}

/** One member scored on one indicator: the common shape of the method tests. */
export function single(ind: Indicator, values: RowValues, findings: readonly Finding[] = []): ClusterData {
  return cluster({ indicators: [ind], reports: [report("huyện Kbang", { [ind.code]: values })], findings });
}

/** Members whose points on one direct-scored indicator are given: for ranking and proposal tests. */
export function standings(points: Readonly<Record<string, number>>, extra: Omit<ClusterParts, "indicators" | "reports"> = {}): ClusterData {
  const reports = Object.entries(points).map(([member, p]) => report(member, { "1": { clusterScore: p } }));
  return cluster({ ...extra, indicators: [indicator("1", { rule: "direct", maxPoints: 100 })], reports });
}

type ReaderCode = "NOT_A_NUMBER" | "EXCEL_ERROR" | "APPROXIMATE_VALUE" | "MISSING_INDICATOR";

const READER_FACTS: { readonly [C in ReaderCode]: FindingFacts[C] } = {
  NOT_A_NUMBER: { field: "actual", text: "hai nghìn", indicator: null },
  EXCEL_ERROR: { field: "actual", text: "#N/A", indicator: null },
  APPROXIMATE_VALUE: { field: "actual", text: "khoảng 2.700", value: 2700 },
  MISSING_INDICATOR: { indicator: { code: "1", name: "Chỉ tiêu số 1" } },
};

/** A finding the reader made about a member's report (its facts are placeholders: scoring looks at the place). */
export function readerFinding(code: ReaderCode, member: string, cell: string | null, severity: Finding["severity"] = "error"): Finding {
  return makeFinding(code, severity, { file: `${member}.xlsx`, sheet: "Báo cáo", cell, member }, READER_FACTS[code]);
}

const PROPOSAL_CODES: ReadonlySet<Finding["code"]> = new Set(["TIE_FOR_FIRST", "LEADER_PASSED_OVER", "MERIT_TIE", "NO_ELIGIBLE_LEADER"]);

/** Scores one member on one indicator: its points, attainment and met, and the findings scoring added (proposals aside). */
export function scoreOne(ind: Indicator, values: RowValues, readerFindings: readonly Finding[] = []) {
  const data = single(ind, values, readerFindings);
  const result = scoreCluster(data);
  const score = result.members[0]!.indicators[0]!;
  return { ...score, findings: result.findings.slice(readerFindings.length).filter((f) => !PROPOSAL_CODES.has(f.code)), result };
}

/** A heading over scored children (leaves or headings), with its own adjustments and caps. */
export function heading(code: string, children: readonly string[], overrides: Partial<Heading> = {}): Heading {
  return {
    code,
    segments: codeSegments(code),
    name: `Chỉ tiêu số ${code}`,
    maxPoints: null,
    parentCode: null,
    children,
    leaves: children,
    adjustments: [],
    bonusCap: null,
    penaltyCap: null,
    mandatory: false,
    groupCode: null,
    row: 4,
    ...overrides,
  };
}

/** An adjustment row of an item: a penalty or bonus per case (M), optionally capped. */
export function adjustment(code: string, item: string, rule: "bonus" | "penalty", perCase: number, overrides: Partial<Indicator> = {}): Indicator {
  return indicator(code, { rule, ruleSource: "columns", maxPoints: perCase, adjusts: item, parentCode: item, ...overrides });
}

/** Band shorthand: [threshold, points] (threshold null: the floor band), optionally strict ("> X"). */
export function bands(...specs: readonly (readonly [number | null, number, boolean?])[]): Indicator["bands"] {
  return specs.map(([threshold, points, strict]) => ({ threshold, points, strict: strict === true, text: `${strict === true ? ">" : "≥"} ${threshold}: ${points}` }));
}
