import { makeFinding } from "../findings";
import { scoreCluster } from "./scoreCluster";
import { cluster, indicator, readerFinding, report } from "../testing/scoreData";

const groups = [
  { code: "I", name: "Phát triển kinh tế" },
  { code: "II", name: "Văn hóa - xã hội" },
];

describe("totals", () => {
  const data = cluster({
    groups,
    indicators: [
      indicator("1", { maxPoints: 30, groupCode: "I" }),
      indicator("2", { maxPoints: 20, groupCode: "II", rule: "pass", mandatory: true }),
      indicator("3", { maxPoints: 50, groupCode: "I" }),
      indicator("4", { maxPoints: 2, rule: "bonus", groupCode: "II" }),
      indicator("5", { maxPoints: 1, rule: "penalty", groupCode: "II" }),
    ],
    reports: [
      report("huyện Kbang", {
        "1": { plan: 100, actual: 100, selfScore: 30 },
        "2": { actual: "Đạt", selfScore: 20 },
        "3": { plan: 100, actual: 90, selfScore: 45 },
        "4": { actual: 1, selfScore: 2 },
        "5": { actual: 3, selfScore: -3 },
      }),
      report("huyện Mang Yang", {
        "1": { plan: 100, actual: 50 },
        "2": { actual: "Không đạt" },
        "3": { plan: 100, actual: 100 },
      }),
    ],
  });
  const result = scoreCluster(data);
  const kbang = result.members.find((m) => m.name === "huyện Kbang")!;
  const mangYang = result.members.find((m) => m.name === "huyện Mang Yang")!;

  it("sums all points, bonus and penalty included", () => {
    expect(kbang.total).toBeCloseTo(30 + 20 + 45 + 2 - 3, 9);
  });
  it("takes the maximum over indicators that are not bonus or penalty", () => {
    expect(result.maxPoints).toBe(100);
    expect(kbang.percentOfMax).toBeCloseTo(94, 9);
  });
  it("gives group subtotals in pledge group order", () => {
    expect(kbang.groups).toEqual([
      { code: "I", name: "Phát triển kinh tế", points: 75 },
      { code: "II", name: "Văn hóa - xã hội", points: 19 },
    ]);
  });
  it("counts met indicators, leaving bonus and penalty out", () => {
    expect(kbang.met).toBe(2);
    expect(kbang.indicators.map((i) => i.met)).toEqual([true, true, false, null, null]);
  });
  it("disqualifies a member that misses a mandatory indicator", () => {
    expect(mangYang.mandatoryUnmet).toBe(1);
    expect(mangYang.disqualified).toBe(true);
    expect(kbang.disqualified).toBe(false);
  });
  it("sums the self-scores, or null when the member gave none", () => {
    expect(kbang.selfScore).toBe(94);
    expect(mangYang.selfScore).toBeNull();
  });
  it("scores a missing indicator 0 without another finding", () => {
    expect(mangYang.indicators[3]).toEqual({ code: "4", attainment: null, points: 0, computedPoints: 0, met: null, notAssigned: false });
    expect(result.findings).toEqual([]);
  });
  it("keeps the source of each member", () => {
    expect(kbang.source).toEqual({ file: "huyện Kbang.xlsx", sheet: "Báo cáo" });
  });
});

describe("group subtotals without groups", () => {
  it("puts every indicator in one group with an empty code when the pledge has no groups", () => {
    const r = scoreCluster(cluster({ indicators: [indicator("1")], reports: [report("huyện A", { "1": { plan: 1, actual: 1 } })] }));
    expect(r.members[0]!.groups).toEqual([{ code: "", name: "Các chỉ tiêu", points: 30 }]);
  });
  it("adds an “other” group only for indicators outside the pledge's groups", () => {
    const r = scoreCluster(
      cluster({
        groups,
        indicators: [indicator("1", { groupCode: "I" }), indicator("2")],
        reports: [report("huyện A", { "1": { plan: 1, actual: 1 }, "2": { plan: 2, actual: 1 } })],
      }),
    );
    expect(r.members[0]!.groups.map((g) => [g.code, g.name, g.points])).toEqual([
      ["I", "Phát triển kinh tế", 30],
      ["II", "Văn hóa - xã hội", 0],
      ["", "Các chỉ tiêu khác", 15],
    ]);
  });
  it("gives 0 % of the maximum when the maximum is 0", () => {
    const r = scoreCluster(
      cluster({ indicators: [indicator("1", { rule: "bonus", maxPoints: 1 })], reports: [report("huyện A", { "1": { actual: 2 } })] }),
    );
    expect(r.maxPoints).toBe(0);
    expect(r.members[0]!.total).toBe(2);
    expect(r.members[0]!.percentOfMax).toBe(0);
  });
});

describe("self-score check", () => {
  it("warns when the self-scores differ from the computed total by more than half a point", () => {
    const r = scoreCluster(
      cluster({ indicators: [indicator("1")], reports: [report("huyện Kbang", { "1": { plan: 100, actual: 90, selfScore: 30 } })] }),
    );
    expect(r.findings).toEqual([
      expect.objectContaining({ severity: "warning", code: "SELF_SCORE_DIFFERS", where: expect.objectContaining({ member: "huyện Kbang", sheet: "Báo cáo", cell: null }) }),
    ]);
    expect(r.findings[0]).toMatchObject({ selfScore: 30, total: 27 });
  });
  it("accepts a difference of half a point", () => {
    const r = scoreCluster(
      cluster({ indicators: [indicator("1")], reports: [report("huyện Kbang", { "1": { plan: 100, actual: 90, selfScore: 27.5 } })] }),
    );
    expect(r.findings).toEqual([]);
  });
});

describe("indicators that cannot be scored", () => {
  const unknown = indicator("7", { rule: null, ruleText: "Theo cảm tính" });
  const data = cluster({
    indicators: [indicator("1"), unknown],
    reports: [report("huyện A", { "1": { plan: 1, actual: 1 }, "7": { actual: 5 } }), report("huyện B", { "1": { plan: 1, actual: 1 } })],
    findings: [
      makeFinding("UNKNOWN_RULE", "error", { file: "cum.xlsx", sheet: "Giao ước", cell: "F12", member: null }, { indicatorCode: "7", text: "Theo cảm tính" }),
    ],
  });
  const result = scoreCluster(data);

  it("gives every member a RULE_NOT_SCORED error and 0 points for an unknown rule", () => {
    const mine = result.findings.filter((f) => f.code === "RULE_NOT_SCORED");
    expect(mine.map((f) => [f.where.member, f.where.cell, f.severity])).toEqual([
      ["huyện A", "E11", "error"],
      ["huyện B", null, "error"],
    ]);
    expect(mine[0]).toMatchObject({ code: "RULE_NOT_SCORED", indicator: { code: "7", name: "Chỉ tiêu số 7" }, ruleText: "Theo cảm tính" });
    expect(result.members.map((m) => m.indicators[1]!.points)).toEqual([0, 0]);
  });
  it("still counts its standard points in the maximum", () => {
    expect(result.maxPoints).toBe(60);
  });
  it("puts the reader's findings first, then scoring's", () => {
    expect(result.findings[0]!.code).toBe("UNKNOWN_RULE");
  });
  it("marks members with an error finding, the reader's included", () => {
    const r = scoreCluster(
      cluster({
        indicators: [indicator("1")],
        reports: [report("huyện A", { "1": { plan: 1, actual: 1 } }), report("huyện B", { "1": { plan: 1, actual: 1 } })],
        findings: [readerFinding("MISSING_INDICATOR", "huyện B", null), readerFinding("APPROXIMATE_VALUE", "huyện A", "E10", "warning")],
      }),
    );
    expect(r.members.map((m) => [m.name, m.hasErrors])).toEqual([
      ["huyện A", false],
      ["huyện B", true],
    ]);
  });
});
