import { parseCell } from "./parseCell";

const num = (value: number, extra: { percent?: boolean; approximate?: boolean } = {}) => ({
  kind: "number",
  value,
  percent: extra.percent ?? false,
  approximate: extra.approximate ?? false,
});

describe("parseCell", () => {
  it.each([
    ["2.735,764", 2735.764],
    ["10.858", 10858],
    ["100,05", 100.05],
    ["1.234.567", 1234567],
    ["-3,32", -3.32],
    ["1,234,567", 1234567],
    ["1.234.567,5", 1234567.5],
    ["1,234.5", 1234.5],
    ["18 797,39", 18797.39],
    ["  42 ", 42],
    ["+7,67", 7.67],
  ])("reads the Vietnamese text number %s as %d", (text, value) => {
    expect(parseCell(text, "General")).toEqual({ value: num(value), englishDecimal: false });
  });

  it("reads a percent-formatted cell too large to show in percent as the #NUM! error", () => {
    expect(parseCell(1.797693134862316e306, "0.00%").value).toEqual({ kind: "error", text: "#NUM!" });
    expect(parseCell(-1.797693134862316e306, "0%").value).toEqual({ kind: "error", text: "#NUM!" });
  });

  it("reads 100,05% as 100.05 percent", () => {
    expect(parseCell("100,05%", "General").value).toEqual(num(100.05, { percent: true }));
    expect(parseCell("100,05 %", "@").value).toEqual(num(100.05, { percent: true }));
  });

  it("accepts an English decimal point but says so", () => {
    expect(parseCell("100.05", "General")).toEqual({ value: num(100.05), englishDecimal: true });
    expect(parseCell("0.500", "General")).toEqual({ value: num(0.5), englishDecimal: true });
    expect(parseCell("1234.567", "General")).toEqual({ value: num(1234.567), englishDecimal: true });
  });

  it("reads a numeric cell with a percent format as a percent", () => {
    expect(parseCell(0.0332, "0.00%").value).toEqual(num(3.32, { percent: true }));
    expect(parseCell(1.0005, "0%").value).toEqual(num(100.05, { percent: true }));
    expect(parseCell(0.0332, "#,##0.00").value).toEqual(num(0.0332));
  });

  it.each([
    ["~2.700", 2700],
    ["khoảng 2.700", 2700],
    ["Khoảng 2.700", 2700],
    ["trên 2.636", 2636],
    [">= 95", 95],
    ["≥95%", 95],
    ["ước 772", 772],
    ["ước khoảng 1.200,5", 1200.5],
  ])("reads the approximation %s as %d, marked approximate", (text, value) => {
    const v = parseCell(text, "General").value;
    expect(v).toMatchObject({ kind: "number", value, approximate: true });
  });

  it.each(["", "   ", "-", "–", "—", "không có", "Không có", "k/c", "K/C"])("reads %j as blank", (text) => {
    expect(parseCell(text, "General").value).toEqual({ kind: "blank" });
  });

  it("reads null as blank", () => {
    expect(parseCell(null, "General").value).toEqual({ kind: "blank" });
  });

  it("leaves x as text: only a numeric column treats it as blank", () => {
    expect(parseCell("x", "General").value).toEqual({ kind: "text", text: "x" });
  });

  it.each(["#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", " #n/a "])(
    "reads the Excel error %s as an error",
    (text) => {
      expect(parseCell(text, "General").value).toEqual({ kind: "error", text: text.trim().toUpperCase() });
    },
  );

  it("keeps booleans and words", () => {
    expect(parseCell(true, "General").value).toEqual({ kind: "bool", value: true });
    expect(parseCell("Đạt", "General").value).toEqual({ kind: "text", text: "Đạt" });
    expect(parseCell("hai nghìn", "General").value).toEqual({ kind: "text", text: "hai nghìn" });
  });

  it.each(["1.2.3", "12,34,5", "2.700 tỷ", "1..2", "abc100", "+", "1.23.456"])("does not take %j for a number", (text) => {
    expect(parseCell(text, "General").value.kind).toBe("text");
  });
});
