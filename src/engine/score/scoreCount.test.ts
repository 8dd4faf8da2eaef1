import { indicator, scoreOne } from "../testing/scoreData";

describe("bonus", () => {
  const bonus = indicator("5", { rule: "bonus", maxPoints: 2, bonusCap: 5 });
  it("gives M per occurrence", () => {
    const s = scoreOne(bonus, { actual: 2 });
    expect(s.points).toBe(4);
    expect(s.met).toBeNull();
  });
  it("caps at C", () => {
    expect(scoreOne(bonus, { actual: 4 }).points).toBe(5);
  });
  it("is uncapped without C", () => {
    expect(scoreOne(indicator("5", { rule: "bonus", maxPoints: 2 }), { actual: 4 }).points).toBe(8);
  });
  it("counts a blank as no occurrence, without a finding", () => {
    const s = scoreOne(bonus, {});
    expect(s.points).toBe(0);
    expect(s.findings).toEqual([]);
  });
  it("reports a negative count as an error and gives 0", () => {
    const s = scoreOne(bonus, { actual: -1 });
    expect(s.points).toBe(0);
    expect(s.findings).toEqual([expect.objectContaining({ severity: "error", code: "NEGATIVE_COUNT", where: expect.objectContaining({ cell: "E10" }) })]);
    expect(s.findings[0]).toMatchObject({ count: -1 });
  });
});

describe("penalty", () => {
  const penalty = indicator("6", { rule: "penalty", maxPoints: 3 });
  it("takes M per occurrence away", () => {
    const s = scoreOne(penalty, { actual: 2 });
    expect(s.points).toBe(-6);
    expect(s.met).toBeNull();
  });
  it("takes nothing away for no occurrence", () => {
    expect(Object.is(scoreOne(penalty, { actual: 0 }).points, 0)).toBe(true);
  });
  it("reports a text count as an error", () => {
    expect(scoreOne(penalty, { actual: "hai lần" }).findings[0]).toMatchObject({ code: "NOT_A_NUMBER", where: { cell: "E10" } });
  });
});
