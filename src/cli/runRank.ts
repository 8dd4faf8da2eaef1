import path from "node:path";
import { nextPledgeSheet, outputSheets, pledgeSheetOf, resolveWrites } from "../engine/sheets";
import type { Finding, SheetSpec } from "../engine";
import { CliError } from "./cliError";
import type { Io } from "./io";
import { checkOutputs, writeSafely, type OutputTarget } from "./outputFile";
import type { CliArgs } from "./parseArgs";
import { importSheets, runPipeline, type PipelineRun } from "./pipeline";
import { readInputs } from "./readInputs";
import { resultJson } from "./resultJson";
import { exitStatus, readOptions } from "./runOptions";
import { findingsText, rankingText } from "./textTables";

/** thi-dua rank: score and rank, then write the first file with the output sheets added (docs/dong-lenh.md). */
export async function runRank(args: CliArgs, io: Io): Promise<number> {
  const firstPath = args.files[0]!;
  const out = path.resolve(args.out ?? defaultOut(firstPath));
  const docx = args.docx === null ? null : path.resolve(args.docx);
  const targets: OutputTarget[] = [{ path: out, option: "--out" }, ...(docx ? [{ path: docx, option: "--docx" }] : [])];
  const inputPaths = args.pledge === null ? args.files : [...args.files, args.pledge];
  await checkOutputs(targets, inputPaths, args.force);

  const inputs = await readInputs(args.files, args.pledge);
  const first = inputs[0]!;
  if (first.workbook.macroEnabled !== /\.xlsm$/i.test(out)) {
    const wanted = first.workbook.macroEnabled ? ".xlsm" : ".xlsx";
    throw new CliError(`Tệp "${path.basename(firstPath)}" là sổ ${wanted}, nên --out phải có đuôi ${wanted}`, `--out must end in ${wanted} like ${path.basename(firstPath)}`);
  }
  const run = runPipeline(inputs.map((i) => i.snapshot), readOptions(args));
  // Without a pledge or without any member report there is nothing to rank: no workbook is written,
  // and that one error is given (with the warnings that may explain it, e.g. a sheet too large to read).
  const blocking = run.result.findings.find((f) => f.code === "NO_PLEDGE_SHEET" || f.code === "NO_MEMBER_REPORT");
  if (blocking !== undefined) {
    const result = { ...run.result, members: [], findings: [blocking, ...run.result.findings.filter((f) => f.severity === "warning")] };
    io.out(args.json ? JSON.stringify(resultJson(result, null), null, 2) + "\n" : findingsText(result.findings) + "Không ghi sổ kết quả.\n");
    return 1;
  }

  const host = first.workbook;
  const existing = first.snapshot.sheets;
  const imports = importSheets(run);
  const importNames = resolveWrites(imports.map((i) => i.plan), existing).sheets;
  // A finding in a member file links to that member's imported "TH" sheet (same cells).
  const linkTarget = (f: Finding): string | null => {
    if (f.where.file === first.snapshot.file) return f.where.sheet;
    const at = imports.findIndex((i) => i.report.file === f.where.file && i.report.sheet === f.where.sheet);
    return at < 0 ? null : (importNames[at]?.name ?? null);
  };
  const next = args.nextPledge ? nextPledge(run) : null;
  const plans = [...outputSheets(run.result, run.data, run.minutes, linkTarget), ...imports.map((i) => i.plan), ...(next ? [next] : [])];
  const writes = resolveWrites(plans, existing);
  await host.write(writes);
  const nextName = writes.sheets.find((w) => w.spec === next)?.name ?? null;
  await writeSafely(out, await host.toBuffer());
  if (docx !== null) {
    // The docx library loads only when minutes are asked for.
    const { minutesToDocx } = await import("../hosts/docx/minutesDocx");
    await writeSafely(docx, await minutesToDocx(run.minutes));
  }

  if (args.json) io.out(JSON.stringify(resultJson(run.result, { workbook: out, minutes: docx }), null, 2) + "\n");
  else io.out(rankingText(run.result, run.data) + `Đã ghi sổ kết quả: ${out}\n` + (docx ? `Đã ghi biên bản: ${docx}\n` : "") + (nextName ? `Đã thêm trang "${nextName}" để ký kết.\n` : ""));
  return exitStatus(run.result);
}

/** "Giao ước <N+1>", asked for with --next-pledge: it needs this year and a pledge table to copy. */
function nextPledge(run: PipelineRun): SheetSpec {
  const year = run.result.year;
  if (year === null) throw new CliError(`--next-pledge cần biết năm đánh giá: ghi "Năm" trong trang Thông tin hoặc dùng --year`, `--next-pledge needs the year (--year)`);
  const sheet = pledgeSheetOf(run.data, run.workbooks);
  const spec = sheet === null ? null : nextPledgeSheet(sheet, year);
  if (spec === null) throw new CliError(`--next-pledge: không có bảng giao ước đọc được để chép sang năm ${year + 1}`, `--next-pledge: no readable pledge table`);
  return spec;
}

/** "<folder>/cum.xlsx" → "<folder>/cum-xep-hang.xlsx"; an .xlsm stays an .xlsm (its macros go with it). */
function defaultOut(first: string): string {
  const parsed = path.parse(first);
  const extension = parsed.ext.toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
  return path.join(parsed.dir, `${parsed.name}-xep-hang${extension}`);
}
