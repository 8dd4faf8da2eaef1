/** The real command line, as a child process, ranking 30 member files of 60 indicators. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileBytes, sampleFiles } from "../src/sample/writeSample";
import { median, type Section } from "./section";
import { syntheticCluster } from "./syntheticCluster";

const MEMBERS = 30;
const INDICATORS = 60;
const RUNS = 3;

export const section: Section = {
  title: "Dòng lệnh: thi-dua rank (tiến trình node riêng)",
  async run() {
    const folder = mkdtempSync(path.join(os.tmpdir(), "thi-dua-bench-"));
    try {
      const files: string[] = [];
      for (const f of sampleFiles(syntheticCluster(MEMBERS, INDICATORS))) {
        const target = path.join(folder, f.file);
        writeFileSync(target, await fileBytes(f));
        files.push(target);
      }
      const bin = path.join(__dirname, "..", "bin", "thi-dua.js");
      const out = path.join(folder, "ket-qua.xlsx");
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        // Status 1 (error findings) still writes the result; only 2 means it did not run.
        try {
          execFileSync(process.execPath, [bin, "rank", ...files, "--out", out], { stdio: "ignore" });
        } catch (error) {
          if ((error as { status?: number }).status !== 1) throw error;
        }
        times.push(performance.now() - start);
      }
      return [{ label: `rank ${MEMBERS} tệp đơn vị × ${INDICATORS} chỉ tiêu, ghi --out`, value: `${(median(times) / 1000).toFixed(2)} s (trung vị ${RUNS} lần)` }];
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
