/** The bundled demo end to end: through the CLI's main, on the files it writes. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { sheetFingerprint } from "../src/hosts/xlsx/testing/workbooks";
import { docxText, openXlsx, runCli, sheetTexts, tempDir, type CliRun } from "./testing/cliHarness";

interface MemberJson {
  name: string;
  rank: number;
  total: number;
  percentOfMax: number;
  award: string | null;
  source: { file: string; sheet: string };
  indicators: { code: string; points: number }[];
}
interface ResultJson {
  cluster: string;
  year: number;
  maxPoints: number;
  members: MemberJson[];
  proposals: { leader: string | null; merit: string[]; nextHead: string | null; nextDeputy: string | null };
  findings: { severity: string; code: string; file: string | null; sheet: string | null; cell: string | null; member: string | null; message: string }[];
  output: { workbook: string; minutes: string };
}

const SENTENCE = "huyện Đak Đoa đạt 12.033 tỷ đồng, bằng 100,7% kế hoạch";
const LEAF_CODES = [...Array.from({ length: 4 }, (_, i) => String(i + 1)), "5a", "5b", ...Array.from({ length: 23 }, (_, i) => String(i + 6))];

let folder: string;
let run: CliRun;
let json: ResultJson;

beforeAll(async () => {
  folder = tempDir();
  run = await runCli(["demo", "--out", folder, "--json"]);
  json = JSON.parse(run.stdout) as ResultJson;
}, 60_000);

const input = (file: string): string => path.join(folder, file);
const hash = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("thi-dua demo", () => {
  it("finishes with status 0 and the cluster, year and maximum of the sample", () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect([json.cluster, json.year, json.maxPoints]).toEqual(["Cụm thi đua số 2", 2024, 1000]);
  });

  it("ranks huyện Đak Đoa first and proposes it for the flag, as the cluster did in 2024", () => {
    expect(json.members[0]).toMatchObject({ name: "huyện Đak Đoa", rank: 1, award: "flag", source: { file: "dak-doa.xlsx", sheet: "Báo cáo" } });
    expect(json.proposals).toMatchObject({ leader: "huyện Đak Đoa", nextHead: "huyện Mang Yang" });
    expect(json.proposals.merit).toHaveLength(2);
  });

  it("gives ranks that follow the totals and scores every member on every indicator", () => {
    for (const m of json.members) {
      expect(m.rank).toBe(1 + json.members.filter((o) => o.total > m.total + 1e-9).length);
      expect(m.percentOfMax).toBeCloseTo((m.total / 1000) * 100, 9);
      expect(m.indicators.map((i) => i.code)).toEqual(LEAF_CODES);
    }
    expect(json.members.map((m) => m.name).sort()).toEqual(["huyện Kbang", "huyện Mang Yang", "huyện Đak Pơ", "huyện Đak Đoa", "thị xã An Khê"].sort());
  });

  it("has no error, and warns about the approximate value with its file and cell", () => {
    expect(json.findings.filter((f) => f.severity === "error")).toEqual([]);
    const approximate = json.findings.find((f) => f.code === "APPROXIMATE_VALUE");
    expect(approximate).toMatchObject({ severity: "warning", file: "dak-po.xlsx", sheet: "Báo cáo", member: "huyện Đak Pơ" });
    expect(approximate!.cell).toMatch(/^E\d+$/);
    expect(approximate!.message).toContain("trên 2.636");
  });

  it("leaves every sheet of the input workbook unchanged in the result", async () => {
    const before = await openXlsx(input("cum-thi-dua-so-2-2024.xlsx"));
    const after = await openXlsx(json.output.workbook);
    for (const ws of before.worksheets) {
      expect(sheetFingerprint(after.getWorksheet(ws.name)!)).toEqual(sheetFingerprint(ws));
    }
  });

  it("writes the ranking sheet with the totals of the JSON, and imports every member report", async () => {
    const wb = await openXlsx(json.output.workbook);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(
      expect.arrayContaining(["Thông tin", "Giao ước thi đua 2024", "Xếp hạng 2024", "Biên bản 2024", "Kiểm tra 2024", "TH huyện Đak Đoa", "TH huyện Kbang", "TH huyện Mang Yang", "TH huyện Đak Pơ", "TH thị xã An Khê"]),
    );
    const ranking = wb.getWorksheet("Xếp hạng 2024")!;
    for (const m of json.members) {
      let found = false;
      ranking.eachRow((row) => {
        if (found || row.getCell(2).value !== m.name) return;
        found = true;
        const numbers = (row.values as unknown[]).filter((v): v is number => typeof v === "number");
        expect(numbers).toContain(m.rank);
        expect(numbers.some((n) => Math.abs(n - m.total) < 1e-9)).toBe(true);
      });
      expect(found).toBe(true);
    }
  });

  it("writes no formula anywhere in the result", async () => {
    const wb = await openXlsx(json.output.workbook);
    const formulas: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.formula !== undefined) formulas.push(`${ws.name}!${cell.address}`);
    })));
    expect(formulas).toEqual([]);
  });

  it("puts the key indicator sentence with the reported figures in the minutes sheet and the Word file", async () => {
    const wb = await openXlsx(json.output.workbook);
    expect(sheetTexts(wb.getWorksheet("Biên bản 2024")!).some((t) => t.includes(SENTENCE))).toBe(true);
    const text = docxText(json.output.minutes);
    expect(text).toContain(SENTENCE);
    expect(text).toContain("BIÊN BẢN");
  });

  it("prints where the results are when run without --json, and never modifies its inputs", async () => {
    const files = ["cum-thi-dua-so-2-2024.xlsx", "kbang.xlsx", "mang-yang.xlsx", "dak-po.xlsx", "dak-doa.xlsx", "an-khe.xlsx"].map(input);
    const before = files.map(hash);
    const again = await runCli(["rank", ...files, "--out", path.join(folder, "lan-2.xlsx")]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("Cụm thi đua số 2 — kết quả xếp hạng năm 2024");
    expect(again.stdout).toMatch(/1\s+huyện Đak Đoa/);
    expect(again.stdout).toContain(`Đã ghi sổ kết quả: ${path.join(folder, "lan-2.xlsx")}`);
    expect(files.map(hash)).toEqual(before);
  });
});
