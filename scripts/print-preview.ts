/**
 * Print preview of the tool's sheets, as a clerk would print them: the Gia Lai sample with N members (5 = the
 * bundled sample, up to 20 made by src/sample/largeSample.ts) ranked into its cluster workbook, then each output
 * sheet alone through LibreOffice to PDF and PNG.
 *
 *   npx tsx scripts/print-preview.ts [members=5] [folder=print-preview]
 *
 * Needs soffice and pdftoppm on the PATH. Writes <folder>/<members>/<sheet>.xlsx, .pdf and -<page>.png.
 */
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { buildMinutes, defaultConferenceForm, readCluster, scoreCluster } from "../src/engine";
import { outputSheets, resolveWrites } from "../src/engine/sheets";
import { XlsxWorkbook } from "../src/hosts/xlsx";
import { GIA_LAI_2024 } from "../src/sample/gialai2024";
import { largeSample } from "../src/sample/largeSample";
import { fileSnapshot, sampleFiles } from "../src/sample/writeSample";

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 5);
  const folder = path.resolve(process.argv[3] ?? "print-preview", String(count));
  const cluster = count === GIA_LAI_2024.members.length ? GIA_LAI_2024 : largeSample(count);
  const files = sampleFiles(cluster);
  const data = readCluster(files.map(fileSnapshot));
  const result = scoreCluster(data);
  const form = defaultConferenceForm(data, result);
  const specs = outputSheets(result, data, buildMinutes(result, data, form), undefined, { ...form, locality: "An Khê" });
  await fs.mkdir(folder, { recursive: true });
  for (const spec of specs) {
    // One workbook per sheet, so LibreOffice prints that sheet alone.
    const host = await XlsxWorkbook.open(await emptyWorkbook(), cluster.file);
    const snapshot = await host.readSnapshot();
    await host.write(resolveWrites([spec], snapshot.sheets));
    const stem = spec.tag;
    const xlsx = path.join(folder, `${stem}.xlsx`);
    await fs.writeFile(xlsx, await host.toBuffer());
    execFileSync("soffice", ["--headless", `-env:UserInstallation=file:///tmp/lo-preview-${process.pid}`, "--convert-to", "pdf", "--outdir", folder, xlsx], {
      stdio: "ignore",
      env: { ...process.env, FONTCONFIG_FILE: await calibriAlias(folder) },
    });
    execFileSync("pdftoppm", ["-png", "-r", "60", path.join(folder, `${stem}.pdf`), path.join(folder, stem)]);
    process.stdout.write(`${spec.name}: ${path.join(folder, `${stem}.pdf`)}\n`);
  }
}

/**
 * Column widths are counted in digits of the workbook's default font, Calibri 11 (7 px). Without Calibri, LibreOffice
 * falls back to DejaVu Sans, whose digits are a third wider, and every column prints far too wide. Carlito is
 * Calibri's metric twin; failing that, Liberation Sans (Arial's metrics) errs a tenth wide, so the preview is a little
 * worse than Excel, never better.
 */
async function calibriAlias(folder: string): Promise<string> {
  const file = path.join(folder, "fonts.conf");
  await fs.writeFile(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>` +
      `<alias binding="same"><family>Calibri</family><prefer><family>Carlito</family><family>Liberation Sans</family></prefer></alias></fontconfig>`,
  );
  return file;
}

/** A workbook whose only sheet is empty: LibreOffice prints no page for it. */
async function emptyWorkbook(): Promise<Uint8Array> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Trống");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
