import { indicator, readerFinding, scoreOne } from "../testing/scoreData";

const pass = indicator("2", { rule: "pass", maxPoints: 10 });

describe("pass", () => {
  it.each(["Đạt", "đạt", "ĐẠT", "Hoàn thành", "Có", "x", "X", "✓", "Yes", "TRUE"])("gives M for %s", (word) => {
    const s = scoreOne(pass, { actual: word });
    expect(s.points).toBe(10);
    expect(s.met).toBe(true);
    expect(s.attainment).toBeNull();
  });
  it.each(["Không đạt", "Chưa đạt", "Không hoàn thành", "Không", "FALSE", "No"])("gives 0 for %s without an error", (word) => {
    const s = scoreOne(pass, { actual: word });
    expect(s.points).toBe(0);
    expect(s.met).toBe(false);
    expect(s.findings).toEqual([]);
  });
  it("reads the numbers 1 and 0 and Excel booleans", () => {
    expect(scoreOne(pass, { actual: 1 }).points).toBe(10);
    expect(scoreOne(pass, { actual: 0 }).points).toBe(0);
    expect(scoreOne(pass, { actual: true }).points).toBe(10);
    expect(scoreOne(pass, { actual: false }).points).toBe(0);
  });
  it("reads the attainment column when the actual is empty", () => {
    expect(scoreOne(pass, { attainment: "Đạt" }).points).toBe(10);
  });
  it("reports any other word as an error quoting it", () => {
    const s = scoreOne(pass, { actual: "Cơ bản đạt" });
    expect(s.points).toBe(0);
    expect(s.findings).toEqual([expect.objectContaining({ severity: "error", code: "INVALID_PASS_VALUE", where: expect.objectContaining({ cell: "E10" }) })]);
    expect(s.findings[0]).toMatchObject({ indicator: { code: "2", name: "Chỉ tiêu số 2" }, text: "Cơ bản đạt" });
  });
  it("reports a number other than 1 or 0 as an error", () => {
    expect(scoreOne(pass, { actual: 2 }).findings[0]).toMatchObject({ code: "INVALID_PASS_VALUE" });
  });
  it("does not report again a cell the reader flagged", () => {
    const s = scoreOne(pass, { actual: { kind: "error", text: "#N/A" } }, [readerFinding("EXCEL_ERROR", "huyện Kbang", "E10")]);
    expect(s.points).toBe(0);
    expect(s.findings).toEqual([]);
  });
  it("reports missing data when both columns are empty", () => {
    const s = scoreOne(pass, {});
    expect(s.findings).toEqual([expect.objectContaining({ severity: "error", code: "MISSING_DATA", where: expect.objectContaining({ cell: "F10" }) })]);
    expect(s.findings[0]).toMatchObject({ expected: "passFail" });
  });
});
