import { scoreCluster } from "./scoreCluster";
import { cluster, indicator, report, standings } from "../testing/scoreData";

const table = (data: Parameters<typeof scoreCluster>[0]) => scoreCluster(data).members.map((m) => [m.rank, m.name]);

describe("ranking", () => {
  it("orders by total, descending", () => {
    expect(table(standings({ "huyện A": 50, "huyện B": 80, "huyện C": 65 }))).toEqual([
      [1, "huyện B"],
      [2, "huyện C"],
      [3, "huyện A"],
    ]);
  });
  it("shares a rank between equal members and skips the next (1, 2, 2, 4)", () => {
    expect(table(standings({ "huyện Đak Pơ": 70, "huyện An Khê": 70, "huyện Kbang": 90, "huyện Mang Yang": 10 }))).toEqual([
      [1, "huyện Kbang"],
      [2, "huyện An Khê"],
      [2, "huyện Đak Pơ"],
      [4, "huyện Mang Yang"],
    ]);
  });
  it("orders equal members by Vietnamese collation, never breaking the tie", () => {
    expect(table(standings({ "Đak Đoa": 5, "Dak Doa": 5, "Ân Thi": 5, "An Khê": 5 }))).toEqual([
      [1, "An Khê"],
      [1, "Ân Thi"],
      [1, "Dak Doa"],
      [1, "Đak Đoa"],
    ]);
  });
  it("treats totals within 1e-9 as equal", () => {
    const data = cluster({
      indicators: [indicator("1", { rule: "direct", maxPoints: 1 }), indicator("2", { rule: "direct", maxPoints: 1 })],
      reports: [
        report("huyện B", { "1": { clusterScore: 0.1 }, "2": { clusterScore: 0.2 } }),
        report("huyện A", { "1": { clusterScore: 0.3 }, "2": { clusterScore: 0 } }),
      ],
    });
    expect(table(data)).toEqual([
      [1, "huyện A"],
      [1, "huyện B"],
    ]);
  });
  it("breaks a tie on total by more indicators met", () => {
    const data = cluster({
      indicators: [indicator("1", { maxPoints: 10 }), indicator("2", { maxPoints: 10 })],
      reports: [
        // 5 + 10 = 15 with one met, against 7.5 + 7.5 with none met.
        report("huyện A", { "1": { plan: 100, actual: 75 }, "2": { plan: 100, actual: 75 } }),
        report("huyện B", { "1": { plan: 100, actual: 50 }, "2": { plan: 100, actual: 100 } }),
      ],
    });
    const r = scoreCluster(data);
    expect(r.members.map((m) => [m.rank, m.name, m.total, m.met])).toEqual([
      [1, "huyện B", 15, 1],
      [2, "huyện A", 15, 0],
    ]);
  });
  it("breaks a remaining tie by fewer mandatory indicators not met", () => {
    const data = cluster({
      indicators: [indicator("1", { maxPoints: 10, mandatory: true }), indicator("2", { maxPoints: 10 })],
      reports: [
        report("huyện A", { "1": { plan: 100, actual: 50 }, "2": { plan: 100, actual: 100 } }),
        report("huyện B", { "1": { plan: 100, actual: 100 }, "2": { plan: 100, actual: 50 } }),
      ],
    });
    const r = scoreCluster(data);
    expect(r.members.map((m) => [m.rank, m.name, m.total, m.met, m.mandatoryUnmet])).toEqual([
      [1, "huyện B", 15, 1, 0],
      [2, "huyện A", 15, 1, 1],
    ]);
  });
});
