import { indicator, percent, readerFinding, scoreOne } from "../testing/scoreData";

const ratio = (overrides = {}) => indicator("1", { maxPoints: 30, ...overrides });
const inverse = (overrides = {}) => indicator("1", { maxPoints: 30, rule: "inverse", ...overrides });

describe("ratio: the worked examples of docs/cham-diem.md (M = 30)", () => {
  it("gives 30 for P = 2734.4, A = 2735.764 with no bonus", () => {
    const s = scoreOne(ratio(), { plan: 2734.4, actual: 2735.764 });
    expect(s.attainment).toBeCloseTo(100.0499, 4);
    expect(s.points).toBe(30);
    expect(s.met).toBe(true);
  });
  it("gives 33 for 110 % with b = 0.5 capped at C = 3", () => {
    const s = scoreOne(ratio({ bonusPerPercent: 0.5, bonusCap: 3 }), { plan: 1000, actual: 1100 });
    expect(s.attainment).toBeCloseTo(110, 9);
    expect(s.points).toBeCloseTo(33, 9);
  });
  it("gives 27 for 90 % with no deduction rate", () => {
    const s = scoreOne(ratio(), { plan: 1000, actual: 900 });
    expect(s.points).toBeCloseTo(27, 9);
    expect(s.met).toBe(false);
  });
  it("gives 20 for 90 % with a deduction of 1 point per percent", () => {
    expect(scoreOne(ratio({ penaltyPerPercent: 1 }), { plan: 1000, actual: 900 }).points).toBeCloseTo(20, 9);
  });
  it("gives 30 for inverse P = 5 accidents, A = 4", () => {
    const s = scoreOne(inverse(), { plan: 5, actual: 4 });
    expect(s.attainment).toBeCloseTo(125, 9);
    expect(s.points).toBe(30);
    expect(s.met).toBe(true);
  });
});

describe("ratio points", () => {
  it("adds an uncapped bonus when no cap is given", () => {
    expect(scoreOne(ratio({ bonusPerPercent: 0.5 }), { plan: 1000, actual: 1100 }).points).toBeCloseTo(35, 9);
  });
  it("never deducts below zero", () => {
    expect(scoreOne(ratio({ penaltyPerPercent: 1 }), { plan: 1000, actual: 500 }).points).toBe(0);
  });
  it("gives no points and an error \"số âm\" for a negative actual when the unit is not %", () => {
    const s = scoreOne(ratio(), { plan: 100, actual: -5 });
    expect(s.points).toBe(0);
    expect(s.met).toBe(false);
    expect(s.findings).toEqual([expect.objectContaining({ severity: "error", code: "NEGATIVE_VALUE", field: "actual", value: -5, where: expect.objectContaining({ cell: "E10" }) })]);
  });
  it("gives no points but no error for a negative actual in %, a rate that may fall below 0", () => {
    const s = scoreOne(ratio({ unit: "%" }), { plan: 100, actual: -5 });
    expect(s.attainment).toBeCloseTo(-5, 9);
    expect(s.points).toBe(0);
    expect(s.findings).toEqual([]);
  });
  it("takes percent cells as percents on both sides", () => {
    const s = scoreOne(ratio(), { plan: percent(80), actual: percent(88) });
    expect(s.attainment).toBeCloseTo(110, 9);
    expect(s.points).toBe(30);
  });
  it("reports an error and 0 points when the plan is zero", () => {
    const s = scoreOne(ratio(), { plan: 0, actual: 50 });
    expect(s.points).toBe(0);
    expect(s.met).toBe(false);
    expect(s.findings).toEqual([
      expect.objectContaining({ severity: "error", code: "PLAN_NOT_POSITIVE", where: expect.objectContaining({ cell: "D10", member: "huyện Kbang", sheet: "Báo cáo", file: "huyện Kbang.xlsx" }) }),
    ]);
    expect(s.findings[0]).toMatchObject({ indicator: { code: "1", name: "Chỉ tiêu số 1" }, plan: 0 });
  });
  it("reports a negative plan as \"số âm\" when the unit is not %", () => {
    const s = scoreOne(ratio(), { plan: -2.5, actual: 50 });
    expect(s.findings).toEqual([expect.objectContaining({ severity: "error", code: "NEGATIVE_VALUE", field: "plan", value: -2.5 })]);
  });
  it("reports a negative plan in % as a plan that is not positive", () => {
    const s = scoreOne(ratio({ unit: "%" }), { plan: -2.5, actual: 50 });
    expect(s.findings[0]).toMatchObject({ code: "PLAN_NOT_POSITIVE", plan: -2.5 });
  });
});

describe("inverse", () => {
  it("gives M for an actual of zero against a positive plan, with no attainment", () => {
    const s = scoreOne(inverse(), { plan: 5, actual: 0 });
    expect(s.attainment).toBeNull();
    expect(s.points).toBe(30);
    expect(s.met).toBe(true);
  });
  it("adds the whole cap for the best possible result when both b and C are given", () => {
    expect(scoreOne(inverse({ bonusPerPercent: 0.5, bonusCap: 3 }), { plan: 5, actual: 0 }).points).toBe(33);
  });
  it("adds nothing for the best possible result when only b is given", () => {
    expect(scoreOne(inverse({ bonusPerPercent: 0.5 }), { plan: 5, actual: 0 }).points).toBe(30);
  });
  it("gives the bonus above 100 % like ratio", () => {
    const s = scoreOne(inverse({ bonusPerPercent: 0.1, bonusCap: 5 }), { plan: 5, actual: 4 });
    expect(s.points).toBeCloseTo(32.5, 9);
  });
  it("scores a worse-than-plan result proportionally", () => {
    const s = scoreOne(inverse(), { plan: 4, actual: 5 });
    expect(s.attainment).toBeCloseTo(80, 9);
    expect(s.points).toBeCloseTo(24, 9);
    expect(s.met).toBe(false);
  });
  it("meets a target of zero with an actual of zero", () => {
    const s = scoreOne(inverse(), { plan: 0, actual: 0 });
    expect(s.attainment).toBe(100);
    expect(s.points).toBe(30);
    expect(s.met).toBe(true);
  });
  it("misses a target of zero with any positive actual", () => {
    const s = scoreOne(inverse(), { plan: 0, actual: 2 });
    expect(s.attainment).toBe(0);
    expect(s.points).toBe(0);
    expect(s.findings).toEqual([]);
  });
  it("applies the deduction rate to a missed target of zero", () => {
    expect(scoreOne(inverse({ penaltyPerPercent: 0.1 }), { plan: 0, actual: 2 }).points).toBeCloseTo(20, 9);
  });
});

describe("attainment from the report", () => {
  it("uses the reported attainment when the plan is missing, with a warning", () => {
    const s = scoreOne(ratio(), { actual: 10858, attainment: percent(100.44) });
    expect(s.attainment).toBeCloseTo(100.44, 9);
    expect(s.points).toBe(30);
    expect(s.findings).toEqual([expect.objectContaining({ severity: "warning", code: "ATTAINMENT_FROM_REPORT", where: expect.objectContaining({ cell: "F10" }) })]);
    expect(s.findings[0]).toMatchObject({ missing: ["plan"], reported: 100.44 });
  });
  it("uses the reported attainment when the actual is missing", () => {
    const s = scoreOne(ratio(), { plan: 1000, attainment: 95 });
    expect(s.points).toBeCloseTo(28.5, 9);
    expect(s.findings[0]).toMatchObject({ code: "ATTAINMENT_FROM_REPORT", missing: ["actual"], reported: 95 });
  });
  it("uses the reported attainment for inverse too", () => {
    expect(scoreOne(inverse(), { attainment: 50 }).points).toBeCloseTo(15, 9);
  });
  it("warns when the reported attainment differs from the computed one by more than 0.1 point", () => {
    const s = scoreOne(ratio(), { plan: 1000, actual: 900, attainment: 95 });
    expect(s.points).toBeCloseTo(27, 9);
    expect(s.findings).toEqual([expect.objectContaining({ severity: "warning", code: "ATTAINMENT_MISMATCH", where: expect.objectContaining({ cell: "F10" }) })]);
    expect(s.findings[0]).toMatchObject({ reported: 95, computed: 90 });
  });
  it("accepts a reported attainment rounded within 0.1 point", () => {
    expect(scoreOne(ratio(), { plan: 2734.4, actual: 2735.764, attainment: percent(100.05) }).findings).toEqual([]);
  });
  it("reports missing data when plan, actual and attainment are all blank", () => {
    const s = scoreOne(ratio(), {});
    expect(s.points).toBe(0);
    expect(s.met).toBe(false);
    expect(s.findings).toEqual([expect.objectContaining({ severity: "error", code: "MISSING_DATA", where: expect.objectContaining({ cell: "D10" }) })]);
    expect(s.findings[0]).toMatchObject({ expected: "rate", missing: ["plan", "actual", "attainment"] });
  });
  it("points at the actual cell when only the actual is missing", () => {
    const s = scoreOne(ratio(), { plan: 100 });
    expect(s.findings[0]).toMatchObject({ code: "MISSING_DATA", where: { cell: "E10" } });
  });
});

describe("cells that are not numbers", () => {
  it("gives 0 points without a second error for a cell the reader flagged", () => {
    const flagged = readerFinding("NOT_A_NUMBER", "huyện Kbang", "E10");
    const s = scoreOne(ratio(), { plan: 1000, actual: "hai nghìn" }, [flagged]);
    expect(s.points).toBe(0);
    expect(s.met).toBe(false);
    expect(s.findings).toEqual([]);
  });
  it("gives 0 points without a second error for an Excel error the reader flagged", () => {
    const flagged = readerFinding("EXCEL_ERROR", "huyện Kbang", "D10");
    const s = scoreOne(ratio(), { plan: { kind: "error", text: "#DIV/0!" }, actual: 1 }, [flagged]);
    expect(s.points).toBe(0);
    expect(s.findings).toEqual([]);
  });
  it("reports a text the reader let through, quoting it", () => {
    const s = scoreOne(ratio(), { plan: 1000, actual: "hai nghìn" });
    expect(s.points).toBe(0);
    expect(s.findings).toEqual([expect.objectContaining({ severity: "error", code: "NOT_A_NUMBER", where: expect.objectContaining({ cell: "E10" }) })]);
    expect(s.findings[0]).toMatchObject({ field: "actual", text: "hai nghìn", indicator: { code: "1", name: "Chỉ tiêu số 1" } });
  });
  it("does not fall back to the reported attainment when the actual is unreadable", () => {
    const s = scoreOne(ratio(), { plan: 1000, actual: "?", attainment: 100 });
    expect(s.points).toBe(0);
    expect(s.attainment).toBeNull();
  });
});
