// Pictures for docs/so-lieu.md: the bundled sample's pledge sheet and one member's report sheet, as a
// clerk sees them printed. Builds the command line, writes the sample with `thi-dua demo`, prints the two
// workbooks to PDF with LibreOffice (Vietnamese locale, so numbers read 6.154,769) and renders the page,
// cropped to its table, with pdftoppm. The PNGs are generated, not committed: run `npm run docs:images`.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "docs", "images");
/** Pixels per inch of the PNGs: a 10–12 pt table stays legible at the width GitHub shows a picture. */
const RESOLUTION = 130;
/** Pixels of white kept around the printed table. */
const MARGIN = 16;
/** A grey level (0 black … 255 white) below which a pixel is ink. */
const INK = 240;

/** The two sheets, found by the workbook they are in and a title on their page. */
const PICTURES = [
  { workbook: "cum-thi-dua-so-2-2024.xlsx", title: "BẢNG CHỈ TIÊU GIAO ƯỚC", png: "giao-uoc" },
  { workbook: "kbang.xlsx", title: "BÁO CÁO KẾT QUẢ", png: "bao-cao" },
];

function run(command, args, options = {}) {
  try {
    return execFileSync(command, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...options });
  } catch (error) {
    const reason = error.code === "ENOENT" ? `${command} is not installed` : (error.stderr || error.message).trim();
    throw new Error(`${command} failed: ${reason}`);
  }
}

/** The page of the PDF whose text contains the title (1-based). */
function pageWithTitle(pdf, title) {
  const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))?.[1] ?? 0);
  for (let page = 1; page <= pages; page++) {
    if (run("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"]).includes(title)) return page;
  }
  throw new Error(`no page of ${pdf} shows "${title}"`);
}

/** The box (pixels) around everything printed on the page: LibreOffice leaves wide white margins around a
 * table. Read from a greyscale rendering (PGM: a short text header, then one byte per pixel). */
function inkBox(pdf, page, base) {
  run("pdftoppm", ["-gray", "-r", String(RESOLUTION), "-f", String(page), "-l", String(page), "-singlefile", pdf, base]);
  const bytes = readFileSync(`${base}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error(`cannot read ${base}.pgm`);
  const [text, width, height] = [header[0], Number(header[1]), Number(header[2])];
  const box = { left: width, top: height, right: -1, bottom: -1 };
  for (let y = 0; y < height; y++) {
    const row = text.length + y * width;
    for (let x = 0; x < width; x++) {
      if (bytes[row + x] >= INK) continue;
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
    }
  }
  return box;
}

const work = mkdtempSync(path.join(tmpdir(), "thi-dua-docs-"));
const profile = path.join(work, "lo-profile");
try {
  run("node", ["scripts/build-cli.mjs"]);
  const sample = path.join(work, "sample");
  run("node", ["bin/thi-dua.js", "demo", "--out", sample]);
  const pdfDir = path.join(work, "pdf");
  run(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      "pdf",
      "--outdir",
      pdfDir,
      ...PICTURES.map((p) => path.join(sample, p.workbook)),
    ],
    // LibreOffice takes the number separators of the cells' format from the locale.
    { env: { ...process.env, LC_ALL: "vi_VN.UTF-8", LANG: "vi_VN.UTF-8" } },
  );
  mkdirSync(outDir, { recursive: true });
  for (const picture of PICTURES) {
    const pdf = path.join(pdfDir, picture.workbook.replace(/\.xlsx$/, ".pdf"));
    const page = pageWithTitle(pdf, picture.title);
    const box = inkBox(pdf, page, path.join(work, picture.png));
    const x = Math.max(0, box.left - MARGIN);
    const y = Math.max(0, box.top - MARGIN);
    const crop = ["-x", String(x), "-y", String(y), "-W", String(box.right + MARGIN - x + 1), "-H", String(box.bottom + MARGIN - y + 1)];
    const target = path.join(outDir, picture.png);
    run("pdftoppm", ["-png", "-r", String(RESOLUTION), "-f", String(page), "-l", String(page), "-singlefile", ...crop, pdf, target]);
    console.log(`docs/images/${picture.png}.png (${picture.workbook}, page ${page})`);
  }
} catch (error) {
  console.error(`docs:images: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
