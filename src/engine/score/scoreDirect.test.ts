import { indicator, readerFinding, scoreOne } from "../testing/scoreData";

const direct = indicator("4", { rule: "direct", maxPoints: 15 });

describe("direct", () => {
  it("takes the cluster's score before the actual", () => {
    const s = scoreOne(direct, { actual: 15, clusterScore: 12.5 });
    expect(s.points).toBe(12.5);
    expect(s.met).toBe(false);
    expect(s.attainment).toBeNull();
  });
  it("takes the actual when the cluster gave no score", () => {
    const s = scoreOne(direct, { actual: 15 });
    expect(s.points).toBe(15);
    expect(s.met).toBe(true);
  });
  it("clamps a score above M with a warning", () => {
    const s = scoreOne(direct, { clusterScore: 18 });
    expect(s.points).toBe(15);
    expect(s.findings).toEqual([expect.objectContaining({ severity: "warning", code: "DIRECT_CLAMPED", where: expect.objectContaining({ cell: "I10" }) })]);
    expect(s.findings[0]).toMatchObject({ indicator: { code: "4", name: "Chỉ tiêu số 4" }, value: 18, max: 15 });
  });
  it("clamps a negative score to 0 with a warning", () => {
    const s = scoreOne(direct, { actual: -2 });
    expect(s.points).toBe(0);
    expect(s.findings[0]).toMatchObject({ code: "DIRECT_CLAMPED", where: { cell: "E10" } });
  });
  it("reports missing data when there is no score", () => {
    expect(scoreOne(direct, {}).findings[0]).toMatchObject({ severity: "error", code: "MISSING_DATA" });
  });
  it("gives 0 without a second error for a score cell the reader flagged", () => {
    const s = scoreOne(direct, { clusterScore: "mười" }, [readerFinding("NOT_A_NUMBER", "huyện Kbang", "I10")]);
    expect(s.points).toBe(0);
    expect(s.findings).toEqual([]);
  });
});
