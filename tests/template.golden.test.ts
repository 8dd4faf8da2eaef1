/** thi-dua template, end to end: the sample's forms, filled in with the sample's figures, read back cleanly. */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formFileName } from "../src/engine/sheets";
import { GIA_LAI_2024 } from "../src/sample/gialai2024";
import { fileBytes, sampleFiles, writeSample } from "../src/sample/writeSample";
import { fillForm, type Planted } from "./testing/fillForm";
import { openXlsx, runCli, sheetTexts, tempDir } from "./testing/cliHarness";

interface Json {
  members: { name: string; total: number; rank: number }[];
  findings: { severity: string; code: string; file: string | null; sheet: string | null; cell: string | null; member: string | null }[];
}

const FORM_FILES = [
  "bao-cao-2024-huyen-dak-doa.xlsx",
  "bao-cao-2024-huyen-dak-po.xlsx",
  "bao-cao-2024-huyen-kbang.xlsx",
  "bao-cao-2024-huyen-mang-yang.xlsx",
  "bao-cao-2024-thi-xa-an-khe.xlsx",
];

let folder: string;
let cluster: string;
let members: string[];

beforeAll(async () => {
  folder = tempDir();
  const written = await writeSample();
  for (const f of written) writeFileSync(path.join(folder, f.file), f.data);
  cluster = path.join(folder, written[0]!.file);
  members = written.slice(1).map((f) => path.join(folder, f.file));
}, 60_000);

const hash = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("thi-dua template", () => {
  let out: string;
  beforeAll(async () => {
    out = path.join(folder, "mau");
  });

  it("writes one form per member of the rotation list, named after the member", async () => {
    const run = await runCli(["template", cluster, "--out", out]);
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(readdirSync(out).sort()).toEqual(FORM_FILES);
    expect(run.stdout).toContain(`Đã ghi 5 mẫu báo cáo vào ${out}:`);
    expect(run.stdout).toContain("bao-cao-2024-thi-xa-an-khe.xlsx (thị xã An Khê)");
  });

  it("gives each form the report sheet, titled for the member, and the pledge", async () => {
    const wb = await openXlsx(path.join(out, "bao-cao-2024-huyen-kbang.xlsx"));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Báo cáo", GIA_LAI_2024.pledgeSheet]);
    const texts = sheetTexts(wb.getWorksheet("Báo cáo")!);
    expect(texts).toContain("Đơn vị: huyện Kbang");
    expect(texts).toContain("Tổng giá trị sản xuất (giá so sánh 2010)");
  });

  it("validates against the ECMA-376 schemas", () => {
    const files = FORM_FILES.map((f) => path.join(out, f));
    const report = execFileSync("/usr/bin/python3", [path.join(__dirname, "..", "tools", "ooxml-validate.py"), ...files], { encoding: "utf8" });
    expect(report).toContain("35/35 parts valid in 5 files");
  });

  it("never overwrites a form that exists, unless --force", async () => {
    const kbang = path.join(out, "bao-cao-2024-huyen-kbang.xlsx");
    writeFileSync(kbang, "đã điền");
    const before = hash(kbang);
    const refused = await runCli(["template", cluster, "--out", out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toContain("đã có; thêm --force để ghi đè");
    expect(hash(kbang)).toBe(before);
    expect((await runCli(["template", cluster, "--out", out, "--force"])).status).toBe(0);
    expect(hash(kbang)).not.toBe(before);
  });

  it("makes forms for the members given with --members", async () => {
    const other = path.join(folder, "mau-2");
    const run = await runCli(["template", cluster, "--out", other, "--members", "huyện Kbang; xã Mới", "--year", "2025"]);
    expect(run.status).toBe(0);
    expect(readdirSync(other).sort()).toEqual(["bao-cao-2025-huyen-kbang.xlsx", "bao-cao-2025-xa-moi.xlsx"]);
    expect(sheetTexts((await openXlsx(path.join(other, "bao-cao-2025-xa-moi.xlsx"))).getWorksheet("Báo cáo")!)).toContain(
      "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAO ƯỚC THI ĐUA NĂM 2025",
    );
  });

  it("still writes the forms when the pledge has an error, and prints it once with status 1", async () => {
    const [clusterFile] = sampleFiles();
    const [infoSheet, pledgeSheet] = clusterFile!.grids;
    // Row 8 of the sheet is indicator 1: its rule becomes one the tool does not know.
    const rows = pledgeSheet!.rows.map((row, i) => (i === 7 ? { ...row, cells: row.cells.map((c, col) => (col === 4 ? "Theo cảm tính" : c)) } : row));
    const broken = path.join(folder, "giao-uoc-loi.xlsx");
    writeFileSync(broken, await fileBytes({ file: "giao-uoc-loi.xlsx", grids: [infoSheet!, { ...pledgeSheet!, rows }] }));
    const run = await runCli(["template", broken, "--out", path.join(folder, "mau-loi")]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('cách chấm "Theo cảm tính" của chỉ tiêu 1 không nhận ra được');
    expect(run.stdout).toContain("Đã ghi 5 mẫu báo cáo");
  });

  it("says in one line what is missing when there is no rotation list, or no pledge", async () => {
    const [clusterFile] = sampleFiles();
    const pledgeOnly = path.join(folder, "chi-giao-uoc.xlsx");
    writeFileSync(pledgeOnly, await fileBytes({ file: "chi-giao-uoc.xlsx", grids: clusterFile!.grids.slice(1) }));
    const noMembers = await runCli(["template", pledgeOnly, "--out", path.join(folder, "khong")]);
    expect([noMembers.status, noMembers.stderr.trim().split("\n").length]).toEqual([2, 1]);
    expect(noMembers.stderr).toContain('ghi "Thứ tự luân phiên" trong trang Thông tin');
    const noPledge = await runCli(["template", members[0]!, "--out", path.join(folder, "khong")]);
    expect(noPledge.status).toBe(2);
    expect(noPledge.stderr).toContain("Không tạo được mẫu báo cáo");
    expect(existsSync(path.join(folder, "khong"))).toBe(false);
  });
});

describe("forms filled in by the members", () => {
  let filled: string[];
  beforeAll(async () => {
    const out = path.join(folder, "mau-dien");
    await runCli(["template", cluster, "--out", out]);
    const planted: Readonly<Record<string, Planted>> = {
      // Thu ngân sách (row 8): a figure in words; Phong trào văn hóa (row 26, Đạt/Không đạt): a word not in the list.
      "huyện Kbang": { E8: "hai nghìn" },
      "huyện Đak Pơ": { E26: "Đạt lắm" },
      // A self-score of the member's own formula is read as the value Excel stored for it: no finding.
      "thị xã An Khê": { H9: { formula: "40*1", result: 40 } },
    };
    filled = [];
    for (const m of GIA_LAI_2024.members) {
      const form = formFileName(m.name, 2024);
      const target = path.join(folder, `dien-${form}`);
      writeFileSync(target, await fillForm(readFileSync(path.join(out, form)), m, planted[m.name]));
      filled.push(target);
    }
  }, 60_000);

  it("read back with exactly the findings of the values planted, and none about headers or rows", async () => {
    const run = await runCli(["check", cluster, ...filled, "--json"]);
    const json = JSON.parse(run.stdout) as Json;
    const found = json.findings.map((f) => [f.severity, f.code, f.member, f.sheet, f.cell]);
    expect(found).toHaveLength(4);
    expect(found).toEqual(expect.arrayContaining([
      ["error", "NOT_A_NUMBER", "huyện Kbang", "Báo cáo", "E8"],
      ["error", "INVALID_PASS_VALUE", "huyện Đak Pơ", "Báo cáo", "E26"],
      // The two members scored themselves on the right figures, so their self-scored totals now differ.
      ["warning", "SELF_SCORE_DIFFERS", "huyện Kbang", "Báo cáo", null],
      ["warning", "SELF_SCORE_DIFFERS", "huyện Đak Pơ", "Báo cáo", null],
    ]));
  });

  it("score as the members' own files do, once the planted values are put right", async () => {
    const fixed: string[] = [];
    const out = path.join(folder, "mau-dung");
    await runCli(["template", cluster, "--out", out]);
    for (const m of GIA_LAI_2024.members) {
      const form = formFileName(m.name, 2024);
      const target = path.join(folder, `dung-${form}`);
      writeFileSync(target, await fillForm(readFileSync(path.join(out, form)), m));
      fixed.push(target);
    }
    const fromForms = JSON.parse((await runCli(["check", cluster, ...fixed, "--json"])).stdout) as Json;
    const fromFiles = JSON.parse((await runCli(["check", cluster, ...members, "--json"])).stdout) as Json;
    expect(fromForms.findings).toEqual([]);
    const totals = (j: Json) => j.members.map((m) => [m.name, m.rank, Math.round(m.total * 1e6) / 1e6]);
    expect(totals(fromForms)).toEqual(totals(fromFiles));
  });
});

describe("thi-dua rank --next-pledge", () => {
  it("adds next year's pledge, titled for next year, which the minutes count in section V", async () => {
    const out = path.join(folder, "ket-qua-giao-uoc.xlsx");
    const run = await runCli(["rank", cluster, ...members, "--out", out, "--next-pledge"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Đã thêm trang "Giao ước 2025" để ký kết.');
    const wb = await openXlsx(out);
    const next = wb.getWorksheet("Giao ước 2025");
    expect(next?.getCell("A2").value).toBe("BẢNG CHỈ TIÊU GIAO ƯỚC THI ĐUA NĂM 2025");
    expect(next?.getCell("B7").value).toBe(wb.getWorksheet(GIA_LAI_2024.pledgeSheet)?.getCell("B7").value);
    const minutes = sheetTexts(wb.getWorksheet("Biên bản 2024")!);
    expect(minutes).toContain("Các đơn vị thành viên đã ký kết giao ước thi đua năm 2025 với 28 chỉ tiêu.");
  });

  it("is written only when asked, and a re-run on the result still scores this year's pledge", async () => {
    const plain = path.join(folder, "ket-qua-thuong.xlsx");
    await runCli(["rank", cluster, ...members, "--out", plain]);
    expect((await openXlsx(plain)).worksheets.map((ws) => ws.name)).not.toContain("Giao ước 2025");
    const withNext = path.join(folder, "ket-qua-giao-uoc-2.xlsx");
    await runCli(["rank", cluster, ...members, "--out", withNext, "--next-pledge"]);
    const again = JSON.parse((await runCli(["check", withNext, "--json"])).stdout) as Json & { maxPoints: number };
    expect(again.maxPoints).toBe(1000);
    expect(again.members).toHaveLength(5);
    expect(again.findings).toEqual([expect.objectContaining({ code: "APPROXIMATE_VALUE" })]);
  });
});

describe("thi-dua demo", () => {
  it("also writes the sample's forms under mau-bao-cao, and still prints only JSON with --json", async () => {
    const demo = tempDir();
    const run = await runCli(["demo", "--out", demo, "--json"]);
    expect(run.status).toBe(0);
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
    expect(readdirSync(path.join(demo, "mau-bao-cao")).sort()).toEqual(FORM_FILES);
  }, 60_000);
});
