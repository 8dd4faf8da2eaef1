import { promises as fs } from "node:fs";
import path from "node:path";
import { nextPledgeSheet, outputSheets, pledgeSheetOf, resolveWrites } from "../engine/sheets";
import type { Finding, SheetSpec } from "../engine";
import { minutesToDocx } from "../hosts/docx/minutesDocx";
import { XlsxWorkbook } from "../hosts/xlsx/XlsxWorkbook";
import { CliError } from "./cliError";
import type { Io } from "./io";
import type { CliArgs } from "./parseArgs";
import { importSheets, runPipeline, type PipelineRun } from "./pipeline";
import { readInputs } from "./readInputs";
import { resultJson } from "./resultJson";
import { exitStatus, readOptions } from "./runOptions";
import { rankingText } from "./textTables";

/** thi-dua rank: score and rank, then write a copy of the first file with the output sheets. */
export async function runRank(args: CliArgs, io: Io): Promise<number> {
  const inputs = await readInputs(args.files, args.pledge);
  const first = inputs[0]!;
  const out = path.resolve(args.out ?? defaultOut(first.path));
  const docx = args.docx === null ? null : path.resolve(args.docx);
  for (const target of [out, docx]) {
    if (target !== null && inputs.some((i) => path.resolve(i.path) === target)) {
      throw new CliError(`Tệp kết quả "${target}" trùng với một tệp đầu vào (tệp đầu vào không được sửa)`, `the output ${target} is one of the input files`);
    }
  }

  const run = runPipeline(inputs.map((i) => i.snapshot), readOptions(args));
  const host = await XlsxWorkbook.open(first.bytes, path.basename(first.path));
  const existing = (await host.readSnapshot()).sheets;
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
  await writeFile(out, await host.toBuffer());
  if (docx !== null) await writeFile(docx, await minutesToDocx(run.minutes));

  if (args.json) io.out(JSON.stringify(resultJson(run.result, { workbook: out, minutes: docx }), null, 2) + "\n");
  else io.out(rankingText(run.result) + `Đã ghi sổ kết quả: ${out}\n` + (docx ? `Đã ghi biên bản: ${docx}\n` : "") + (nextName ? `Đã thêm trang "${nextName}" để ký kết.\n` : ""));
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

/** "<folder>/cum.xlsx" → "<folder>/cum-xep-hang.xlsx" */
function defaultOut(first: string): string {
  const parsed = path.parse(first);
  return path.join(parsed.dir, `${parsed.name}-xep-hang.xlsx`);
}

async function writeFile(target: string, bytes: Uint8Array): Promise<void> {
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, bytes);
  } catch (error) {
    throw new CliError(`Không ghi được tệp "${target}"`, `cannot write ${target}`, { cause: error });
  }
}
