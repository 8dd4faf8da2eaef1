/** The engine's reading and scoring, bundled by bench/engine.bench.ts with esbuild as the CLI bundles them. */
export { readCluster } from "../src/engine/read/readCluster";
export { scoreCluster } from "../src/engine/score/scoreCluster";
