/**
 * Small factories for tests of the minutes, plans and Word export: Cụm thi đua số 2, tỉnh Gia Lai, year 2023,
 * with the figures of docs/so-lieu-mau.md. Built by hand so that these tests do not depend on the reader or scorer.
 */
import type { ClusterData, ClusterInfo, Field, Indicator, MemberReport, ReportRow } from "../model";
import type { ClusterResult, IndicatorScore, MemberResult } from "../score/result";
import { indicator as testIndicator } from "./scoreData";

function field(value: number | undefined, cell: string): Field {
  return value === undefined ? { kind: "blank", cell } : { kind: "number", value, percent: false, approximate: false, cell };
}

function indicator(code: string, name: string, unit: string | null, maxPoints: number, groupCode: string, row: number): Indicator {
  return testIndicator(code, { name, unit, maxPoints, groupCode, row });
}

export const INDICATORS: readonly Indicator[] = [
  indicator("1", "Tổng giá trị sản xuất (giá so sánh 2010)", "tỷ đồng", 30, "I", 6),
  indicator("2", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 20, "I", 7),
  indicator("3", "Tỷ lệ giảm hộ nghèo", "%", 50, "II", 9),
];

interface RowFigures {
  readonly actual?: number;
  readonly growth?: number;
}

export function memberReport(member: string, figures: Readonly<Record<string, RowFigures>>, file: string | null = null): MemberReport {
  const rows: Record<string, ReportRow> = {};
  INDICATORS.forEach((ind, i) => {
    const f = figures[ind.code] ?? {};
    const r = 8 + i;
    rows[ind.code] = {
      indicatorCode: ind.code,
      row: r,
      plan: field(undefined, `C${r}`),
      actual: field(f.actual, `D${r}`),
      attainment: field(undefined, `E${r}`),
      growth: field(f.growth, `F${r}`),
      selfScore: field(undefined, `G${r}`),
      clusterScore: field(undefined, `H${r}`),
      reason: null,
      note: null,
      notAssigned: null,
    };
  });
  return { member, file, sheet: "Báo cáo", rows };
}

export const INFO: ClusterInfo = {
  clusterName: "Cụm thi đua số 2",
  authority: "UBND tỉnh Gia Lai",
  year: 2023,
  head: "huyện Đak Pơ",
  deputy: "thị xã An Khê",
  rotation: [],
  meritCount: 1,
  conferenceDate: { year: 2024, month: 1, day: 22 },
  conferenceText: "8 giờ 00, ngày 22/01/2024",
  place: "Hội trường UBND huyện Đak Pơ",
  chair: "Nguyễn Văn A",
  secretary: "Trần Thị B",
  attendees: null,
  classes: [],
};

/** Workbook order as the cluster report lists them. */
export function sampleData(overrides: Partial<ClusterData> = {}): ClusterData {
  return {
    info: INFO,
    pledge: {
      file: "cum-2.xlsx",
      sheet: "Giao ước",
      groups: [
        { code: "I", name: "Phát triển kinh tế" },
        { code: "II", name: "Văn hóa - xã hội" },
      ],
      indicators: INDICATORS,
      indicatorCount: 3,
      headings: [],
    },
    reports: [
      memberReport("huyện Đak Pơ", { "1": { actual: 2735.764, growth: 7.67 } }, "dak-po.xlsx"),
      memberReport("huyện Đak Đoa", { "1": { actual: 10858, growth: 10.7 } }, "dak-doa.xlsx"),
      memberReport("huyện Kbang", { "1": { actual: 5696.5, growth: 8.068 } }, "kbang.xlsx"),
      memberReport("huyện Mang Yang", { "1": { actual: 7662.6, growth: 11.7 } }, "mang-yang.xlsx"),
      memberReport("thị xã An Khê", { "1": { actual: 18797.39, growth: 12.83 } }, "an-khe.xlsx"),
    ],
    findings: [],
    ...overrides,
  };
}

export function memberResult(name: string, rank: number, total: number, attainments: readonly (number | null)[], overrides: Partial<MemberResult> = {}): MemberResult {
  const indicators: IndicatorScore[] = INDICATORS.map((ind, i) => {
    const attainment = attainments[i] ?? null;
    const points = attainment === null ? 0 : Math.min(ind.maxPoints, (ind.maxPoints * attainment) / 100);
    return { code: ind.code, attainment, points, computedPoints: points, met: attainment !== null && attainment >= 100, notAssigned: false };
  });
  const groupPoints = (code: string): number =>
    indicators.filter((_, i) => INDICATORS[i]?.groupCode === code).reduce((s, x) => s + x.points, 0);
  return {
    name,
    source: { file: null, sheet: "Báo cáo" },
    rank,
    total,
    rawTotal: total,
    memberMax: 100,
    percentOfMax: total,
    classification: null,
    headings: [],
    met: indicators.filter((x) => x.met === true).length,
    mandatoryUnmet: 0,
    disqualified: false,
    hasErrors: false,
    award: null,
    selfScore: null,
    groups: [
      { code: "I", name: "Phát triển kinh tế", points: groupPoints("I") },
      { code: "II", name: "Văn hóa - xã hội", points: groupPoints("II") },
    ],
    indicators,
    ...overrides,
  };
}

export function sampleResult(overrides: Partial<ClusterResult> = {}): ClusterResult {
  return {
    cluster: "Cụm thi đua số 2",
    year: 2023,
    maxPoints: 100,
    members: [
      memberResult("huyện Kbang", 1, 100, [100.019, 100, 100], { award: "flag" }),
      memberResult("huyện Đak Pơ", 2, 99.5, [100.05, 99, 100], { award: "merit" }),
      memberResult("huyện Mang Yang", 3, 98.25, [100.58, 96.25, 100]),
      memberResult("thị xã An Khê", 4, 97.125, [100.3, 95.625, 99]),
      memberResult("huyện Đak Đoa", 5, 90, [100.44, null, 95]),
    ],
    proposals: {
      leader: "huyện Kbang",
      merit: ["huyện Đak Pơ"],
      nextHead: "thị xã An Khê",
      nextDeputy: "huyện Mang Yang",
      noLeaderReason: null,
    },
    findings: [],
    ...overrides,
  };
}
