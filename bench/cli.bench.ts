/**
 * The real command line, as a child process: `rank` beside ExcelJS alone reading the same input
 * (the floor of issue 7: our whole job, writing included, no slower than the old library's read),
 * wall time and peak memory (maximum resident set, from /usr/bin/time), medians of the same run.
 * Then the corpus' hard cases, each to finish or be refused within 5 s and 500 MB.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { blankCells, declaredBomb, hiddenBomb, honestBomb, millionRows } from "../src/hosts/xlsx/testing/corpus";
import { fileBytes, sampleFiles, writeSample } from "../src/sample/writeSample";
import { provinceWorkbook } from "./provinceWorkbook";
import { median, type BenchRow, type Section } from "./section";
import { syntheticCluster } from "./syntheticCluster";

const RUNS = 3;
const root = path.join(__dirname, "..");
const bin = path.join(root, "bin", "thi-dua.js");
const EXCELJS_READ = "const E=require('exceljs');(async()=>{for(const f of process.argv.slice(1)){const w=new E.Workbook();await w.xlsx.readFile(f)}})().catch(e=>{console.error(e.message);process.exit(3)})";

interface Measured {
  readonly ms: number;
  readonly mb: number;
  readonly status: number;
  readonly stderr: string;
}

function measure(args: readonly string[]): Measured {
  const start = performance.now();
  const run = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  const lines = run.stderr.trimEnd().split("\n");
  const kb = Number(lines.pop());
  return { ms, mb: kb / 1024, status: run.status ?? -1, stderr: lines.filter((l) => !l.startsWith("Command exited")).join("\n") };
}

function medianOf(args: readonly string[], ok: (status: number) => boolean): { ms: number; mb: number } {
  const runs: Measured[] = [];
  for (let i = 0; i < RUNS; i++) {
    const m = measure(args);
    if (!ok(m.status)) throw new Error(`${args.join(" ")} → ${m.status}: ${m.stderr}`);
    runs.push(m);
  }
  return { ms: median(runs.map((r) => r.ms)), mb: median(runs.map((r) => r.mb)) };
}

function compare(label: string, files: readonly string[], out: string): BenchRow[] {
  // Status 1 (error findings) still writes the result; only 2 means it did not run.
  const rank = medianOf([bin, "rank", ...files, "--out", out, "--force"], (s) => s === 0 || s === 1);
  const floor = medianOf(["-e", EXCELJS_READ, ...files], (s) => s === 0);
  return [
    { label: `${label}: rank (đọc, chấm, ghi --out)`, value: `${(rank.ms / 1000).toFixed(2)} s, ${rank.mb.toFixed(0)} MB (trung vị ${RUNS} lần)` },
    { label: `${label}: ExcelJS chỉ đọc (mốc)`, value: `${(floor.ms / 1000).toFixed(2)} s, ${floor.mb.toFixed(0)} MB (trung vị ${RUNS} lần)` },
    { label: `${label}: tỉ lệ rank / ExcelJS đọc`, value: `${(rank.ms / floor.ms).toFixed(2)}× thời gian (mục tiêu ≤ 1,0×), ${(rank.mb / floor.mb).toFixed(2)}× bộ nhớ` },
  ];
}

export const section: Section = {
  title: "Dòng lệnh: thi-dua rank so với ExcelJS chỉ đọc (tiến trình node riêng)",
  async run() {
    const folder = mkdtempSync(path.join(os.tmpdir(), "thi-dua-bench-"));
    try {
      const rows: BenchRow[] = [];
      const members: string[] = [];
      for (const f of sampleFiles(syntheticCluster(30, 60))) {
        const target = path.join(folder, f.file);
        writeFileSync(target, await fileBytes(f));
        members.push(target);
      }
      rows.push(...compare("30 tệp đơn vị × 60 chỉ tiêu", members, path.join(folder, "ket-qua-30.xlsx")));
      const province = path.join(folder, "tinh-300.xlsx");
      writeFileSync(province, await provinceWorkbook(300, 60));
      rows.push(...compare("sổ cấp tỉnh 300 đơn vị × 60 chỉ tiêu (một tệp)", [province], path.join(folder, "ket-qua-tinh.xlsx")));

      const [cluster, ...sample] = await writeSample();
      const clusterPath = path.join(folder, cluster!.file);
      writeFileSync(clusterPath, cluster!.data);
      const hard: [string, string, Uint8Array][] = [
        ["báo cáo 1 048 575 hàng", "trieu-hang.xlsx", millionRows()],
        ["báo cáo 250 000 hàng không khớp chỉ tiêu nào (100 cảnh báo + 1 dòng đếm phần còn lại)", "250k-hang.xlsx", millionRows(250_000)],
        ["8 triệu ô trống có định dạng", "o-trong.xlsx", blankCells()],
        ["tệp nhỏ giải nén ra ~480 MB ô (danh mục khai đúng)", "bom-that.xlsx", honestBomb()],
        ["bom zip khai trong danh mục (600 MB)", "bom.xlsx", declaredBomb(sample[0]!.data)],
        ["bom zip giấu kích thước", "bom-an.xlsx", hiddenBomb()],
      ];
      for (const [label, file, data] of hard) {
        const target = path.join(folder, file);
        writeFileSync(target, data);
        const m = measure([bin, "rank", clusterPath, target, "--out", path.join(folder, `kq-${file}`), "--force"]);
        const verdict = m.ms < 5000 && m.mb < 500 ? "đạt (< 5 s, < 500 MB)" : "KHÔNG ĐẠT";
        rows.push({ label: `${label} (${(data.length / 1024 / 1024).toFixed(1)} MB)`, value: `mã thoát ${m.status}, ${(m.ms / 1000).toFixed(2)} s, ${m.mb.toFixed(0)} MB — ${verdict}` });
      }
      return rows;
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
