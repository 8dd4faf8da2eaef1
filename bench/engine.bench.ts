/** Engine time to read, score and rank clusters of growing size (snapshots built in memory). */
import { performance } from "node:perf_hooks";
import { readCluster } from "../src/engine/read/readCluster";
import { scoreCluster } from "../src/engine/score/scoreCluster";
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

export const section: Section = {
  title: "Động cơ: đọc + chấm điểm + xếp hạng (readCluster + scoreCluster)",
  async run() {
    const rows: BenchRow[] = [];
    for (const [members, indicators] of SIZES) {
      const snapshots = sampleFiles(syntheticCluster(members, indicators)).map(fileSnapshot);
      const cells = snapshots.reduce((n, w) => n + w.sheets.reduce((k, s) => k + s.values.length * (s.values[0]?.length ?? 0), 0), 0);
      // The machine is shared: a median of many runs, after one warm-up run that lets the JIT compile the engine.
      const runs = members >= 500 ? 9 : 15;
      const times: number[] = [];
      const reads: number[] = [];
      const floors: number[] = [];
      let sink = 0;
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
        sink += touchEveryCell(snapshots);
        floors.push(performance.now() - floorStart);
      }
      const ms = median(times);
      const floor = Math.max(median(floors), 0.001);
      rows.push({
        label: `${members} đơn vị × ${indicators} chỉ tiêu (${cells.toLocaleString("vi-VN")} ô, ${ranked} đơn vị xếp hạng)`,
        value: `${ms.toFixed(1)} ms (trung vị ${runs} lần, sau 1 lần chạy khởi động; riêng đọc ${median(reads).toFixed(1)} ms), ${(cells / ms).toFixed(0)} ô/ms; ` +
          `sàn (một lượt qua mọi ô) ${floor.toFixed(2)} ms, gấp ${(ms / floor).toFixed(0)} lần sàn${sink < 0 ? "" : ""}`,
      });
    }
    return rows;
  },
};
