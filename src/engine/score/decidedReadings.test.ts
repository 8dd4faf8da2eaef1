/** The decided readings of docs/cham-diem.md that the worked examples do not cover. */
import { scoreCluster } from "./scoreCluster";
import { adjustment, cluster, heading, indicator, report, scoreOne } from "../testing/scoreData";

describe("không giao and groups", () => {
  it("scales each group by the member's factor, leaving bonus and penalty rows unscaled", () => {
    const groups = [
      { code: "I", name: "Kinh tế" },
      { code: "II", name: "Điểm thưởng" },
    ];
    const result = scoreCluster(
      cluster({
        groups,
        indicators: [
          indicator("1", { maxPoints: 50, groupCode: "I" }),
          indicator("2", { maxPoints: 50, groupCode: "I" }),
          indicator("3", { rule: "bonus", maxPoints: 2, groupCode: "II" }),
        ],
        reports: [report("huyện A", { "1": { plan: 10, actual: 9 }, "2": { notAssigned: true }, "3": { actual: 1 } })],
      }),
    );
    const m = result.members[0]!;
    expect(m.groups.map((g) => g.points)).toEqual([expect.closeTo(90, 9), expect.closeTo(2, 9)]);
    expect(m.total).toBeCloseTo(92, 9);
    expect(m.rawTotal).toBeCloseTo(47, 9);
  });

  it("counts an item's adjustments among the unscaled points, and ignores the adjustments of an item not assigned", () => {
    const inds = [
      indicator("a1", { maxPoints: 50, adjustments: ["a1.1"] }),
      adjustment("a1.1", "a1", "penalty", 1),
      indicator("a2", { maxPoints: 50, adjustments: ["a2.1"] }),
      adjustment("a2.1", "a2", "penalty", 1),
    ];
    const m = scoreCluster(
      cluster({ indicators: inds, reports: [report("huyện A", { a1: { plan: 1, actual: 1 }, "a1.1": { actual: 2 }, a2: { notAssigned: true }, "a2.1": { actual: 5 } })] }),
    ).members[0]!;
    // Own 50 × 100/50 = 100, less the 2 points of a1.1 unscaled; a2.1 is ignored.
    expect(m.total).toBeCloseTo(98, 9);
  });
});

describe("adjustments, decided", () => {
  it("the item's cap applies to the sum of its children even when a child's appraisal with a reason went past its own cap", () => {
    const item = indicator("a1", { maxPoints: 10, penaltyCap: 1.5, adjustments: ["a1.1"] });
    const child = adjustment("a1.1", "a1", "penalty", 0.5, { penaltyCap: 1 });
    const m = scoreCluster(
      cluster({ indicators: [item, child], reports: [report("huyện A", { a1: { plan: 1, actual: 1 }, "a1.1": { actual: 1, clusterScore: -3, reason: "Vi phạm nhiều lần" } })] }),
    ).members[0]!;
    expect(m.indicators[1]!.points).toBe(-3);
    expect(m.indicators[0]!.points).toBeCloseTo(8.5, 9);
  });
  it("an appraisal of a penalty row without a reason is clamped to [−Trừ tối đa, 0]", () => {
    const s = scoreOne(indicator("5", { rule: "penalty", maxPoints: 0.5, penaltyCap: 1 }), { actual: 1, clusterScore: -2 });
    expect(s.points).toBe(-1);
    expect(s.findings.map((f) => f.code)).toEqual(["APPRAISAL_CLAMPED", "APPRAISAL_CHANGED"]);
  });
  it("an item with adjustments is met on its own points, whatever its adjustments", () => {
    const item = indicator("a1", { maxPoints: 10, adjustments: ["a1.1"], mandatory: true });
    const m = scoreCluster(
      cluster({ indicators: [item, adjustment("a1.1", "a1", "penalty", 5)], reports: [report("huyện A", { a1: { plan: 1, actual: 1 }, "a1.1": { actual: 1 } })] }),
    ).members[0]!;
    expect(m.indicators[0]).toMatchObject({ points: 5, met: true });
    expect(m.disqualified).toBe(false);
  });
  it("a heading not assigned leaves its adjustments aside", () => {
    const data = cluster({
      indicators: [indicator("b.1", { maxPoints: 4 }), indicator("c", { maxPoints: 6 }), adjustment("b.2", "b", "penalty", 1)],
      headings: [heading("b", ["b.1"], { adjustments: ["b.2"] })],
      reports: [report("huyện A", { "b.1": { notAssigned: true }, c: { plan: 1, actual: 1 }, "b.2": { actual: 3 } })],
    });
    const m = scoreCluster(data).members[0]!;
    expect(m.headings).toEqual([{ code: "b", points: 0 }]);
    expect(m.memberMax).toBe(6);
    expect(m.total).toBeCloseTo(10, 9);
  });
});

describe("appraisal bounds", () => {
  it("has no upper bound when b is given and C is blank", () => {
    const s = scoreOne(indicator("1", { maxPoints: 10, bonusPerPercent: 0.5 }), { plan: 100, actual: 100, clusterScore: 14 });
    expect(s.points).toBe(14);
    expect(s.findings.map((f) => f.code)).toEqual(["APPRAISAL_CHANGED"]);
  });
  it("is clamped to M + C when b and C are given", () => {
    expect(scoreOne(indicator("1", { maxPoints: 10, bonusPerPercent: 0.5, bonusCap: 2 }), { plan: 1, actual: 1, clusterScore: 14 }).points).toBe(12);
  });
  it("leaves direct alone: its cluster score is its input", () => {
    const s = scoreOne(indicator("1", { rule: "direct", maxPoints: 10 }), { clusterScore: 7 });
    expect([s.points, s.computedPoints]).toEqual([7, 7]);
  });
});
