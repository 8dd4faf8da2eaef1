import fc from "fast-check";
import { formatFixedVi, formatLongDateVi, formatNumberVi, formatPercentVi, formatShortDateVi } from "./formatVi";

describe("formatNumberVi", () => {
  it("writes a decimal comma and dot grouping", () => {
    expect(formatNumberVi(2735.764)).toBe("2.735,764");
    expect(formatNumberVi(18797.39)).toBe("18.797,39");
    expect(formatNumberVi(1234567)).toBe("1.234.567");
  });

  it("writes whole numbers without decimals", () => {
    expect(formatNumberVi(10858)).toBe("10.858");
    expect(formatNumberVi(0)).toBe("0");
  });

  it("drops trailing zeros", () => {
    expect(formatNumberVi(100.05)).toBe("100,05");
    expect(formatNumberVi(5696.5)).toBe("5.696,5");
    expect(formatNumberVi(100.0499)).toBe("100,05");
  });

  it("rounds half away from zero at the last shown place", () => {
    expect(formatNumberVi(1.005, 2)).toBe("1,01");
    expect(formatNumberVi(2.0004)).toBe("2");
    expect(formatNumberVi(-2.5, 0)).toBe("-3");
  });

  it("keeps the minus sign on negative numbers and drops it when they round to zero", () => {
    expect(formatNumberVi(-3.32)).toBe("-3,32");
    expect(formatNumberVi(-1234.5)).toBe("-1.234,5");
    expect(formatNumberVi(-0.0001)).toBe("0");
  });

  it("shows a blank for a number that is not finite", () => {
    expect(formatNumberVi(Number.NaN)).toBe("…");
  });
});

describe("formatFixedVi", () => {
  it("keeps exactly the asked decimals, as #,##0.00 shows", () => {
    expect(formatFixedVi(1012.5)).toBe("1.012,50");
    expect(formatFixedVi(30)).toBe("30,00");
    expect(formatFixedVi(-0.004)).toBe("0,00");
  });
});

describe("formatPercentVi", () => {
  it("adds a percent sign to a value already in percent", () => {
    expect(formatPercentVi(100.05)).toBe("100,05%");
    expect(formatPercentVi(7.67)).toBe("7,67%");
    expect(formatPercentVi(100)).toBe("100%");
    expect(formatPercentVi(-1.8)).toBe("-1,8%");
    expect(formatPercentVi(100.019, 3)).toBe("100,019%");
  });
});

describe("dates", () => {
  it("writes the long date of NĐ 30 with leading zeros on small days and on January and February", () => {
    expect(formatLongDateVi({ year: 2025, month: 2, day: 12 })).toBe("ngày 12 tháng 02 năm 2025");
    expect(formatLongDateVi({ year: 2024, month: 1, day: 5 })).toBe("ngày 05 tháng 01 năm 2024");
    expect(formatLongDateVi({ year: 2023, month: 12, day: 29 })).toBe("ngày 29 tháng 12 năm 2023");
    expect(formatLongDateVi({ year: 2020, month: 3, day: 9 })).toBe("ngày 09 tháng 3 năm 2020");
  });

  it("writes the short date as dd/mm/yyyy", () => {
    expect(formatShortDateVi({ year: 2025, month: 2, day: 12 })).toBe("12/02/2025");
    expect(formatShortDateVi({ year: 2024, month: 7, day: 1 })).toBe("01/07/2024");
  });
});

describe("formatNumberVi, for any number", () => {
  it("reads back, with the dots removed and the comma as the decimal point, as the number rounded to three places", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
        const text = formatNumberVi(n);
        expect(text).toMatch(/^-?\d{1,3}(\.\d{3})*(,\d{1,3})?$/);
        const back = Number(text.replace(/\./g, "").replace(",", "."));
        expect(Math.abs(back - n)).toBeLessThanOrEqual(0.0005 + 1e-9 * Math.abs(n));
      }),
    );
  });
});

describe("numbers quoted in findings", () => {
  it.each([
    [1234567, "1.234.567"],
    [100.04994, "100,05"],
    [999.9999, "1.000"],
    [-0.0001, "0"],
  ])("writes %p as %p", (value, text) => {
    expect(formatNumberVi(value)).toBe(text);
  });
});
