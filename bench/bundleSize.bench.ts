/**
 * Size of the task pane as the browser downloads it, after a production build: the initial JS that
 * taskpane.html loads (what every user waits for) and each lazily loaded chunk (ExcelJS, docx, …).
 * Sizes are gzip level 9, as a static host would serve them. Run alone with `npm run bench -- bundleSize`.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { buildPane } from "../e2e/testing/buildPane";
import type { BenchRow, Section } from "./section";

const root = join(__dirname, "..");
const dist = join(root, "dist", "pane");

function gzipKiB(file: string): number {
  return gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
}

const kib = (size: number): string => `${size.toFixed(1)} KiB gzip`;

/** Script files taskpane.html loads itself (office.js comes from Microsoft and is not ours). */
function initialScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1] as string)
    .filter((src) => !/^https?:/.test(src));
}

/** Style sheets taskpane.html links (Fluent UI's styles, extracted at build time by Griffel). */
function initialStyles(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*\bhref=["']?([^"' >]+\.css)/g)].map((m) => m[1] as string);
}

/** "xlsx-host.3f2a….js" → "xlsx-host" */
const chunkName = (file: string): string => file.replace(/\.[0-9a-f]{16,}\.js$/, "").replace(/\.js$/, "");

export async function bundleSizeBench(): Promise<BenchRow[]> {
  await buildPane(root);
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const initial = initialScripts(html);
  const styles = initialStyles(html);
  const lazy = readdirSync(dist)
    .filter((f) => f.endsWith(".js") && !initial.includes(f) && !f.startsWith("cli."))
    .sort();
  const initialKiB = initial.reduce((sum, f) => sum + gzipKiB(f), 0);
  // In Excel the pane also fetches the Office host's chunk at start (a plain browser never does).
  const officeHost = lazy.filter((f) => chunkName(f) === "office-host");
  const excelKiB = initialKiB + officeHost.reduce((sum, f) => sum + gzipKiB(f), 0);
  const against = (size: number): string => `${kib(size)} (goal 150 KiB: ${size <= 150 ? "met" : `${(size - 150).toFixed(1)} KiB over`})`;
  return [
    { label: `pane: initial JS (${initial.length} script${initial.length === 1 ? "" : "s"} of taskpane.html), standalone`, value: against(initialKiB) },
    { label: "pane: JS before the pane shows in Excel (initial + office-host)", value: against(excelKiB) },
    { label: `pane: initial CSS (${styles.length} file${styles.length === 1 ? "" : "s"})`, value: kib(styles.reduce((sum, f) => sum + gzipKiB(f), 0)) },
    ...lazy.map((f) => ({ label: `pane: lazy chunk ${chunkName(f)}`, value: kib(gzipKiB(f)) })),
  ];
}

export const section: Section = { title: "Task pane bundle (production build)", run: bundleSizeBench };
