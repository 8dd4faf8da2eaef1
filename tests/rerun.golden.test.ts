/** Re-runs and member text: the tool replaces only its own sheets and never writes formulas. */
import path from "node:path";
import ExcelJS from "exceljs";
import { sheetFingerprint } from "../src/hosts/xlsx/testing/workbooks";
import { openXlsx, runCli, sampleFolder } from "./testing/cliHarness";

let folder: string;
let files: string[];

beforeAll(async () => {
  ({ folder, files } = await sampleFolder());
}, 60_000);

describe("a re-run", () => {
  it("on the result workbook replaces the tool's own sheets instead of adding copies", async () => {
    const first = path.join(folder, "ket-qua.xlsx");
    expect((await runCli(["rank", ...files, "--out", first])).status).toBe(0);
    const second = path.join(folder, "ket-qua-lan-2.xlsx");
    const run = await runCli(["rank", first, "--out", second, "--json"]);
    expect(run.status).toBe(0);
    const names = (await openXlsx(second)).worksheets.map((ws) => ws.name);
    expect(names).toEqual((await openXlsx(first)).worksheets.map((ws) => ws.name));
    expect(names.filter((n) => n.endsWith(" (2)"))).toEqual([]);
    const json = JSON.parse(run.stdout) as { members: { name: string }[] };
    expect(json.members[0]!.name).toBe("huyện Đak Đoa");
  });

  it("with the member files again replaces the imported reports instead of counting them twice", async () => {
    const first = path.join(folder, "ket-qua-3.xlsx");
    await runCli(["rank", ...files, "--out", first]);
    const run = await runCli(["rank", first, ...files.slice(1), "--out", path.join(folder, "ket-qua-4.xlsx"), "--json"]);
    const json = JSON.parse(run.stdout) as { members: unknown[]; findings: { code: string }[] };
    expect(json.members).toHaveLength(5);
    expect(json.findings.map((f) => f.code)).not.toContain("DUPLICATE_MEMBER");
  });

  it("keeps a user's own sheet named like the ranking and writes the new one beside it", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files[0]!);
    const mine = wb.addWorksheet("Xếp hạng 2024");
    mine.getCell("A1").value = "Bảng xếp hạng tự làm";
    mine.getCell("B2").value = { formula: "1+1", result: 2 };
    const cluster = path.join(folder, "cum-co-trang-rieng.xlsx");
    await wb.xlsx.writeFile(cluster);
    const out = path.join(folder, "ket-qua-5.xlsx");
    expect((await runCli(["rank", cluster, ...files.slice(1), "--out", out])).status).toBe(0);
    const result = await openXlsx(out);
    expect(sheetFingerprint(result.getWorksheet("Xếp hạng 2024")!)).toEqual(sheetFingerprint(mine));
    expect(result.getWorksheet("Xếp hạng 2024 (2)")!.getCell("A1").value).not.toBe("Bảng xếp hạng tự làm");
  });
});

describe("member text", () => {
  it("that starts with = stays text in every sheet the tool writes", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files[1]!);
    const report = wb.getWorksheet("Báo cáo")!;
    report.getCell("A4").value = "Đơn vị: =HYPERLINK(\"http://x\")";
    report.getCell("I8").value = "=1+1";
    const member = path.join(folder, "cong-thuc.xlsx");
    await wb.xlsx.writeFile(member);
    const out = path.join(folder, "ket-qua-6.xlsx");
    await runCli(["rank", files[0]!, member, ...files.slice(2), "--out", out]);
    const result = await openXlsx(out);
    const formulas: string[] = [];
    const texts: string[] = [];
    result.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.formula !== undefined) formulas.push(`${ws.name}!${cell.address}`);
      if (typeof cell.value === "string" && cell.value.startsWith("=")) texts.push(cell.value);
    })));
    expect(formulas).toEqual([]);
    expect(texts).toEqual(expect.arrayContaining(['=HYPERLINK("http://x")', "=1+1"]));
  });
});
