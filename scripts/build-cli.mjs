// Bundles the command line into dist/cli/cli.js so that `npx thi-dua` runs with plain node.
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/cli/cli.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs", "docx"],
  logLevel: "warning",
});
