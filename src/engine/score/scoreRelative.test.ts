import { scoreCluster } from "./scoreCluster";
import { cluster, indicator, report } from "../testing/scoreData";

/** Each member's points on one relative indicator (M = 30), by name. */
function relativePoints(rows: Readonly<Record<string, { plan?: number; actual?: number; attainment?: number }>>) {
  const reports = Object.entries(rows).map(([member, values]) => report(member, { "1": values }));
  const result = scoreCluster(cluster({ indicators: [indicator("1", { rule: "relative", maxPoints: 30 })], reports }));
  return Object.fromEntries(result.members.map((m) => [m.name, m.indicators[0]!]));
}

describe("relative: compared with the cluster's best", () => {
  it("gives M to the best member, half M plus a share to others above plan, half the share below plan", () => {
    const s = relativePoints({
      "huyện Kbang": { plan: 100, actual: 120 },
      "huyện Đak Pơ": { plan: 100, actual: 110 },
      "huyện Mang Yang": { plan: 100, actual: 80 },
    });
    expect(s["huyện Kbang"]!.points).toBe(30);
    expect(s["huyện Đak Pơ"]!.points).toBeCloseTo(15 + 15 * (10 / 20), 9);
    expect(s["huyện Mang Yang"]!.points).toBeCloseTo(0.5 * 30 * 0.8, 9);
    expect(s["huyện Đak Pơ"]!.met).toBe(true);
    expect(s["huyện Mang Yang"]!.met).toBe(false);
  });
  it("gives M to every member sharing the best attainment", () => {
    const s = relativePoints({ "huyện A": { plan: 50, actual: 60 }, "huyện B": { plan: 100, actual: 120 } });
    expect(s["huyện A"]!.points).toBe(30);
    expect(s["huyện B"]!.points).toBe(30);
  });
  it("gives M to a member exactly at plan when it is the best", () => {
    const s = relativePoints({ "huyện A": { plan: 100, actual: 100 }, "huyện B": { plan: 100, actual: 90 } });
    expect(s["huyện A"]!.points).toBe(30);
    expect(s["huyện B"]!.points).toBeCloseTo(13.5, 9);
  });
  it("gives half M to a member exactly at plan when another did better", () => {
    const s = relativePoints({ "huyện A": { plan: 100, actual: 100 }, "huyện B": { plan: 100, actual: 130 } });
    expect(s["huyện A"]!.points).toBe(15);
    expect(s["huyện A"]!.attainment).toBe(100);
  });
  it("ignores members without data when finding the best, and gives them 0", () => {
    const s = relativePoints({ "huyện A": { plan: 100, actual: 105 }, "huyện B": {} });
    expect(s["huyện A"]!.points).toBe(30);
    expect(s["huyện B"]!.points).toBe(0);
  });
  it("uses the reported attainment when the plan is missing", () => {
    const s = relativePoints({ "huyện A": { attainment: 110 }, "huyện B": { plan: 100, actual: 105 } });
    expect(s["huyện A"]!.points).toBe(30);
    expect(s["huyện B"]!.points).toBeCloseTo(22.5, 9);
  });
});
