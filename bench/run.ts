/** `npm run bench`: runs every bench/*.bench.ts (or only those whose name contains an argument)
 * and prints their rows. A file exports `section: Section`, or functions returning BenchRow[].
 * Each file runs in a node process of its own: what one section leaves on the heap (the CLI section's
 * workbooks, the bundle build) made the next one's garbage collections slower. */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import type { BenchRow, Section } from "./section";

type BenchModule = Record<string, unknown>;

function sectionsOf(file: string, module: BenchModule): Section[] {
  const exported = module.section as Section | undefined;
  if (exported && typeof exported.run === "function") return [exported];
  return Object.entries(module)
    .filter((entry): entry is [string, () => Promise<readonly BenchRow[]>] => typeof entry[1] === "function")
    .map(([name, run]) => ({ title: `${file}: ${name}`, run }));
}

function print(title: string, rows: readonly BenchRow[]): void {
  const width = Math.max(0, ...rows.map((r) => r.label.length));
  console.log(`\n## ${title}`);
  for (const row of rows) console.log(`  ${row.label.padEnd(width)}  ${row.value}`);
}

/** The child's flag: run exactly this file, here. */
const ONE = "--one";

async function runAll(filters: readonly string[]): Promise<number> {
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => (filters[0] === ONE ? f === filters[1] : filters.length === 0 || filters.some((x) => f.includes(x))))
    .sort();
  if (filters[0] !== ONE) {
    let failed = 0;
    for (const file of files) {
      // The same node, with the same loader flags (tsx's), for one file.
      const child = spawnSync(process.execPath, [...process.execArgv, __filename, ONE, file], { stdio: "inherit" });
      if (child.status !== 0) failed++;
    }
    return failed === 0 ? 0 : 1;
  }
  let failed = 0;
  for (const file of files) {
    const module = (await import(path.join(__dirname, file))) as BenchModule;
    for (const section of sectionsOf(file, module)) {
      try {
        print(section.title, await section.run());
      } catch (error) {
        failed++;
        console.log(`\n## ${section.title}\n  THẤT BẠI / FAILED: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return failed === 0 ? 0 : 1;
}

void runAll(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
