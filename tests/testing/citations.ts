/** Finds the documents that comments and docs cite, and says which citations point at nothing. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const ROOT = path.join(__dirname, "..", "..");

/** Folders and files whose text may cite documents. */
const SCANNED = ["src", "tests", "e2e", "bench", "scripts", "docs", ".ci", "README.md", "eslint.config.mjs", "jest.config.js", "webpack.config.js", "tsconfig.json", "package.json", "manifest.xml"];
const SKIPPED_FOLDERS = new Set(["node_modules", "dist", "demo", "coverage", "screenshots"]);
/** The checker and its tests quote bad citations on purpose. */
const SKIPPED_FILES = new Set(["tests/docs.test.ts", "tests/testing/citations.ts"]);
const TEXT_FILE = /\.(?:ts|tsx|js|mjs|cjs|json|md|html|xml)$|^run$/;

/** Every text file to scan, as a path relative to the repository root with "/" separators. */
export function scannedFiles(): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    const abs = path.join(ROOT, rel);
    if (!existsSync(abs)) return;
    if (statSync(abs).isDirectory()) {
      for (const name of readdirSync(abs).sort()) if (!SKIPPED_FOLDERS.has(name)) walk(rel === "" ? name : `${rel}/${name}`);
    } else if (TEXT_FILE.test(path.basename(rel)) && !SKIPPED_FILES.has(rel)) {
      out.push(rel);
    }
  };
  SCANNED.forEach(walk);
  return out;
}

/** Every folder under src/, relative to the root ("src", "src/cli", …). */
export function sourceFolders(): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    out.push(rel);
    for (const entry of readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      if (entry.isDirectory()) walk(`${rel}/${entry.name}`);
    }
  };
  walk("src");
  return out.sort();
}

export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly citation: string;
  readonly why: string;
}

/** A path ending in .md, not inside a longer path or address: "docs/so-lieu.md", "STYLE.md", "../shared/spec/x.md". */
const MD_PATH = /(?<![\w./:-])((?:\.{1,2}\/)*(?:[\w.-]+\/)*[\w-][\w.-]*\.md)(?![\w-])/g;
/** [text](target) in a markdown file; the target may carry a "#section". */
const MD_LINK = /\[[^\]\n]*\]\(([^()\s]+)\)/g;
/** "so-lieu.md §2", "so-lieu.md §1–§3, §6", "[so-lieu.md](so-lieu.md), mục 6". */
const SECTION_CITATION = /so-lieu\.md\)?((?:\s*,?\s*(?:§\s*\d+(?:\s*[–-]\s*§?\s*\d+)?|mục\s+\d+))+)/g;
const SECTION_SIGN = /§\s*\d+/g;

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A repository path, or null when the target leaves the repository. */
function inRepo(abs: string): string | null {
  const rel = path.relative(ROOT, abs);
  return rel.startsWith("..") || path.isAbsolute(rel) ? null : rel.split(path.sep).join("/");
}

export interface CitationContext {
  /** Files that exist although they are not in the tree: what a script generates (docs/images/*.png). */
  readonly generated: ReadonlySet<string>;
  /** The numbers of the "## n. …" headings of docs/so-lieu.md. */
  readonly soLieuSections: ReadonlySet<number>;
}

function exists(rel: string | null, context: CitationContext): boolean {
  return rel !== null && (context.generated.has(rel) || existsSync(path.join(ROOT, rel)));
}

/** The problems of one file's text: .md citations that resolve to no file of the repository, markdown links to
 * missing repository paths, § references to sections docs/so-lieu.md does not have, and § references that name
 * no document. */
export function citationProblems(file: string, text: string, context: CitationContext): Problem[] {
  const problems: (Problem & { readonly index: number })[] = [];
  const dir = path.dirname(path.join(ROOT, file));
  const add = (index: number, citation: string, why: string): void => {
    problems.push({ file, line: lineOf(text, index), citation, why, index });
  };

  for (const m of text.matchAll(MD_PATH)) {
    const cited = m[1]!;
    // A bare name may sit beside the citing file, at the root or in docs/; a path is from the citing file or the root.
    const candidates = cited.includes("/")
      ? [inRepo(path.join(dir, cited)), inRepo(path.join(ROOT, cited))]
      : [inRepo(path.join(dir, cited)), cited, `docs/${cited}`];
    if (!candidates.some((c) => exists(c, context))) add(m.index, cited, "no such file in the repository");
  }

  if (file.endsWith(".md")) {
    for (const m of text.matchAll(MD_LINK)) {
      const target = m[1]!;
      if (/^(?:[a-z]+:|#)/i.test(target)) continue;
      const rel = inRepo(path.join(dir, target.split("#")[0]!));
      if (!exists(rel, context)) add(m.index, target, "link to a path that is not in the repository");
    }
  }

  const covered: [number, number][] = [];
  for (const m of text.matchAll(SECTION_CITATION)) {
    covered.push([m.index, m.index + m[0].length]);
    for (const n of sectionNumbers(m[1]!)) {
      if (!context.soLieuSections.has(n)) add(m.index, `so-lieu.md §${n}`, "docs/so-lieu.md has no such section");
    }
  }
  for (const m of text.matchAll(SECTION_SIGN)) {
    if (!covered.some(([from, to]) => m.index >= from && m.index < to)) add(m.index, m[0], "a § reference that names no document");
  }
  // In the order they appear, as someone fixing them reads the file.
  return problems.sort((a, b) => a.index - b.index).map(({ index: _index, ...problem }) => problem);
}

/** "§1–§3, §6" → 1, 2, 3, 6; "mục 6" → 6. */
export function sectionNumbers(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(\d+)(?:\s*[–-]\s*§?\s*(\d+))?/g)) {
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    for (let n = from; n <= to; n++) out.push(n);
  }
  return out;
}

/** The numbers of the "## n. Title" headings of a markdown text, in order. */
export function numberedSections(markdown: string): number[] {
  return [...markdown.matchAll(/^## (\d+)\. \S/gm)].map((m) => Number(m[1]));
}

/** The folders a fenced block under "## Folder map" lists: the first word of each line, without a trailing "/". */
export function folderMap(markdown: string): { folder: string; description: string }[] {
  const section = /^## Folder map\n[\s\S]*?^```\n([\s\S]*?)^```/m.exec(markdown);
  if (!section) return [];
  return section[1]!
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const [folder = "", ...rest] = line.trim().split(/\s+/);
      return { folder: folder.replace(/\/$/, ""), description: rest.join(" ") };
    });
}

/** The PNGs scripts/docs-images.mjs writes (its PICTURES list names them). */
export function generatedImages(): Set<string> {
  const script = readFileSync(path.join(ROOT, "scripts", "docs-images.mjs"), "utf8");
  return new Set([...script.matchAll(/png:\s*"([\w-]+)"/g)].map((m) => `docs/images/${m[1]}.png`));
}
