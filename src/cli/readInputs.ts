/** The input files as snapshots; any file problem becomes a CliError (exit status 2). */
import { constants, promises as fs } from "node:fs";
import path from "node:path";
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import type { WorkbookSnapshot } from "../engine";
import { XlsxWorkbook } from "../hosts/xlsx/XlsxWorkbook";
import { MAX_XLSX_BYTES, XlsxInputError, type XlsxInputProblem } from "../hosts/xlsx/xlsxInputError";
import { CliError } from "./cliError";

export interface InputFile {
  readonly path: string;
  readonly workbook: XlsxWorkbook;
  readonly snapshot: WorkbookSnapshot;
}

/**
 * Node's zlib compresses (and checksums) the result several times faster than fflate in JavaScript.
 * Level 2, not 6: the tool's new sheets (10 MB of XML for 300 members) deflate in a third of the time
 * for a result ~10 % larger; the user's own parts are copied still compressed, whatever their level.
 */
const nativeDeflate: ((data: Uint8Array) => { compressed: Uint8Array; crc: number }) | undefined =
  // zlib.crc32 came with Node 20.15 and 22.2; on an older Node 20 the writer deflates with fflate, as the pane does.
  typeof crc32 === "function" ? (data) => ({ compressed: deflateRawSync(data, { level: 2 }), crc: crc32(data) }) : undefined;
/** And unpacks the input's parts faster too; zlib refuses to produce more than the directory's size (a bomb). */
const nativeInflate = (data: Uint8Array, size: number): Uint8Array => inflateRawSync(data, { maxOutputLength: Math.max(1, size) });

/** The files in order; a --pledge file not among them is read after them. */
export async function readInputs(files: readonly string[], pledge: string | null): Promise<InputFile[]> {
  const extra = pledge !== null && !files.some((f) => path.resolve(f) === path.resolve(pledge)) ? [pledge] : [];
  const paths = [...files, ...extra];
  const names = new Set<string>();
  for (const p of paths) {
    const name = path.basename(p);
    // Findings name files by their base name, so two inputs may not share one.
    if (names.has(name)) throw new CliError(`Hai tệp cùng tên "${name}"`, `two input files are named "${name}"`);
    names.add(name);
  }
  // The files are read from disk all at once (30 members: 180 round trips to the file system less in
  // a row), and opened in order, so the first problem reported is still that of the first bad file.
  const reads = paths.map((p) => readBytes(p));
  for (const r of reads) r.catch(() => undefined);
  const inputs: InputFile[] = [];
  for (const [at, p] of paths.entries()) {
    const name = path.basename(p);
    const bytes = await reads[at]!;
    try {
      const workbook = await XlsxWorkbook.open(bytes, name, { deflate: nativeDeflate, inflate: nativeInflate });
      inputs.push({ path: p, workbook, snapshot: await workbook.readSnapshot() });
    } catch (error) {
      if (error instanceof XlsxInputError) throw new CliError(error.message, inputProblemInEnglish(error.problem, name), { cause: error });
      throw error;
    }
  }
  return inputs;
}

/** Regular files only (a FIFO would hang, /dev/zero never ends), at most 50 MB: checked before reading, and read at most one byte beyond. */
export async function readBytes(p: string): Promise<Uint8Array> {
  const stat = await fs.stat(p).catch((error: unknown) => {
    throw openError(p, error);
  });
  if (stat.isDirectory()) throw new CliError(`"${p}" là thư mục, không phải tệp .xlsx`, `${p} is a folder`);
  if (!stat.isFile()) throw new CliError(`"${p}" không phải là một tệp thông thường (thiết bị, ống dẫn…)`, `${p} is not a regular file`);
  if (stat.size > MAX_XLSX_BYTES) throw tooLargeError(p);
  // O_NONBLOCK: should the path have become a FIFO since the stat, opening it does not wait for a writer.
  const handle = await fs.open(p, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: unknown) => {
    throw openError(p, error);
  });
  try {
    if (!(await handle.stat()).isFile()) throw new CliError(`"${p}" không phải là một tệp thông thường`, `${p} is not a regular file`);
    const buffer = new Uint8Array(Math.min(stat.size, MAX_XLSX_BYTES) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > MAX_XLSX_BYTES) throw tooLargeError(p);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw openError(p, error);
  } finally {
    await handle.close();
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
    case "tooLargeUnpacked":
      return `"${fileName}" unpacks to more than 500 MB.`;
  }
}

/** The Vietnamese sentence of the catalogue and its English line, for a file refused before it is opened. */
function tooLargeError(p: string): CliError {
  const name = path.basename(p);
  return new CliError(new XlsxInputError("tooLarge", name).message, inputProblemInEnglish("tooLarge", name));
}

function openError(p: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new CliError(`Không tìm thấy tệp "${p}"`, `file not found: ${p}`, { cause: error });
  if (code === "EISDIR") return new CliError(`"${p}" là thư mục, không phải tệp .xlsx`, `${p} is a folder`, { cause: error });
  if (code === "EACCES" || code === "EPERM") return new CliError(`Không có quyền đọc tệp "${p}"`, `permission denied: ${p}`, { cause: error });
  return new CliError(`Không đọc được tệp "${p}"`, `cannot read ${p} (${code ?? "error"})`, { cause: error });
}
