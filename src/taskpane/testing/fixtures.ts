import { makeFinding, NOWHERE, type ClusterData, type ClusterInfo, type ClusterResult, type Finding, type Indicator, type MemberReport, type MemberResult } from "../../engine";
import { indicator as testIndicator } from "../../engine/testing/scoreData";
export const DAK_DOA = "huyện Đak Đoa";
export const MANG_YANG = "huyện Mang Yang";
export const KBANG = "huyện Kbang";

export const info: ClusterInfo = {
  clusterName: "Cụm thi đua số 2",
  authority: "UBND tỉnh Gia Lai",
  year: 2024,
  head: "thị xã An Khê",
  deputy: MANG_YANG,
  rotation: [],
  meritCount: 2,
  conferenceDate: { year: 2025, month: 2, day: 12 },
  conferenceText: null,
  place: "Hội trường UBND thị xã An Khê",
  chair: "Nguyễn Văn A",
  secretary: null,
  attendees: null,
  classes: [],
};

function indicator(code: string, name: string, unit: string | null, maxPoints: number, row: number): Indicator {
  return testIndicator(code, { name, unit, maxPoints, groupCode: "I", row });
}

export const indicators: readonly Indicator[] = [
  indicator("1", "Tổng giá trị sản xuất", "tỷ đồng", 30, 6),
  indicator("2", "Thu ngân sách nhà nước", "tỷ đồng", 20, 7),
];

function report(member: string, file: string): MemberReport {
  return { member, file, sheet: "Báo cáo", rows: {} };
}

export const notANumber: Finding = makeFinding(
  "NOT_A_NUMBER",
  "error",
  { file: "kbang.xlsx", sheet: "TH huyện Kbang", cell: "E12", member: KBANG },
  { field: "actual", text: "hai nghìn", indicator: null },
);

export const approximate: Finding = makeFinding(
  "APPROXIMATE_VALUE",
  "warning",
  { file: "mang-yang.xlsx", sheet: "TH huyện Mang Yang", cell: "E7", member: MANG_YANG },
  { field: "actual", text: "trên 2.636", value: 2636 },
);

export const noYear: Finding = makeFinding("NO_YEAR", "warning", NOWHERE, { text: null });

export function clusterData(overrides: Partial<ClusterData> = {}): ClusterData {
  return {
    info,
    pledge: { file: null, sheet: "Giao ước thi đua 2024", groups: [{ code: "I", name: "Phát triển kinh tế" }], indicators, headings: [], indicatorCount: 2 },
    reports: [report(DAK_DOA, "dak-doa.xlsx"), report(MANG_YANG, "mang-yang.xlsx"), report(KBANG, "kbang.xlsx")],
    findings: [notANumber, approximate],
    ...overrides,
  };
}

function member(name: string, rank: number, total: number, award: MemberResult["award"], hasErrors = false): MemberResult {
  return {
    name,
    source: { file: null, sheet: `TH ${name}` },
    rank,
    total,
    rawTotal: total,
    memberMax: 1000,
    percentOfMax: total / 10,
    classification: null,
    headings: [],
    met: 2,
    mandatoryUnmet: 0,
    disqualified: false,
    hasErrors,
    award,
    selfScore: null,
    groups: [],
    indicators: [],
  };
}

export function clusterResult(overrides: Partial<ClusterResult> = {}): ClusterResult {
  return {
    cluster: "Cụm thi đua số 2",
    year: 2024,
    maxPoints: 1000,
    members: [member(DAK_DOA, 1, 1012.5, "flag"), member(MANG_YANG, 2, 998.25, "merit"), member(KBANG, 3, 940, null, true)],
    proposals: { leader: DAK_DOA, merit: [MANG_YANG], nextHead: MANG_YANG, nextDeputy: KBANG, noLeaderReason: null },
    findings: [notANumber, approximate],
    ...overrides,
  };
}
