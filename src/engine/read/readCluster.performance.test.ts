import { largeCluster } from "../testing/largeCluster";
import { readCluster } from "./readCluster";

describe("reading a large cluster", () => {
  it("reads 500 members × 200 indicators in linear time, with every row matched", () => {
    const books = largeCluster(500, 200);
    readCluster(largeCluster(5, 200));
    const start = performance.now();
    const data = readCluster(books);
    const elapsed = performance.now() - start;
    expect(data.reports).toHaveLength(500);
    expect(data.reports.every((r) => Object.keys(r.rows).length === 200)).toBe(true);
    expect(data.findings).toEqual([]);
    // Allocating the 100 000 result rows alone takes a few hundred ms on a busy shared CI machine;
    // anything quadratic in members or indicators would take tens of seconds.
    expect(elapsed).toBeLessThan(5000);
  });
});
