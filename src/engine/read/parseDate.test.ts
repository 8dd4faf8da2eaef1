import { formatDateVi, parseDate } from "./parseDate";

describe("parseDate", () => {
  it("reads an Excel date serial under a date format", () => {
    expect(parseDate(45700, "dd/mm/yyyy")).toEqual({ date: { year: 2025, month: 2, day: 12 }, time: null });
    expect(parseDate(45700.3333333, "[$-vi-VN]d mmmm yyyy h:mm")?.time).toEqual({ hour: 8, minute: 0 });
  });

  it("does not take a plain number for a date", () => {
    expect(parseDate(45700, "General")).toBeNull();
    expect(parseDate(45700, "#,##0")).toBeNull();
  });

  it("reads dd/mm/yyyy and worded dates with the time before them", () => {
    expect(parseDate("12/02/2025", "General")?.date).toEqual({ year: 2025, month: 2, day: 12 });
    expect(parseDate("ngày 22 tháng 01 năm 2024", "General")?.date).toEqual({ year: 2024, month: 1, day: 22 });
    const r = parseDate("8 giờ 30, ngày 12/02/2025", "General");
    expect(r && formatDateVi(r)).toBe("8 giờ 30, ngày 12/02/2025");
  });

  it("refuses impossible dates", () => {
    expect(parseDate("31/02/2025", "General")).toBeNull();
    expect(parseDate("12/13/2025", "General")).toBeNull();
    expect(parseDate("sáng mai", "General")).toBeNull();
  });
});
