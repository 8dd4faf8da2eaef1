/** Engine time to read, score and rank clusters of growing size (snapshots built in memory).
 *
 * The engine is timed as it ships: bundled by esbuild, as scripts/build-cli.mjs bundles the CLI (the pane's
 * webpack bundle is alike). Loaded through tsx instead, every module is a CommonJS module of its own, and
 * the same code measured 15–20 % slower here; the 500 × 200 row gives that figure too, for comparison with
 * figures measured that way before. */
import { buildSync } from "esbuild";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import * as fromSource from "./engineEntry";
import { fileSnapshot, sampleFiles } from "../src/sample/writeSample";
import { median, type BenchRow, type Section } from "./section";
import type { WorkbookSnapshot } from "../src/engine/read/snapshot";
import { syntheticCluster } from "./syntheticCluster";

/** The floor: one pass over every cell that looks at its value (what any reader must at least do), timed in the
 * same run so that the ratio stays meaningful on a shared, loaded machine. */
function touchEveryCell(snapshots: readonly WorkbookSnapshot[]): number {
  let seen = 0;
  for (const w of snapshots) {
    for (const s of w.sheets) {
      for (const row of s.values) {
        for (const v of row) {
          if (typeof v === "string") seen += v.length;
          else if (typeof v === "number") seen += 1;
        }
      }
    }
  }
  return seen;
}

const SIZES: readonly (readonly [number, number])[] = [
  [5, 30],
  [50, 100],
  [500, 200],
];

type Engine = typeof fromSource;

/** What the floor pass saw, kept so that the pass cannot be optimised away. */
let seen = 0;

/** The engine bundled into one file, as the CLI ships it. */
function bundledEngine(): Engine {
  const outfile = path.join(os.tmpdir(), `thi-dua-engine-bench-${process.pid}.cjs`);
  buildSync({ entryPoints: [path.join(__dirname, "engineEntry.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", outfile, logLevel: "warning" });
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is made at run time
    return require(outfile) as Engine;
  } finally {
    rmSync(outfile, { force: true });
  }
}

interface Timing {
  readonly ms: number;
  readonly read: number;
  readonly floor: number;
  readonly ranked: number;
  readonly runs: number;
}

function time(engine: Engine, snapshots: readonly WorkbookSnapshot[], runs: number): Timing {
  const { readCluster, scoreCluster } = engine;
  const times: number[] = [];
  const reads: number[] = [];
  const floors: number[] = [];
  let ranked = 0;
  scoreCluster(readCluster(snapshots));
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const data = readCluster(snapshots);
    const read = performance.now();
    const result = scoreCluster(data);
    times.push(performance.now() - start);
    reads.push(read - start);
    ranked = result.members.length;
    const floorStart = performance.now();
    seen += touchEveryCell(snapshots);
    floors.push(performance.now() - floorStart);
  }
  return { ms: median(times), read: median(reads), floor: Math.max(median(floors), 0.001), ranked: seen > 0 ? ranked : 0, runs };
}

export const section: Section = {
  title: "Động cơ: đọc + chấm điểm + xếp hạng (readCluster + scoreCluster, đóng gói bằng esbuild như dòng lệnh)",
  async run() {
    const rows: BenchRow[] = [];
    const bundled = bundledEngine();
    for (const [members, indicators] of SIZES) {
      const snapshots = sampleFiles(syntheticCluster(members, indicators)).map(fileSnapshot);
      const cells = snapshots.reduce((n, w) => n + w.sheets.reduce((k, s) => k + s.values.length * (s.values[0]?.length ?? 0), 0), 0);
      // The machine is shared: a median of many runs, after one warm-up run that lets the JIT compile the engine.
      const runs = members >= 500 ? 9 : 15;
      const t = time(bundled, snapshots, runs);
      rows.push({
        label: `${members} đơn vị × ${indicators} chỉ tiêu (${cells.toLocaleString("vi-VN")} ô, ${t.ranked} đơn vị xếp hạng)`,
        value: `${t.ms.toFixed(1)} ms (trung vị ${t.runs} lần, sau 1 lần chạy khởi động; riêng đọc ${t.read.toFixed(1)} ms), ${(cells / t.ms).toFixed(0)} ô/ms; ` +
          `sàn (một lượt qua mọi ô) ${t.floor.toFixed(2)} ms, gấp ${(t.ms / t.floor).toFixed(0)} lần sàn`,
      });
      if (members < 500) continue;
      const viaTsx = time(fromSource, snapshots, runs);
      rows.push({
        label: `  cùng mã, nạp từng mô-đun qua tsx (cách đo trước đây)`,
        value: `${viaTsx.ms.toFixed(1)} ms (trung vị ${viaTsx.runs} lần; riêng đọc ${viaTsx.read.toFixed(1)} ms), gấp ${(viaTsx.ms / t.ms).toFixed(2)} lần bản đóng gói`,
      });
    }
    return rows;
  },
};

