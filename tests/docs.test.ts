/** The project's documents hold: what the code and the docs cite exists, the folder map is the tree, and
 * the sample's figures in docs/so-lieu-mau.md are the ones the engine computes. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readCluster } from "../src/engine/read/readCluster";
import { scoreCluster } from "../src/engine/score/scoreCluster";
import { formatFixedVi } from "../src/engine/format/formatVi";
import { awardLabel } from "../src/engine/format/awardLabel";
import { fileSnapshot, sampleFiles } from "../src/sample/writeSample";
import {
  citationProblems,
  folderMap,
  generatedImages,
  numberedSections,
  ROOT,
  scannedFiles,
  sectionNumbers,
  sourceFolders,
  type CitationContext,
} from "./testing/citations";

const read = (rel: string): string => readFileSync(path.join(ROOT, rel), "utf8");

const SO_LIEU = read("docs/so-lieu.md");
const context: CitationContext = { generated: generatedImages(), soLieuSections: new Set(numberedSections(SO_LIEU)) };

describe("citations of documents", () => {
  it("point at files and sections that exist, in every comment, doc and config file", () => {
    const files = scannedFiles();
    const problems = files.flatMap((file) => citationProblems(file, read(file), context));
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.citation} (${p.why})`)).toEqual([]);
    // The scan did reach the code and the docs that cite them.
    expect(files).toEqual(expect.arrayContaining(["src/engine/read/readPledge.ts", "docs/so-lieu.md", "README.md", "eslint.config.mjs"]));
  });

  it("reports a cited file that is not in the repository, with its line", () => {
    const text = "/** Cells per\n * spec/workbook.md §4 and scoring.md. */";
    expect(citationProblems("src/engine/read/x.ts", text, context).map((p) => [p.line, p.citation])).toEqual([
      [2, "spec/workbook.md"],
      [2, "§4"],
      [2, "scoring.md"],
    ]);
  });

  it("reports a file outside the repository even when it exists there", () => {
    const problems = citationProblems("src/x.ts", "// see ../shared/STYLE.md and ../../../../etc/hostname.md", context);
    expect(problems.map((p) => p.citation)).toEqual(["../shared/STYLE.md", "../../../../etc/hostname.md"]);
  });

  it("reports a section docs/so-lieu.md does not have, in a list or a range", () => {
    const problems = citationProblems("src/x.ts", "// docs/so-lieu.md §2, §9 and (docs/so-lieu.md §5–§7)", context);
    expect(problems.map((p) => p.citation)).toEqual(["so-lieu.md §9", "so-lieu.md §7"]);
  });

  it("accepts the sections and files that exist, bare names beside the citing doc included", () => {
    const text = "(docs/so-lieu.md §1–§3, §6) [so-lieu.md](so-lieu.md), mục 6; cham-diem.md; ![x](images/giao-uoc.png)";
    expect(citationProblems("docs/architecture.md", text, context)).toEqual([]);
  });

  it("reports a markdown link to a missing path, but not web addresses", () => {
    const text = "[a](missing.png) [b](https://example.org/README.md) [c](#top) [d](../src/nowhere.ts#L3)";
    expect(citationProblems("docs/x.md", text, context).map((p) => p.citation)).toEqual(["missing.png", "../src/nowhere.ts#L3"]);
  });

  it("reads the numbers of a section list", () => {
    expect(sectionNumbers("§1–§3, §6")).toEqual([1, 2, 3, 6]);
    expect(sectionNumbers(", mục 6")).toEqual([6]);
  });
});

describe("docs/so-lieu.md", () => {
  it("has the sections 1 to 6 of the workbook format, in order", () => {
    expect(numberedSections(SO_LIEU)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe("the folder map of docs/architecture.md", () => {
  const map = folderMap(read("docs/architecture.md"));

  it("lists every folder under src/, and only those, each with a line saying what it holds", () => {
    expect(map.map((m) => m.folder).sort()).toEqual(sourceFolders());
    expect(map.filter((m) => m.description.length < 10).map((m) => m.folder)).toEqual([]);
  });

  it("names each folder once", () => {
    const folders = map.map((m) => m.folder);
    expect(folders.filter((f, i) => folders.indexOf(f) !== i)).toEqual([]);
  });
});

describe("the sample's results in docs/so-lieu-mau.md", () => {
  const doc = read("docs/so-lieu-mau.md");
  const result = scoreCluster(readCluster(sampleFiles().map(fileSnapshot)));

  it("are the ranking the engine computes on the bundled sample", () => {
    const section = doc.slice(doc.indexOf("## Kết quả chấm bộ mẫu"));
    const rows = section
      .split("\n")
      .filter((line) => /^\| \d/.test(line))
      .map((line) => line.split("|").slice(1, -1).map((cell) => cell.trim()));
    const computed = result.members.map((m) => [
      String(m.rank),
      m.name,
      formatFixedVi(m.total),
      `${formatFixedVi(m.percentOfMax)}%`,
      String(m.met),
      awardLabel(m.award),
    ]);
    expect(rows).toEqual(computed);
  });

  it("name the head and deputy the engine proposes for next year", () => {
    const { nextHead, nextDeputy } = result.proposals;
    expect(doc).toContain(`Cụm trưởng ${nextHead}, Cụm phó ${nextDeputy}`);
  });
});
