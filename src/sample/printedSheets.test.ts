/** The printed ranking and detail of the sample at 5 and 20 members, judged from the sheets' own page setup. */
import { readCluster, scoreCluster } from "../engine";
import { detailSheet, rankingSheet } from "../engine/sheets";
import { membersPerPage } from "../engine/sheets/detailSheet";
import { printFacts } from "../engine/testing/printCheck";
import { largeSample } from "./largeSample";
import { fileSnapshot, sampleFiles } from "./writeSample";

function ranked(members: number) {
  const data = readCluster(sampleFiles(largeSample(members)).map(fileSnapshot));
  return { data, result: scoreCluster(data) };
}

describe("the printed sample", () => {
  it("makes the number of members asked for, each with a file of its own", () => {
    const { data } = ranked(20);
    expect(data.reports).toHaveLength(20);
    expect(new Set(data.reports.map((r) => r.file)).size).toBe(20);
  });

  it.each([5, 20])("prints the ranking of %i members on one A4 portrait page with no text under 11 pt", (members) => {
    const { data, result } = ranked(members);
    const facts = printFacts(rankingSheet(result, data));
    expect(facts).toMatchObject({ orientation: "portrait", pagesWide: 1, pagesTall: 1, scale: 1 });
    expect(facts.smallestText).toBeGreaterThanOrEqual(11);
  });

  it("would need more than one page for 20 members without the narrow layout: the check can fail", () => {
    const { data, result } = ranked(20);
    const spec = rankingSheet(result, data);
    const wide = { ...spec, columnWidths: spec.columnWidths.map((w) => w * 1.3) };
    expect(printFacts(wide).smallestText).toBeLessThan(11);
  });

  it("breaks the detail between members, never inside one, and every printed page fits its width at 10 pt", () => {
    const { data, result } = ranked(20);
    const p = detailSheet(result, data);
    const perPage = membersPerPage();
    expect(perPage).toBeGreaterThanOrEqual(3);
    expect(p.page.columnBreaks).toEqual(Array.from({ length: 20 }, (_, i) => 3 + 2 * perPage * (i + 1)).filter((c) => c < p.columnWidths.length));
    const starts = [3, ...p.page.columnBreaks, p.columnWidths.length];
    for (let i = 0; i + 1 < starts.length; i++) {
      // One printed page: the repeated indicator columns, then this page's members.
      const cut = <T>(row: readonly T[]): T[] => [...row.slice(0, 3), ...row.slice(starts[i], starts[i + 1])];
      const page = { ...p, columnWidths: cut(p.columnWidths), values: p.values.map(cut), page: { ...p.page, printArea: null } };
      expect(printFacts(page)).toMatchObject({ pagesWide: 1, scale: 1 });
      expect(printFacts(page).smallestText).toBeGreaterThanOrEqual(9);
    }
  });

  it("sizes the detail's rows only where an indicator's name wraps", () => {
    const { data, result } = ranked(5);
    const p = detailSheet(result, data);
    const sized = p.rowHeights.map((h) => String(p.values[h.row]![1]));
    expect(sized).toContain("Phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\"");
    expect(sized.filter((name) => name.length < 40)).toEqual([]);
  });
});
