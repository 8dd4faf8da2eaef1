/** `npm run bench`: runs every bench/*.bench.ts (or only those whose name contains an argument)
 * and prints their rows. A file exports `section: Section`, or functions returning BenchRow[]. */
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

async function runAll(filters: readonly string[]): Promise<number> {
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort();
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
