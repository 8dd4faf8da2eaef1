import { promises as fs } from "node:fs";
import path from "node:path";
import { DEFAULT_SAMPLE, SAMPLES, sampleNamed } from "../sample/samples";
import { CliError } from "./cliError";
import type { Io } from "./io";
import type { CliArgs } from "./parseArgs";
import { runRank } from "./runRank";
import { FORMS_FOLDER, runTemplate } from "./runTemplate";

/** thi-dua demo: the bundled sample into a folder, then rank on it, results in the same folder. */
export async function runDemo(args: CliArgs, io: Io): Promise<number> {
  const name = args.sample ?? DEFAULT_SAMPLE;
  const sample = sampleNamed(name);
  if (sample === undefined) {
    const names = SAMPLES.map((s) => s.name).join(", ");
    throw new CliError(`Không có bộ số liệu mẫu "${name}" (có: ${names})`, `no bundled sample "${name}" (available: ${names})`);
  }
  const folder = path.resolve(args.out ?? "demo");
  // Loaded here only: the sample is written with ExcelJS, which `rank` and `check` do not need.
  const { writeFiles } = await import("../sample/writeSample");
  const files = await writeFiles(sample.files());
  try {
    await fs.mkdir(folder, { recursive: true });
    for (const f of files) await fs.writeFile(path.join(folder, f.file), f.data);
  } catch (error) {
    throw new CliError(`Không ghi được vào thư mục "${folder}"`, `cannot write to ${folder}`, { cause: error });
  }
  const paths = files.map((f) => path.join(folder, f.file));
  const cluster = path.parse(paths[0]!).name;
  const out = path.join(folder, `${cluster}-xep-hang.xlsx`);
  const docx = path.join(folder, `bien-ban-${sample.year}.docx`);
  if (!args.json) io.out(`Đã ghi bộ số liệu mẫu (${sample.title}) vào ${folder}:\n${files.map((f) => `  ${f.file}`).join("\n")}\n\n`);
  // The demo folder holds the demo's own files: a second demo replaces its earlier results.
  const status = await runRank({ ...args, command: "rank", files: paths, out, docx, force: true }, io);
  // The forms the members would have filled in, made from the sample's pledge; the demo's own folder is rewritten.
  const forms = path.join(folder, FORMS_FOLDER);
  const quiet: Io = { out: () => undefined, err: io.err };
  await runTemplate({ ...args, command: "template", files: [paths[0]!], out: forms, force: true, members: [] }, quiet);
  if (!args.json) {
    io.out(
      `\nKết quả: mở ${out} trong Excel (trang "Xếp hạng ${sample.year}", "Chi tiết điểm ${sample.year}", "Đối chiếu điểm ${sample.year}", "Biên bản ${sample.year}", "Kiểm tra ${sample.year}" và các trang "TH <đơn vị>"),\n` +
        `biên bản Word: ${docx};\nmẫu báo cáo cho từng đơn vị (năm ${sample.year}): ${forms}.\n`,
    );
  }
  return status;
}
