/** The input files as snapshots; any file problem becomes a CliError (exit status 2). */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { WorkbookSnapshot } from "../engine";
import { readWorkbook } from "../hosts/xlsx/readWorkbook";
import { XlsxInputError, type XlsxInputProblem } from "../hosts/xlsx/xlsxInputError";
import { CliError } from "./cliError";

export interface InputFile {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly snapshot: WorkbookSnapshot;
}

/** The files in order; a --pledge file not among them is read after them. */
export async function readInputs(files: readonly string[], pledge: string | null): Promise<InputFile[]> {
  const extra = pledge !== null && !files.some((f) => path.resolve(f) === path.resolve(pledge)) ? [pledge] : [];
  const paths = [...files, ...extra];
  const names = new Set<string>();
  const inputs: InputFile[] = [];
  for (const p of paths) {
    const name = path.basename(p);
    // Findings name files by their base name, so two inputs may not share one.
    if (names.has(name)) throw new CliError(`Hai tệp cùng tên "${name}"`, `two input files are named "${name}"`);
    names.add(name);
    const bytes = await readBytes(p);
    try {
      inputs.push({ path: p, bytes, snapshot: await readWorkbook(bytes, name) });
    } catch (error) {
      if (error instanceof XlsxInputError) throw new CliError(error.message, inputProblemInEnglish(error.problem, name), { cause: error });
      throw error;
    }
  }
  return inputs;
}

export async function readBytes(p: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(p));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`Không tìm thấy tệp "${p}"`, `file not found: ${p}`, { cause: error });
    if (code === "EISDIR") throw new CliError(`"${p}" là thư mục, không phải tệp .xlsx`, `${p} is a folder`, { cause: error });
    throw new CliError(`Không đọc được tệp "${p}"`, `cannot read ${p} (${code ?? "error"})`, { cause: error });
  }
}

/** The English half of the command's one line (for scripts and support); the pane shows the Vietnamese alone. */
function inputProblemInEnglish(problem: XlsxInputProblem, fileName: string): string {
  switch (problem) {
    case "empty":
      return `"${fileName}" is empty (0 bytes).`;
    case "notXlsx":
      return `"${fileName}" is not an .xlsx workbook.`;
    case "encrypted":
      return `"${fileName}" is password-protected (encrypted).`;
    case "corrupt":
      return `"${fileName}" is corrupt and cannot be read.`;
    case "tooLarge":
      return `"${fileName}" is larger than 50 MB.`;
  }
}
