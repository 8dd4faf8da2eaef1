import { grid, workbook } from "../testing/grid";
import { samplePledge, sampleReport } from "../testing/sampleSheets";
import { plainRow } from "../testing/plainRows";
import { readCluster } from "./readCluster";
import { blankField, fieldOf, numberValue, textValue } from "./parseCell";
import { ReportRowView, RowTable } from "./rowTable";
import { SharedCells } from "./sharedCells";

describe("a report's rows, kept as a table", () => {
  // Row 6 holds indicator 1, row 9 indicator 3, row 10 indicator 4 (pass); D plan, E actual, F attainment (percent), G self-score.
  const sheet = sampleReport("huyện Kbang", "Báo cáo", { "1": [2734.4, "2.735,764", 0.0332, "#DIV/0!"], "2": [120, 130, null, 30], "3": ["x", 2, null, true], "4": [null, "Đạt", null, 20] }, { columnFormats: { 5: "0.00%" } });
  const data = readCluster([workbook("cum.xlsx", samplePledge()), workbook("kbang.xlsx", sheet)]);
  const rows = data.reports[0]!.rows;

  it("gives back each cell as the reader read it: numbers, percents, text numbers, errors, words and blanks", () => {
    expect(plainRow(rows["1"]!)).toMatchObject({
      row: 6,
      plan: { kind: "number", value: 2734.4, percent: false, cell: "D6" },
      actual: { kind: "number", value: 2735.764, percent: false, cell: "E6" },
      attainment: { kind: "number", value: 3.32, percent: true, cell: "F6" },
      selfScore: { kind: "error", text: "#DIV/0!", cell: "G6" },
      growth: { kind: "blank", cell: null },
      clusterScore: { kind: "blank", cell: null },
    });
    // "x" in a numeric column is blank; a boolean where a number belongs stays a boolean (and is reported).
    expect(rows["3"]!.plan).toMatchObject({ kind: "blank", cell: "D9" });
    expect(rows["3"]!.selfScore).toMatchObject({ kind: "bool", value: true, cell: "G9" });
    expect(rows["4"]!.actual).toMatchObject({ kind: "text", text: "Đạt", cell: "E10" });
    expect(rows["4"]!.plan).toMatchObject({ kind: "blank", cell: "D10" });
  });

  it("hands out the same field while one row is read, and the same values when read again later", () => {
    const first = rows["1"]!;
    expect(first.actual).toBe(first.actual);
    const before = plainRow(first);
    plainRow(rows["2"]!);
    expect(plainRow(first)).toEqual(before);
    expect(first.actual).not.toBe(before.actual);
  });

  it("keeps every row when more rows come than it was made for", () => {
    const cells = new SharedCells();
    const tiny = grid("Báo cáo", [["STT", "Thực hiện"], [1, 10], [2, 0.5], [3, "Đạt"]]);
    const table = new RowTable(tiny, { code: 0, actual: 1 }, cells, 1);
    const plain = (value: ReturnType<typeof numberValue>, cell: string) => fieldOf(cell, value);
    const bases = [1, 2, 3].map((r) => {
      const base = table.begin(r, null, null);
      table.put(base + 1, r === 3 ? plain(textValue("Đạt"), `B${r + 1}`) : plain(numberValue(tiny.values[r]![1] as number, false, false), `B${r + 1}`));
      for (const f of [0, 2, 3, 4, 5]) table.put(base + f, blankField(null));
      return base;
    });
    const views = bases.map((base, k) => new ReportRowView(String(k + 1), table, base));
    expect(views.map((v) => [v.actual.kind, v.actual.kind === "number" ? v.actual.value : v.actual.kind === "text" ? v.actual.text : null, v.actual.cell])).toEqual([
      ["number", 10, "B2"],
      ["number", 0.5, "B3"],
      ["text", "Đạt", "B4"],
    ]);
    expect(views[0]!.plan).toMatchObject({ kind: "blank", cell: null });
  });
});
