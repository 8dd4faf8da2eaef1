import { capitalize, formatNumber, joinNames } from "./messageText";

describe("numbers in messages", () => {
  it.each([
    [2735.764, "2.735,764"],
    [10858, "10.858"],
    [100.05, "100,05"],
    [1234567, "1.234.567"],
    [-3.32, "-3,32"],
    [0, "0"],
    [100.04994, "100,05"],
    [-0.0001, "0"],
    [999.9999, "1.000"],
  ])("writes %p as %p", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe("name lists", () => {
  it("joins names with commas and a final “và”", () => {
    expect(joinNames(["huyện A", "huyện B", "huyện C"])).toBe("huyện A, huyện B và huyện C");
    expect(joinNames(["huyện A"])).toBe("huyện A");
  });
  it("starts a sentence with a capital, Vietnamese letters included", () => {
    expect(capitalize("đơn vị")).toBe("Đơn vị");
  });
});
