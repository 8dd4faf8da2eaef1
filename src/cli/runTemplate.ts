/** thi-dua template: one report form per member, made from the pledge of the cluster workbook (docs/dong-lenh.md). */
import { promises as fs } from "node:fs";
import path from "node:path";
import { findingMessage, readCluster } from "../engine";
import { reportForms } from "../engine/sheets";
import { formWorkbook } from "../hosts/xlsx/formWorkbook";
import { CliError } from "./cliError";
import { checkOutputs, writeSafely } from "./outputFile";
import type { Io } from "./io";
import type { CliArgs } from "./parseArgs";
import { readInputs } from "./readInputs";
import { readOptions } from "./runOptions";
import { findingsText } from "./textTables";

export const FORMS_FOLDER = "mau-bao-cao";

export async function runTemplate(args: CliArgs, io: Io): Promise<number> {
  const [input] = await readInputs(args.files, null);
  if (!input) throw new CliError("Lệnh template cần tệp sổ của Cụm", "template needs the cluster workbook");
  const data = readCluster([input.snapshot], readOptions(args));
  const made = reportForms(data, [input.snapshot], args.members);
  if (!made.ok) {
    if (made.reason === "no-members") {
      throw new CliError(
        `Không biết các đơn vị thành viên: ghi "Thứ tự luân phiên" trong trang Thông tin của "${input.snapshot.file}", hoặc dùng --members "đơn vị 1; đơn vị 2"`,
        "no members: add the rotation list to the information sheet, or use --members",
      );
    }
    const pledgeError = data.findings.find((f) => f.severity === "error" && f.where.member === null);
    const why = pledgeError ? findingMessage(pledgeError) : "không đọc được bảng giao ước";
    throw new CliError(`Không tạo được mẫu báo cáo từ "${input.snapshot.file}": ${why}`, `no readable pledge table in ${input.path}`);
  }

  const folder = path.resolve(args.out ?? path.join(path.dirname(input.path), FORMS_FOLDER));
  const targets = made.forms.map((f) => ({ form: f, file: path.join(folder, f.fileName) }));
  try {
    await fs.mkdir(folder, { recursive: true });
  } catch (error) {
    throw new CliError(`Không ghi được vào thư mục "${folder}"`, `cannot write to ${folder}`, { cause: error });
  }
  // As for rank: never onto the input, never over an existing form without --force, each written to a temporary file and renamed.
  await checkOutputs(
    targets.map((t) => ({ path: t.file, option: "--out" })),
    [input.path],
    args.force,
  );
  for (const t of targets) await writeSafely(t.file, await formWorkbook(t.form.sheets));

  // What is wrong with the pledge itself shows in every form: say it here, once.
  const pledgeFindings = data.findings.filter((f) => f.where.member === null);
  if (pledgeFindings.length > 0) io.out(findingsText(pledgeFindings) + "\n");
  io.out(`Đã ghi ${targets.length} mẫu báo cáo vào ${folder}:\n${targets.map((t) => `  ${t.form.fileName} (${t.form.member})`).join("\n")}\n`);
  return pledgeFindings.some((f) => f.severity === "error") ? 1 : 0;
}
