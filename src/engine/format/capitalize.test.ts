import { capitalize } from "./capitalize";

describe("sentence starts", () => {
  it("starts a sentence with a capital, Vietnamese letters included", () => {
    expect(capitalize("đơn vị")).toBe("Đơn vị");
  });
});
