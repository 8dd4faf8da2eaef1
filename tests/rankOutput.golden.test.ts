/** Where and how `rank` writes (issue 7 "safe output", issue 8 "the command line"). */
import { execFileSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { writeSafely } from "../src/cli/outputFile";
import { runCli, sampleFolder } from "./testing/cliHarness";

let folder: string;
let files: string[];

beforeAll(async () => {
  ({ folder, files } = await sampleFolder());
}, 60_000);

function expectOneLine(stderr: string, vietnamese: string, english: string): void {
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(stderr).toContain(vietnamese);
  expect(stderr).toContain(english);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("rank's output file", () => {
  it("is never an existing file unless --force, which replaces it", async () => {
    const out = path.join(folder, "co-san.xlsx");
    writeFileSync(out, "tệp của người dùng");
    const refused = await runCli(["rank", ...files, "--out", out]);
    expect(refused.status).toBe(2);
    expectOneLine(refused.stderr, "đã có; thêm --force để ghi đè", "exists; add --force to replace it");
    expect(readFileSync(out, "utf8")).toBe("tệp của người dùng");
    expect((await runCli(["rank", ...files, "--out", out, "--force"])).status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("must be named .xlsx or .xlsm, and the minutes .docx", async () => {
    const out = await runCli(["rank", ...files, "--out", path.join(folder, "ket-qua.pdf")]);
    expect(out.status).toBe(2);
    expectOneLine(out.stderr, "--out cần tên tệp .xlsx hoặc .xlsm", "--out must name an .xlsx or .xlsm file");
    const docx = await runCli(["rank", ...files, "--docx", path.join(folder, "bien-ban.xlsx")]);
    expect(docx.status).toBe(2);
    expectOneLine(docx.stderr, "--docx cần tên tệp .docx", "--docx must name a .docx file");
  });

  it("goes into an existing folder only: a missing one is an error, not created", async () => {
    const missing = path.join(folder, "khong-co-thu-muc");
    const run = await runCli(["rank", ...files, "--out", path.join(missing, "ket-qua.xlsx")]);
    expect(run.status).toBe(2);
    expectOneLine(run.stderr, "không tồn tại", "does not exist");
    expect(existsSync(missing)).toBe(false);
  });

  it("may not be an input through a symbolic link or a hard link, even with --force", async () => {
    const viaSymlink = path.join(folder, "lien-ket.xlsx");
    symlinkSync(files[1]!, viaSymlink);
    const viaHardLink = path.join(folder, "lien-ket-cung.xlsx");
    linkSync(files[2]!, viaHardLink);
    const before = readFileSync(files[1]!);
    for (const out of [viaSymlink, viaHardLink]) {
      const run = await runCli(["rank", ...files, "--out", out, "--force"]);
      expect(run.status).toBe(2);
      expectOneLine(run.stderr, "trùng với tệp đầu vào", "is the input");
    }
    expect(readFileSync(files[1]!).equals(before)).toBe(true);
  });

  it("and the minutes may not be one file", async () => {
    const out = path.join(folder, "mot-tep.xlsx");
    writeFileSync(out, "");
    const docx = path.join(folder, "mot-tep.docx");
    symlinkSync(out, docx);
    const run = await runCli(["rank", ...files, "--out", out, "--docx", docx, "--force"]);
    expect(run.status).toBe(2);
    expectOneLine(run.stderr, "cùng chỉ tới một tệp", "name the same file");
  });

  it("is written whole or not at all: a failed write leaves no partial file and says why", async () => {
    const target = path.join(folder, "khong-co", "ket-qua.xlsx");
    await expect(writeSafely(target, new Uint8Array(10))).rejects.toThrow(`Không ghi được tệp "${target}": thư mục không tồn tại / cannot write ${target}: folder not found`);
    const out = path.join(folder, "nguyen-ven.xlsx");
    await writeSafely(out, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(out)]).toEqual([1, 2, 3]);
    expect(readdirSync(folder).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("rank's inputs", () => {
  it("are regular files: a FIFO or a device is refused at once", async () => {
    const fifo = path.join(folder, "ong-dan.xlsx");
    execFileSync("mkfifo", [fifo]);
    for (const input of [fifo, "/dev/zero"]) {
      const run = await runCli(["check", input]);
      expect(run.status).toBe(2);
      expectOneLine(run.stderr, "không phải là một tệp thông thường", "is not a regular file");
    }
  });

  it("over 50 MB are refused before they are read", async () => {
    const big = path.join(folder, "lon.xlsx");
    execFileSync("truncate", ["-s", "60M", big]);
    const run = await runCli(["check", big]);
    expect(run.status).toBe(2);
    expectOneLine(run.stderr, "lớn hơn 50 MB", "larger than 50 MB");
  });
});

describe("rank without something to rank", () => {
  it("exits 1 with one error finding and writes no workbook when no pledge is found", async () => {
    const out = path.join(folder, "khong-giao-uoc.xlsx");
    const run = await runCli(["rank", ...files.slice(1), "--out", out, "--json"]);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as { findings: { severity: string; code: string }[] };
    expect(json.findings.filter((f) => f.severity === "error")).toEqual([expect.objectContaining({ code: "NO_PLEDGE_SHEET" })]);
    expect(existsSync(out)).toBe(false);
  });

  it("exits 1 with an error finding and no proposals when no member report is found", async () => {
    const out = path.join(folder, "khong-bao-cao.xlsx");
    const run = await runCli(["rank", files[0]!, "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("Không tìm thấy báo cáo của đơn vị thành viên nào");
    expect(run.stdout).toContain("Không ghi sổ kết quả.");
    expect(existsSync(out)).toBe(false);
    const json = JSON.parse((await runCli(["rank", files[0]!, "--out", out, "--json"])).stdout) as { proposals: { leader: string | null; merit: string[] } };
    expect(json.proposals).toMatchObject({ leader: null, merit: [] });
  });
});

describe("rank's table", () => {
  it("says why a member has no award", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files[1]!);
    wb.getWorksheet("Báo cáo")!.getCell("E8").value = "hai nghìn";
    const broken = path.join(folder, "loi", path.basename(files[1]!));
    mkdirSync(path.dirname(broken));
    await wb.xlsx.writeFile(broken);
    const run = await runCli(["rank", files[0]!, broken, ...files.slice(2), "--out", path.join(folder, "ly-do.xlsx")]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Ghi chú/);
    expect(run.stdout).toMatch(/có lỗi số liệu/);
  });
});
