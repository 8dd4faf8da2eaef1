import { charWidthToPoints, mmToPoints } from "./units";

describe("unit conversions", () => {
  it("turns Excel's default 8.43-character column into its 48 pixels (64 px → 48 pt)", () => {
    expect(charWidthToPoints(8.43)).toBe(48.01);
  });

  it("turns 10 characters into 56.25 points", () => {
    expect(charWidthToPoints(10)).toBe(56.25);
  });

  it("turns a 20 mm margin into 56.69 points", () => {
    expect(mmToPoints(20)).toBe(56.69);
    expect(mmToPoints(25.4)).toBe(72);
  });
});
