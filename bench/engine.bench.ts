/** Engine time to read, score and rank clusters of growing size (snapshots built in memory). */
import { performance } from "node:perf_hooks";
import { readCluster } from "../src/engine/read/readCluster";
import { scoreCluster } from "../src/engine/score/scoreCluster";
import { fileSnapshot, sampleFiles } from "../src/sample/writeSample";
import { median, type BenchRow, type Section } from "./section";
import { syntheticCluster } from "./syntheticCluster";

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
      }
      const ms = median(times);
      rows.push({
        label: `${members} đơn vị × ${indicators} chỉ tiêu (${cells.toLocaleString("vi-VN")} ô, ${ranked} đơn vị xếp hạng)`,
        value: `${ms.toFixed(1)} ms (trung vị ${runs} lần, sau 1 lần chạy khởi động; riêng đọc ${median(reads).toFixed(1)} ms), ${(cells / ms).toFixed(0)} ô/ms`,
      });
    }
    return rows;
  },
};
