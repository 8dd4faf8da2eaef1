/**
 * Issue 7's corpus: real-world workbooks (script-made, src/hosts/xlsx/testing/corpus.ts) through `rank`.
 * Each either ranks, keeping every part of the cluster workbook that is not an index part byte for byte,
 * validating against ECMA-376 and reading back; or is refused with exit 2 and one line.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { corpus, type CorpusCase } from "../src/hosts/xlsx/testing/corpus";
import { runCli, tempDir } from "./testing/cliHarness";

/** The parts the writer may change (docs/tep-xlsx.md); styles.xml only by appending. */
const INDEX_PARTS = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "docProps/app.xml", "xl/styles.xml"]);

let cases: CorpusCase[];
let folder: string;
const outputs: string[] = [];

beforeAll(async () => {
  cases = await corpus();
  folder = tempDir();
}, 60_000);

/** The case's files in a folder of their own (`run` keeps two runs of one case apart). */
function place(c: CorpusCase, run = "1"): string[] {
  const dir = path.join(folder, c.name.replace(/[^a-z0-9]+/gi, "-") + "-" + run);
  execFileSync("mkdir", ["-p", dir]);
  return c.files.map((f) => {
    const target = path.join(dir, f.file);
    writeFileSync(target, f.data);
    return target;
  });
}

/** Every <xf> of cellXfs, in order. */
function cellXfs(styles: string): string[] {
  const body = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  return body.match(/<xf\b[^>]*?(\/>|>[\s\S]*?<\/xf>)/g) ?? [];
}

describe("rank on the corpus", () => {
  it("keeps every non-index part of the cluster workbook byte for byte, and the result reads back", async () => {
    const ranked = cases.filter((c) => c.expect === "ranks");
    expect(ranked.length).toBeGreaterThanOrEqual(10);
    for (const c of ranked) {
      const files = place(c);
      const run = await runCli(["rank", ...files, "--json"]);
      expect({ name: c.name, status: run.status, stderr: run.stderr }).toEqual({ name: c.name, status: expect.any(Number), stderr: "" });
      expect([0, 1]).toContain(run.status);
      const out = (JSON.parse(run.stdout) as { output: { workbook: string } }).output.workbook;
      outputs.push(out);
      const before = unzipSync(readFileSync(files[0]!));
      const after = unzipSync(readFileSync(out));
      for (const [name, data] of Object.entries(before)) {
        // Folder entries ("_rels/") are not parts of the package.
        if (INDEX_PARTS.has(name) || name.endsWith("/")) continue;
        expect({ case: c.name, part: name, same: after[name] !== undefined && Buffer.compare(Buffer.from(after[name]!), Buffer.from(data)) === 0 }).toEqual({ case: c.name, part: name, same: true });
      }
      const oldXfs = cellXfs(strFromU8(before["xl/styles.xml"]!));
      expect(cellXfs(strFromU8(after["xl/styles.xml"]!)).slice(0, oldXfs.length)).toEqual(oldXfs);
      const again = await runCli(["check", out]);
      expect({ case: c.name, status: again.status, stderr: again.stderr }).toEqual({ case: c.name, status: again.status === 0 ? 0 : 1, stderr: "" });
    }
  }, 120_000);

  it("writes results that validate against the ECMA-376 schemas", () => {
    expect(outputs.length).toBeGreaterThan(0);
    const report = execFileSync("/usr/bin/python3", [path.join(__dirname, "..", "tools", "ooxml-validate.py"), ...outputs], { encoding: "utf8" });
    expect(report).toMatch(new RegExp(`in ${outputs.length} files`));
    expect(report).not.toMatch(/invalid|error/i);
  }, 120_000);

  it("keeps the macros of an .xlsm and names the result .xlsm", async () => {
    const c = cases.find((x) => x.name === "macros")!;
    const files = place(c, "macro");
    const run = await runCli(["rank", ...files]);
    expect(run.status).toBeLessThan(2);
    const out = files[0]!.replace(/\.xlsm$/, "-xep-hang.xlsm");
    const parts = unzipSync(readFileSync(out));
    expect(Buffer.from(parts["xl/vbaProject.bin"]!).equals(Buffer.from(unzipSync(c.files[0]!.data)["xl/vbaProject.bin"]!))).toBe(true);
    expect(strFromU8(parts["[Content_Types].xml"]!)).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    const asXlsx = await runCli(["rank", ...files, "--out", files[0]!.replace(/\.xlsm$/, "-ket-qua.xlsx")]);
    expect(asXlsx.status).toBe(2);
    expect(asXlsx.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(asXlsx.stderr).toContain("--out phải có đuôi .xlsm");
  });

  it("doubles the apostrophe of a member's name in the print area and reads its own result back", async () => {
    const files = place(cases.find((x) => x.name === "an apostrophe in a member's name")!, "quote");
    const out = path.join(path.dirname(files[0]!), "ket-qua.xlsx");
    expect((await runCli(["rank", ...files, "--out", out])).status).toBeLessThan(2);
    const workbook = strFromU8(unzipSync(readFileSync(out))["xl/workbook.xml"]!);
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="\d+">'TH huyện Cư M''gar'!\$A\$1:\$[A-Z]+\$\d+<\/definedName>/);
    const again = await runCli(["check", out, "--json"]);
    const json = JSON.parse(again.stdout) as { members: { name: string }[] };
    expect(json.members.map((m) => m.name)).toContain("huyện Cư M'gar");
  });

  it("leaves a stray far-away cell out of the member's report and says which cell", async () => {
    for (const [name, cell] of [["a stray cell at XFD1048576", "XFD1048576"], ["a row numbered 99999999", "A99999999"]] as const) {
      const files = place(cases.find((x) => x.name === name)!, "stray");
      const run = await runCli(["check", ...files, "--json"]);
      const json = JSON.parse(run.stdout) as { members: unknown[]; findings: { code: string; file: string; message: string }[] };
      expect(json.members).toHaveLength(5);
      expect(json.findings).toContainEqual(expect.objectContaining({ code: "CELLS_OUT_OF_RANGE", file: path.basename(files[1]!), message: expect.stringContaining(cell) }));
    }
  });

  it("refuses a zip bomb with exit 2 and one line, writing nothing", async () => {
    for (const c of cases.filter((x) => x.expect === "refuses")) {
      const files = place(c, "bomb");
      const run = await runCli(["rank", ...files]);
      expect({ case: c.name, status: run.status }).toEqual({ case: c.name, status: 2 });
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stderr).toMatch(/500 MB|bị hỏng/);
      expect(readdirSync(path.dirname(files[0]!)).filter((f) => f.includes("xep-hang"))).toEqual([]);
      expect(existsSync(files[0]!.replace(/\.xlsx$/, "-xep-hang.xlsx"))).toBe(false);
    }
  });
});
