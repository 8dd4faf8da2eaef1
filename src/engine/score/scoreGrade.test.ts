import { indicator, scoreOne } from "../testing/scoreData";

const grade = indicator("3", { rule: "grade", maxPoints: 20 });

describe("grade", () => {
  it.each([
    ["Hoàn thành xuất sắc", 20],
    ["HTXS", 20],
    ["Xuất sắc", 20],
    ["Hoàn thành tốt", 17],
    ["HTT", 17],
    ["Tốt", 17],
    ["Hoàn thành", 14],
    ["HT", 14],
    ["Khá", 14],
    ["Trung bình", 10],
    ["Không hoàn thành", 0],
    ["KHT", 0],
    ["Yếu", 0],
    ["Kém", 0],
  ])("gives %s its share of M", (word, points) => {
    const s = scoreOne(grade, { actual: word });
    expect(s.points).toBeCloseTo(points, 9);
    expect(s.findings).toEqual([]);
  });
  it("accepts the long form with “nhiệm vụ”", () => {
    expect(scoreOne(grade, { actual: "Hoàn thành tốt nhiệm vụ" }).points).toBeCloseTo(17, 9);
  });
  it("meets the indicator only at full points", () => {
    expect(scoreOne(grade, { actual: "HTXS" }).met).toBe(true);
    expect(scoreOne(grade, { actual: "HTT" }).met).toBe(false);
  });
  it("reads the attainment column when the actual is empty", () => {
    expect(scoreOne(grade, { attainment: "Khá" }).points).toBeCloseTo(14, 9);
  });
  it("reports an unknown level as an error quoting it", () => {
    const s = scoreOne(grade, { actual: "Tuyệt vời" });
    expect(s.points).toBe(0);
    expect(s.findings).toEqual([expect.objectContaining({ severity: "error", code: "INVALID_GRADE_VALUE", where: expect.objectContaining({ cell: "E10" }) })]);
    expect(s.findings[0]).toMatchObject({ text: "Tuyệt vời" });
  });
  it("reports missing data when no level is written", () => {
    expect(scoreOne(grade, {}).findings[0]).toMatchObject({ code: "MISSING_DATA", severity: "error" });
  });
});
