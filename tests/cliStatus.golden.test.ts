/** check's output and the exit statuses of docs/dong-lenh.md, on the sample files and broken variants. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli, sampleFolder } from "./testing/cliHarness";

let folder: string;
let files: string[];

beforeAll(async () => {
  ({ folder, files } = await sampleFolder());
}, 60_000);

/** A copy of a sample member file with one cell of its report changed. */
async function variant(file: string, cell: string, value: string, as: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(folder, file));
  wb.getWorksheet("Báo cáo")!.getCell(cell).value = value;
  const target = path.join(folder, as);
  await wb.xlsx.writeFile(target);
  return target;
}

function expectOneLine(stderr: string, vietnamese: string, english: string): void {
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(stderr).toContain(vietnamese);
  expect(stderr).toContain(english);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("thi-dua check", () => {
  it("prints the findings table in Vietnamese and exits 0 when there are only warnings", async () => {
    const run = await runCli(["check", ...files]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Mức độ\s+Tệp\s+Trang tính\s+Ô\s+Đơn vị\s+Nội dung/);
    expect(run.stdout).toMatch(/Cảnh báo\s+dak-po\.xlsx\s+Báo cáo\s+E\d+\s+huyện Đak Pơ/);
    expect(run.stdout).toMatch(/^0 lỗi, \d+ cảnh báo\.$/m);
  });

  it("prints the scored members too with --json", async () => {
    const run = await runCli(["check", ...files, "--json"]);
    const json = JSON.parse(run.stdout) as { members: { name: string }[]; findings: unknown[] };
    expect(json.members).toHaveLength(5);
    expect(json.members[0]!.name).toBe("huyện Đak Đoa");
  });

  it("exits 1 and names the cell when a member wrote words instead of a number", async () => {
    const kbang = await variant("kbang.xlsx", "E8", "hai nghìn", "kbang-loi.xlsx");
    const run = await runCli(["check", files[0]!, kbang, "--json"]);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as { findings: { severity: string; code: string; file: string; cell: string; message: string }[] };
    expect(json.findings).toContainEqual(
      expect.objectContaining({
        severity: "error",
        code: "NOT_A_NUMBER",
        file: "kbang-loi.xlsx",
        cell: "E8",
        message: 'Ô E8: "hai nghìn" không phải là số.',
        params: { field: "actual", text: "hai nghìn", indicator: null },
      }),
    );
  });

  it("exits 2 with one line in both languages for a missing file", async () => {
    const run = await runCli(["check", path.join(folder, "khong-co.xlsx")]);
    expect(run.status).toBe(2);
    expectOneLine(run.stderr, "Không tìm thấy tệp", "file not found");
  });

  it("exits 2 for a text file renamed .xlsx", async () => {
    const fake = path.join(folder, "ghi-chu.xlsx");
    writeFileSync(fake, "Đây là tệp văn bản, không phải sổ tính.\n");
    const run = await runCli(["check", fake]);
    expect(run.status).toBe(2);
    expectOneLine(run.stderr, "không phải là sổ tính Excel .xlsx", "is not an .xlsx workbook");
  });

  it("exits 2 for a password-protected workbook", async () => {
    const bytes = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
    Buffer.from("EncryptionInfo", "utf16le").copy(bytes, 1152);
    const locked = path.join(folder, "co-mat-khau.xlsx");
    writeFileSync(locked, bytes);
    const run = await runCli(["rank", locked]);
    expect(run.status).toBe(2);
    expectOneLine(run.stderr, "được bảo vệ bằng mật khẩu", "password-protected");
  });

  it("exits 2 for an unknown option or a command without files", async () => {
    const unknown = await runCli(["rank", files[0]!, "--xuat", "a.xlsx"]);
    expect(unknown.status).toBe(2);
    expectOneLine(unknown.stderr, "Không có tùy chọn --xuat", "unknown option --xuat");
    const noFiles = await runCli(["check"]);
    expect(noFiles.status).toBe(2);
    expectOneLine(noFiles.stderr, "Lệnh check cần ít nhất một tệp .xlsx", "check needs at least one .xlsx file");
    const badYear = await runCli(["rank", files[0]!, "--year", "hai"]);
    expectOneLine(badYear.stderr, 'Năm không hợp lệ: "hai"', "invalid year");
  });

  it("prints the usage with --help", async () => {
    const run = await runCli(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("thi-dua rank  <tệp.xlsx>...");
  });
});
