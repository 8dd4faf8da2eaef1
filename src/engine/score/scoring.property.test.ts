/** Properties of the new rules (docs/cham-diem.md), on random clusters built with the model's factories. */
import fc from "fast-check";
import type { Indicator, MemberReport } from "../model";
import { bandPoints } from "./bandPoints";
import { scoreCluster } from "./scoreCluster";
import { adjustment, bands, cluster, indicator, report, type RowValues } from "../testing/scoreData";

const figure = fc.double({ min: 0, max: 1000, noNaN: true });
const maxPoints = fc.integer({ min: 1, max: 40 });

interface RandomCluster {
  readonly points: readonly number[];
  readonly members: readonly (readonly { plan: number; actual: number; assigned: boolean }[])[];
}

const randomCluster: fc.Arbitrary<RandomCluster> = fc
  .record({ points: fc.array(maxPoints, { minLength: 1, maxLength: 6 }), count: fc.integer({ min: 1, max: 5 }) })
  .chain(({ points, count }) =>
    fc.record({
      points: fc.constant(points),
      members: fc.array(
        // Whole figures: a near tie (within 1e-9) of random doubles could flip a shared rank under scaling.
        fc.array(fc.record({ plan: fc.integer({ min: 1, max: 1000 }), actual: fc.integer({ min: 0, max: 1000 }), assigned: fc.boolean() }), {
          minLength: points.length,
          maxLength: points.length,
        }),
        { minLength: count, maxLength: count },
      ),
    }),
  );

function build(c: RandomCluster, extra: Indicator | null) {
  const indicators = c.points.map((m, i) => indicator(String(i + 1), { maxPoints: m, bonusPerPercent: 0.1, bonusCap: 1 }));
  const reports: MemberReport[] = c.members.map((rows, k) => {
    const values: Record<string, RowValues> = {};
    rows.forEach((r, i) => {
      // At least the first indicator is assigned, so that every member has something to score.
      values[String(i + 1)] = r.assigned || i === 0 ? { plan: r.plan, actual: r.actual } : { notAssigned: true };
    });
    if (extra !== null) values[extra.code] = { notAssigned: true };
    return report(`huyện ${String.fromCharCode(65 + k)}`, values);
  });
  return scoreCluster(cluster({ indicators: extra === null ? indicators : [...indicators, extra], reports }));
}

describe("scoring properties", () => {
  it("adding an indicator not assigned to any member moves no percent of the maximum, rank or proposal; totals follow the scale", () => {
    fc.assert(
      fc.property(randomCluster, maxPoints, (c, m) => {
        const before = build(c, null);
        const after = build(c, indicator("99", { maxPoints: m }));
        const scale = after.maxPoints / before.maxPoints;
        for (const member of before.members) {
          const other = after.members.find((x) => x.name === member.name)!;
          expect(other.percentOfMax).toBeCloseTo(member.percentOfMax, 6);
          expect(other.total).toBeCloseTo(member.total * scale, 6);
          expect(other.rank).toBe(member.rank);
        }
        expect(after.proposals.leader).toBe(before.proposals.leader);
      }),
      { numRuns: 100 },
    );
  });

  it("adjustments never push an item below 0, nor above its own points plus its capped bonus", () => {
    fc.assert(
      fc.property(
        maxPoints,
        figure,
        fc.array(fc.record({ perCase: fc.double({ min: 0, max: 5, noNaN: true }), cases: fc.integer({ min: 0, max: 10 }), bonus: fc.boolean() }), { maxLength: 5 }),
        fc.option(fc.double({ min: 0, max: 10, noNaN: true })),
        fc.option(fc.double({ min: 0, max: 10, noNaN: true })),
        (m, actual, rows, penaltyCap, bonusCap) => {
          const codes = rows.map((_, i) => `a1.${i + 1}`);
          const item = indicator("a1", { maxPoints: m, penaltyCap, bonusCap, adjustments: codes });
          const children = rows.map((r, i) => adjustment(codes[i]!, "a1", r.bonus ? "bonus" : "penalty", r.perCase));
          const values: Record<string, RowValues> = { a1: { plan: 100, actual } };
          rows.forEach((r, i) => (values[codes[i]!] = { actual: r.cases }));
          const member = scoreCluster(cluster({ indicators: [item, ...children], reports: [report("huyện A", values)] })).members[0]!;
          const points = member.indicators[0]!.points;
          const own = Math.min(m, (m * actual) / 100);
          const bonusRoom = bonusCap ?? rows.reduce((s, r) => s + (r.bonus ? r.perCase * r.cases : 0), 0);
          expect(points).toBeGreaterThanOrEqual(0);
          expect(points).toBeLessThanOrEqual(own + bonusRoom + 1e-9);
          expect(member.total).toBeCloseTo(points, 9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("bands whose points rise with their thresholds give points that never fall as the value rises", () => {
    const bandSet = fc.array(fc.record({ x: fc.integer({ min: 0, max: 120 }), strict: fc.boolean() }), { minLength: 1, maxLength: 6 }).map((xs) => {
      const sorted = [...xs].sort((a, b) => a.x - b.x || Number(a.strict) - Number(b.strict));
      return bands(...sorted.map((b, i) => [b.x, i + 1, b.strict] as const));
    });
    fc.assert(
      fc.property(bandSet, fc.double({ min: -10, max: 150, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (bs, v, step) => {
        expect(bandPoints(bs, v + step)).toBeGreaterThanOrEqual(bandPoints(bs, v));
      }),
      { numRuns: 500 },
    );
  });
});
