import { promises as fs } from "node:fs";
import path from "node:path";
import { CliError } from "./cliError";
import type { Io } from "./io";
import type { CliArgs } from "./parseArgs";
import { runRank } from "./runRank";
import { FORMS_FOLDER, runTemplate } from "./runTemplate";

/** thi-dua demo: the bundled sample into a folder, then rank on it, results in the same folder. */
export async function runDemo(args: CliArgs, io: Io): Promise<number> {
  const folder = path.resolve(args.out ?? "demo");
  // Loaded here only: the sample is written with ExcelJS, which `rank` and `check` do not need.
  const { writeSample } = await import("../sample/writeSample");
  const files = await writeSample();
  try {
    await fs.mkdir(folder, { recursive: true });
    for (const f of files) await fs.writeFile(path.join(folder, f.file), f.data);
  } catch (error) {
    throw new CliError(`Không ghi được vào thư mục "${folder}"`, `cannot write to ${folder}`, { cause: error });
  }
  const paths = files.map((f) => path.join(folder, f.file));
  const cluster = path.parse(paths[0]!).name;
  const out = path.join(folder, `${cluster}-xep-hang.xlsx`);
  const docx = path.join(folder, "bien-ban-2024.docx");
  if (!args.json) io.out(`Đã ghi bộ số liệu mẫu (Cụm thi đua số 2 tỉnh Gia Lai, năm 2024) vào ${folder}:\n${files.map((f) => `  ${f.file}`).join("\n")}\n\n`);
  // The demo folder holds the demo's own files: a second demo replaces its earlier results.
  const status = await runRank({ ...args, command: "rank", files: paths, out, docx, force: true }, io);
  // The forms the members would have filled in, made from the sample's pledge; the demo's own folder is rewritten.
  const forms = path.join(folder, FORMS_FOLDER);
  const quiet: Io = { out: () => undefined, err: io.err };
  await runTemplate({ ...args, command: "template", files: [paths[0]!], out: forms, force: true, members: [] }, quiet);
  if (!args.json) {
    io.out(
      `\nKết quả: mở ${out} trong Excel (trang "Xếp hạng 2024", "Biên bản 2024", "Kiểm tra 2024" và các trang "TH <đơn vị>"),\n` +
        `biên bản Word: ${docx};\nmẫu báo cáo cho từng đơn vị (năm 2024): ${forms}.\n`,
    );
  }
  return status;
}
