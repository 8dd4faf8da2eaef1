/** Every worked example of docs/cham-diem.md, old and new, through scoreCluster on model-built data. */
import { scoreCluster } from "./scoreCluster";
import type { Indicator } from "../model";
import { adjustment, bands, cluster, heading, indicator, percent, readerFinding, report, scoreOne, standings } from "../testing/scoreData";

const ratio = (overrides = {}) => indicator("1", { maxPoints: 30, ...overrides });

describe("ratio worked examples (M = 30)", () => {
  it("P = 2734.4, A = 2735.764, no b/d → 30", () => {
    const s = scoreOne(ratio(), { plan: 2734.4, actual: 2735.764 });
    expect(s.attainment).toBeCloseTo(100.0499, 4);
    expect(s.points).toBe(30);
  });
  it("P = 1000, A = 1100, b = 0.5, C = 3 → 33", () => {
    expect(scoreOne(ratio({ bonusPerPercent: 0.5, bonusCap: 3 }), { plan: 1000, actual: 1100 }).points).toBeCloseTo(33, 9);
  });
  it("P = 1000, A = 900, no d → 27", () => {
    expect(scoreOne(ratio(), { plan: 1000, actual: 900 }).points).toBeCloseTo(27, 9);
  });
  it("P = 1000, A = 900, d = 1 → 20", () => {
    expect(scoreOne(ratio({ penaltyPerPercent: 1 }), { plan: 1000, actual: 900 }).points).toBeCloseTo(20, 9);
  });
  it("inverse, P = 5, A = 4 → r = 125 → 30", () => {
    const s = scoreOne(ratio({ rule: "inverse" }), { plan: 5, actual: 4 });
    expect(s.attainment).toBeCloseTo(125, 9);
    expect(s.points).toBe(30);
  });
  it("P = 100, A = 97, b = 0.1, C = 0.5, T = 92 → 29.1 + 0.5 = 29.6", () => {
    const s = scoreOne(ratio({ bonusPerPercent: 0.1, bonusCap: 0.5, bonusFrom: 92 }), { plan: 100, actual: 97 });
    expect(s.points).toBeCloseTo(29.6, 9);
    expect(s.met).toBe(false);
  });
  it("T blank means 100: below 100 % there is no bonus", () => {
    expect(scoreOne(ratio({ bonusPerPercent: 0.1, bonusCap: 0.5 }), { plan: 100, actual: 97 }).points).toBeCloseTo(29.1, 9);
  });
  it("an attainment above 1,000 % is a warning that the unit may be wrong", () => {
    const s = scoreOne(ratio(), { plan: 2.7344, actual: 2735.764 });
    expect(s.points).toBe(30);
    expect(s.findings).toEqual([expect.objectContaining({ code: "ATTAINMENT_TOO_HIGH", severity: "warning" })]);
  });
});

describe("tiers (M = 5, ≥ 98%: 5; ≥ 97%: 4; ≥ 96%: 3)", () => {
  const tiers = (overrides = {}) => indicator("a1", { rule: "tiers", maxPoints: 5, unit: "%", bands: bands([98, 5], [97, 4], [96, 3]), ...overrides });
  it("actual 97.5 % without plan → 4, not met", () => {
    const s = scoreOne(tiers(), { actual: percent(97.5) });
    expect([s.points, s.met]).toEqual([4, false]);
  });
  it("99 % → 5, met", () => {
    expect(scoreOne(tiers(), { actual: percent(99) })).toMatchObject({ points: 5, met: true });
  });
  it("95 % → 0 without a floor band", () => {
    expect(scoreOne(tiers(), { actual: 95 }).points).toBe(0);
  });
  it("a floor band gives its points below every threshold", () => {
    expect(scoreOne(tiers({ bands: bands([98, 5], [null, 1]) }), { actual: 50 }).points).toBe(1);
  });
  it("with a plan, compares the attainment r", () => {
    expect(scoreOne(tiers({ unit: "tỷ đồng" }), { plan: 200, actual: 193 }).points).toBe(3);
  });
  it("at the same X a > X band ranks above a ≥ X band", () => {
    const ind = tiers({ bands: bands([98, 4], [98, 5, true]) });
    expect(scoreOne(ind, { actual: 98 }).points).toBe(4);
    expect(scoreOne(ind, { actual: 98.1 }).points).toBe(5);
  });
  it("adds b × max(0, r − T) capped at C to the band, and is met on the band alone", () => {
    const ind = tiers({ bonusPerPercent: 0.1, bonusCap: 0.5, bonusFrom: 92 });
    const s = scoreOne(ind, { actual: 97.5 });
    expect(s.points).toBeCloseTo(4.5, 9);
    expect(s.met).toBe(false);
  });
  it("a negative actual of a non-% tiers indicator is an error", () => {
    const s = scoreOne(tiers({ unit: "vụ" }), { actual: -1 });
    expect(s.points).toBe(0);
    expect(s.findings.map((f) => f.code)).toEqual(["NEGATIVE_VALUE"]);
  });
});

describe("grade shares from the pledge", () => {
  const grade = (shares: Indicator["gradeShares"]) => indicator("1", { rule: "grade", maxPoints: 10, gradeShares: shares });
  it("a share with % is a share of M; a grade not listed keeps the default", () => {
    const ind = grade([{ level: "good", value: 80, percent: true }]);
    expect(scoreOne(ind, { actual: "HTT" }).points).toBeCloseTo(8, 9);
    expect(scoreOne(ind, { actual: "Hoàn thành" }).points).toBeCloseTo(7, 9);
  });
  it("a share without % is points (KHT: 0 is 0 points)", () => {
    const ind = grade([{ level: "good", value: 8, percent: false }, { level: "fail", value: 0, percent: false }]);
    expect(scoreOne(ind, { actual: "Tốt" }).points).toBe(8);
    expect(scoreOne(ind, { actual: "KHT" }).points).toBe(0);
  });
});

describe("blank method", () => {
  const blank = (overrides = {}) => indicator("b1", { ruleSource: "blank", maxPoints: 4, ...overrides });
  it("a pass word scores M; Hoàn thành is a pass word, not 70 %", () => {
    expect(scoreOne(blank(), { actual: "Hoàn thành" })).toMatchObject({ points: 4, met: true });
    expect(scoreOne(blank(), { actual: "Không đạt" })).toMatchObject({ points: 0, met: false });
  });
  it("a grade word is scored as grade", () => {
    expect(scoreOne(blank(), { actual: "Tốt" }).points).toBeCloseTo(3.4, 9);
  });
  it("x is a pass word only when the row has no plan; booleans are pass values", () => {
    expect(scoreOne(blank(), { actual: "x" }).points).toBe(4);
    expect(scoreOne(blank(), { plan: 10, actual: "x" }).findings.map((f) => f.code)).toEqual(["NOT_A_NUMBER"]);
    expect(scoreOne(blank(), { actual: true }).points).toBe(4);
  });
  it("a number 1 stays a number (ratio, with its attainment)", () => {
    expect(scoreOne(blank(), { plan: 2, actual: 1 }).points).toBeCloseTo(2, 9);
  });
});

describe("adjustments", () => {
  // a1 (ratio, M = 10, penaltyCap 1.5); a1.1 (penalty, 0.5 per case), a1.2 (penalty, 1 per case).
  const a1 = indicator("a1", { maxPoints: 10, penaltyCap: 1.5, adjustments: ["a1.1", "a1.2"] });
  const a11 = adjustment("a1.1", "a1", "penalty", 0.5);
  const a12 = adjustment("a1.2", "a1", "penalty", 1);
  const score = (rows: Parameters<typeof report>[1], ind = a1, extra: ReturnType<typeof indicator>[] = [a11, a12]) =>
    scoreCluster(cluster({ indicators: [ind, ...extra], reports: [report("huyện Kbang", rows)] })).members[0]!;
  it("r = 100, a1.1 = 2 cases, a1.2 = 1 → deductions 2 capped at 1.5 → a1 = 8.5", () => {
    const m = score({ a1: { plan: 100, actual: 100 }, "a1.1": { actual: 2 }, "a1.2": { actual: 1 } });
    expect(m.indicators[0]!.points).toBeCloseTo(8.5, 9);
    expect(m.indicators[0]!.met).toBe(true);
    expect(m.total).toBeCloseTo(8.5, 9);
    expect(m.met).toBe(1);
  });
  it("adjustment rows count in neither the maximum nor the met count", () => {
    const result = scoreCluster(cluster({ indicators: [a1, a11, a12], reports: [report("huyện Kbang", { a1: { plan: 1, actual: 1 } })] }));
    expect(result.maxPoints).toBe(10);
    expect(result.members[0]!.indicators.slice(1).map((i) => i.met)).toEqual([null, null]);
  });
  it("never takes the item below 0", () => {
    const uncapped = indicator("a1", { maxPoints: 1, adjustments: ["a1.1"] });
    const m = score({ a1: { plan: 100, actual: 50 }, "a1.1": { actual: 9 } }, uncapped, [a11]);
    expect(m.indicators[0]!.points).toBe(0);
    expect(m.total).toBe(0);
  });
  it("an item with adjustments and no figures scores its full M less the deductions, and is met (blank method)", () => {
    const m = score({ a1: {}, "a1.1": { actual: 1 } });
    expect(m.indicators[0]).toMatchObject({ points: 9.5, met: true });
  });
  it("the item's C caps its whole bonus: its bonus by b plus its bonus children", () => {
    const item = indicator("a2", { maxPoints: 10, bonusPerPercent: 0.1, bonusCap: 1, adjustments: ["a2.1"] });
    const bonus = adjustment("a2.1", "a2", "bonus", 0.5);
    const m = score({ a2: { plan: 100, actual: 105 }, "a2.1": { actual: 2 } }, item, [bonus]);
    expect(m.indicators[0]!.points).toBeCloseTo(11, 9);
  });
  it("a penalty row alone deducts at most its Trừ tối đa", () => {
    const alone = indicator("5", { rule: "penalty", maxPoints: 0.5, penaltyCap: 1 });
    expect(scoreOne(alone, { actual: 3 }).points).toBe(-1);
  });
  it("a heading is the sum of its leaves plus its adjustments, floored at 0; only leaves count in the maximum", () => {
    const leaves = [indicator("b.1", { maxPoints: 2 }), indicator("b.2", { maxPoints: 3 })];
    const pen = adjustment("b.3", "b", "penalty", 1);
    const data = cluster({
      indicators: [...leaves, pen],
      headings: [heading("b", ["b.1", "b.2"], { adjustments: ["b.3"], penaltyCap: 1.5 })],
      reports: [report("huyện Kbang", { "b.1": { plan: 1, actual: 1 }, "b.2": { plan: 1, actual: 1 }, "b.3": { actual: 2 } })],
    });
    const result = scoreCluster(data);
    expect(result.maxPoints).toBe(5);
    expect(result.members[0]!.headings).toEqual([{ code: "b", points: 3.5 }]);
    expect(result.members[0]!.total).toBeCloseTo(3.5, 9);
  });
});

describe("indicators not assigned (không giao)", () => {
  const inds = [indicator("1", { maxPoints: 60 }), indicator("2", { maxPoints: 40, mandatory: true }), indicator("3", { rule: "bonus", maxPoints: 1 })];
  const result = scoreCluster(
    cluster({
      indicators: inds,
      reports: [
        report("huyện Kbang", { "1": { plan: 100, actual: 90 }, "2": { notAssigned: true }, "3": { actual: 2 } }),
        report("huyện Đak Pơ", { "1": { plan: 100, actual: 100 }, "2": { plan: 1, actual: 1 } }),
      ],
    }),
  );
  const kbang = result.members.find((m) => m.name === "huyện Kbang")!;
  it("leaves the member's maximum, and its total is converted to the cluster scale (bonus unscaled)", () => {
    expect(kbang.memberMax).toBe(60);
    expect(kbang.rawTotal).toBeCloseTo(56, 9);
    expect(kbang.total).toBeCloseTo(54 * (100 / 60) + 2, 9);
    expect(kbang.percentOfMax).toBeCloseTo(kbang.total, 9);
    expect(kbang.groups[0]!.points).toBeCloseTo(kbang.total, 9);
  });
  it("shows not assigned with no points, out of the met count, and a mandatory one does not disqualify", () => {
    expect(kbang.indicators[1]).toMatchObject({ notAssigned: true, points: 0, met: null });
    expect(kbang.disqualified).toBe(false);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
  it("a member with every indicator not assigned is the error NOTHING_TO_SCORE", () => {
    const r = scoreCluster(cluster({ indicators: inds.slice(0, 2), reports: [report("huyện Kbang", { "1": { notAssigned: true }, "2": { notAssigned: true } })] }));
    expect(r.findings.map((f) => [f.code, f.severity])).toContainEqual(["NOTHING_TO_SCORE", "error"]);
    expect(r.members[0]!.hasErrors).toBe(true);
  });
});

describe("appraisal", () => {
  const ind = ratio({ maxPoints: 10 });
  it("overrides the computed points and warns, quoting the reason; computedPoints is kept", () => {
    const s = scoreOne(ind, { plan: 100, actual: 100, clusterScore: 8, reason: "Nộp báo cáo trễ" } as never);
    expect([s.points, s.computedPoints, s.met]).toEqual([8, 10, false]);
    expect(s.findings).toEqual([expect.objectContaining({ code: "APPRAISAL_CHANGED", computed: 10, appraised: 8, reason: "Nộp báo cáo trễ", cap: null })]);
  });
  it("without a reason is clamped to [0, M] when the method has no bonus", () => {
    const s = scoreOne(ind, { plan: 100, actual: 100, clusterScore: 12 });
    expect(s.points).toBe(10);
    expect(s.met).toBe(true);
    expect(s.findings.map((f) => f.code)).toEqual(["APPRAISAL_CLAMPED"]);
  });
  it("with a reason is kept beyond the cap, and the warning names the cap", () => {
    const s = scoreOne(ind, { plan: 100, actual: 100, clusterScore: 11, reason: "Có sáng kiến" });
    expect(s.points).toBe(11);
    expect(s.findings).toEqual([expect.objectContaining({ code: "APPRAISAL_CHANGED", cap: 10 })]);
  });
  it("equal to the computed points: met as computed, no warning", () => {
    const s = scoreOne(ind, { plan: 100, actual: 99.999, clusterScore: 9.9999 });
    expect(s.met).toBe(false);
    expect(s.findings).toEqual([]);
  });
  it("turns the errors of the cells it makes unused into warnings", () => {
    const s = scoreOne(ind, { plan: "nhiều", actual: 5, clusterScore: 7, reason: "Thẩm định lại" });
    expect(s.points).toBe(7);
    expect(s.findings.every((f) => f.severity === "warning")).toBe(true);
    expect(s.result.members[0]!.hasErrors).toBe(false);
  });
  it("on an item with adjustments is its points after them", () => {
    const a1 = indicator("a1", { maxPoints: 10, adjustments: ["a1.1"] });
    const data = cluster({
      indicators: [a1, adjustment("a1.1", "a1", "penalty", 1)],
      reports: [report("huyện Kbang", { a1: { plan: 1, actual: 1, clusterScore: 9 }, "a1.1": { actual: 1 } })],
    });
    const m = scoreCluster(data).members[0]!;
    expect(m.indicators[0]).toMatchObject({ points: 9, computedPoints: 9 });
    expect(m.total).toBe(9);
  });
});

describe("classification", () => {
  const classes = [
    { name: "Hoàn thành xuất sắc", minPercent: 95 },
    { name: "Hoàn thành tốt", minPercent: 80 },
    { name: "Hoàn thành", minPercent: 50 },
    { name: "Không hoàn thành", minPercent: null },
  ];
  const classOf = (actual: number) =>
    scoreCluster(cluster({ info: { classes }, indicators: [ratio({ maxPoints: 100 })], reports: [report("huyện Kbang", { "1": { plan: 100, actual } })] })).members[0]!
      .classification;
  it("gives the first class reached, highest first, and the class without a threshold below all", () => {
    expect([classOf(96), classOf(95), classOf(80), classOf(60), classOf(10)]).toEqual([
      "Hoàn thành xuất sắc",
      "Hoàn thành xuất sắc",
      "Hoàn thành tốt",
      "Hoàn thành",
      "Không hoàn thành",
    ]);
  });
  it("is null without the label", () => {
    const r = scoreCluster(cluster({ indicators: [ratio()], reports: [report("huyện Kbang", { "1": { plan: 1, actual: 1 } })] }));
    expect(r.members[0]!.classification).toBeNull();
  });
});

describe("relative among assigned members", () => {
  it("r* is taken over the members to whom the indicator is assigned", () => {
    const rel = ratio({ rule: "relative", maxPoints: 10 });
    const r = scoreCluster(
      cluster({
        indicators: [rel, indicator("2", { maxPoints: 10 })],
        reports: [
          report("huyện A", { "1": { plan: 100, actual: 120 }, "2": { plan: 1, actual: 1 } }),
          report("huyện B", { "1": { plan: 100, actual: 110 }, "2": { plan: 1, actual: 1 } }),
          report("huyện C", { "1": { notAssigned: true, actual: 200 }, "2": { plan: 1, actual: 1 } }),
        ],
      }),
    );
    expect(r.members.find((m) => m.name === "huyện A")!.indicators[0]!.points).toBe(10);
    expect(r.members.find((m) => m.name === "huyện B")!.indicators[0]!.points).toBeCloseTo(7.5, 9);
  });
});

describe("leader and ties among eligible members", () => {
  it("a tie at rank 1 with an ineligible member does not block the eligible one", () => {
    const data = standings({ "huyện A": 90, "huyện B": 90, "huyện C": 80 }, { findings: [readerFinding("NOT_A_NUMBER", "huyện A", "E20")] });
    const r = scoreCluster(data);
    expect(r.members.filter((m) => m.rank === 1).map((m) => m.name).sort()).toEqual(["huyện A", "huyện B"]);
    expect(r.proposals.leader).toBe("huyện B");
    expect(r.findings.map((f) => f.code)).not.toContain("TIE_FOR_FIRST");
  });
  it("two eligible members sharing the best eligible rank: no leader, a warning names them", () => {
    const r = scoreCluster(standings({ "huyện A": 90, "huyện B": 90 }));
    expect(r.proposals.leader).toBeNull();
    expect(r.findings).toContainEqual(expect.objectContaining({ code: "TIE_FOR_FIRST", members: ["huyện A", "huyện B"] }));
  });
});
