import fc from "fast-check";
import type { ParsedCell, Rule } from "../model";
import { findingMessage } from "../findings";
import { scoreCluster } from "./scoreCluster";
import { cluster, indicator, readerFinding, report, type RowValues } from "../testing/scoreData";

describe("scoreCluster", () => {
  it("carries the cluster name and year into the result", () => {
    const r = scoreCluster(cluster({ indicators: [indicator("1")], reports: [report("huyện A", { "1": { plan: 1, actual: 1 } })] }));
    expect(r).toMatchObject({ cluster: "Cụm thi đua số 2", year: 2024, maxPoints: 30 });
  });

  it("lists members with 0 points and proposes nothing when there is no pledge", () => {
    const r = scoreCluster(
      cluster({
        noPledge: true,
        reports: [report("huyện Kbang", { "1": { actual: 5 } }), report("huyện Đak Pơ", {})],
        info: { deputy: "huyện Đak Pơ" },
      }),
    );
    expect(r.maxPoints).toBe(0);
    expect(r.members.map((m) => [m.rank, m.name, m.total, m.percentOfMax, m.indicators.length, m.groups.length, m.award])).toEqual([
      [1, "huyện Đak Pơ", 0, 0, 0, 0, null],
      [1, "huyện Kbang", 0, 0, 0, 0, null],
    ]);
    expect(r.proposals).toEqual({
      leader: null,
      merit: [],
      nextHead: "huyện Đak Pơ",
      nextDeputy: "huyện Kbang",
      noLeaderReason: "Chưa có bảng giao ước thi đua nên chưa chấm điểm và chưa đề nghị khen thưởng.",
    });
    expect(r.findings).toEqual([]);
  });

  it("says why nothing is proposed when no member reported", () => {
    const r = scoreCluster(cluster({ indicators: [indicator("1")] }));
    expect(r.members).toEqual([]);
    expect(r.proposals.noLeaderReason).toBe("Chưa có báo cáo của đơn vị nào nên chưa đề nghị khen thưởng.");
  });

  it("lists the reader's findings, then each member's scoring findings in report order, then proposals", () => {
    const r = scoreCluster(
      cluster({
        indicators: [indicator("1"), indicator("2")],
        reports: [
          report("huyện B", { "1": { plan: 0, actual: 1 }, "2": { plan: 2, actual: 1 } }),
          report("huyện A", { "1": { plan: 1, actual: 1 }, "2": {} }),
        ],
        findings: [readerFinding("APPROXIMATE_VALUE", "huyện B", "E10", "warning")],
      }),
    );
    expect(r.findings.map((f) => [f.code, f.where.member, f.where.cell])).toEqual([
      ["APPROXIMATE_VALUE", "huyện B", "E10"],
      ["PLAN_NOT_POSITIVE", "huyện B", "D10"],
      ["MISSING_DATA", "huyện A", "D11"],
      ["NO_ELIGIBLE_LEADER", null, null],
    ]);
  });

  it("never throws, whatever the cells hold", () => {
    const cell: fc.Arbitrary<ParsedCell> = fc.oneof(
      fc.constant<ParsedCell>({ kind: "blank" }),
      fc.record({ kind: fc.constant("number" as const), value: fc.double(), percent: fc.boolean(), approximate: fc.boolean() }),
      fc.record({ kind: fc.constant("text" as const), text: fc.string() }),
      fc.record({ kind: fc.constant("bool" as const), value: fc.boolean() }),
      fc.record({ kind: fc.constant("error" as const), text: fc.constantFrom("#DIV/0!", "#N/A") }),
    );
    const rules: readonly (Rule | null)[] = ["ratio", "inverse", "relative", "pass", "grade", "direct", "bonus", "penalty", null];
    const values: fc.Arbitrary<RowValues> = fc.record({ plan: cell, actual: cell, attainment: cell, selfScore: cell, clusterScore: cell });
    fc.assert(
      fc.property(fc.constantFrom(...rules), fc.array(values, { minLength: 1, maxLength: 4 }), (rule, rows) => {
        const data = cluster({
          indicators: [indicator("1", { rule, bonusPerPercent: 0.5, bonusCap: 3 })],
          reports: rows.map((v, i) => report(`đơn vị ${i}`, { "1": v })),
        });
        const r = scoreCluster(data);
        expect(r.members).toHaveLength(rows.length);
        for (const f of r.findings) expect(findingMessage(f).length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("scores 500 members on 200 indicators, every indicator of every member", () => {
    const rules: readonly Rule[] = ["ratio", "inverse", "relative", "pass", "grade", "direct", "bonus", "penalty"];
    const indicators = Array.from({ length: 200 }, (_, i) =>
      indicator(`${Math.floor(i / 10) + 1}.${(i % 10) + 1}`, { rule: rules[i % rules.length]!, mandatory: i % 50 === 0 }),
    );
    const valuesFor = (rule: Rule, m: number): RowValues => {
      switch (rule) {
        case "pass":
          return { actual: m % 3 === 0 ? "Không đạt" : "Đạt" };
        case "grade":
          return { actual: m % 2 === 0 ? "HTT" : "HTXS" };
        case "direct":
          return { clusterScore: m % 31 };
        case "bonus":
        case "penalty":
          return { actual: m % 3 };
        default:
          // A few members report an attainment that disagrees: some findings, as in real clusters.
          return { plan: 1000, actual: 900 + (m % 200), attainment: m % 50 === 0 ? 95 : null, selfScore: 25 };
      }
    };
    const reports = Array.from({ length: 500 }, (_, m) =>
      report(`xã ${m}`, Object.fromEntries(indicators.map((ind) => [ind.code, valuesFor(ind.rule!, m)]))),
    );
    const result = scoreCluster(cluster({ indicators, reports }));
    // Speed is the bench's (bench/engine.bench.ts): here, that every member and indicator is scored.
    expect(result.members).toHaveLength(500);
    expect(result.members.every((m) => m.indicators.length === 200)).toBe(true);
    expect(result.members[0]!.indicators[0]).toMatchObject({ code: "1.1", notAssigned: false });
  });
});
