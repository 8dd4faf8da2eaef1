/**
 * Where rank may write: never onto an input or onto its other output (through a symlink, a hard link
 * or another letter case), never over an existing file unless --force, never into a missing folder;
 * and how it writes: a temporary file beside the target, renamed into place.
 */
import { constants, promises as fs, type Stats } from "node:fs";
import path from "node:path";
import { CliError } from "./cliError";

export interface OutputTarget {
  readonly path: string;
  /** What the option is called in messages ("--out", "--docx"). */
  readonly option: string;
}

/** Checks every output before anything is read or written. */
export async function checkOutputs(targets: readonly OutputTarget[], inputs: readonly string[], force: boolean): Promise<void> {
  for (const target of targets) {
    const folder = path.dirname(target.path);
    const folderStat = await statOrNull(folder);
    if (folderStat === null || !folderStat.isDirectory()) {
      throw new CliError(`Thư mục "${folder}" của ${target.option} không tồn tại`, `the folder of ${target.option} does not exist: ${folder}`);
    }
    // All inputs at once (30 member files), the first that matches named.
    const same = await Promise.all(inputs.map((input) => sameFile(target.path, input)));
    const input = inputs[same.indexOf(true)];
    if (input !== undefined) {
      throw new CliError(`Tệp kết quả "${target.path}" trùng với tệp đầu vào "${input}" (tệp đầu vào không được sửa)`, `the output ${target.path} is the input ${input}`);
    }
    const existing = await statOrNull(target.path);
    if (existing !== null && existing.isDirectory()) throw new CliError(`"${target.path}" là một thư mục`, `${target.path} is a folder`);
    if (existing !== null && !force) {
      throw new CliError(`Tệp "${target.path}" đã có; thêm --force để ghi đè`, `${target.path} exists; add --force to replace it`);
    }
  }
  const [a, b] = targets;
  if (a && b && (await sameFile(a.path, b.path))) {
    throw new CliError(`${a.option} và ${b.option} cùng chỉ tới một tệp "${a.path}"`, `${a.option} and ${b.option} name the same file`);
  }
}

/** Same file: same real path, same device and inode, or the same path but for letter case on a file system that ignores it. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [sa, sb] = [await statOrNull(a), await statOrNull(b)];
  if (sa !== null && sb !== null) return sa.dev === sb.dev && sa.ino === sb.ino;
  const [ra, rb] = [await realOrLexical(a), await realOrLexical(b)];
  if (ra === rb) return true;
  return ra.toLowerCase() === rb.toLowerCase() && (await ignoresCase(path.dirname(ra)));
}

async function realOrLexical(p: string): Promise<string> {
  const absolute = path.resolve(p);
  try {
    return await fs.realpath(absolute);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(absolute)), path.basename(absolute));
    } catch {
      return absolute;
    }
  }
}

/** Whether the folder's file system ignores case (macOS, Windows): the folder is found under another case. */
async function ignoresCase(folder: string): Promise<boolean> {
  const swapped = folder.replace(/[a-zA-Z]/g, (ch) => (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase()));
  if (swapped === folder) return false;
  const [s, t] = [await statOrNull(folder), await statOrNull(swapped)];
  return s !== null && t !== null && s.dev === t.dev && s.ino === t.ino;
}

async function statOrNull(p: string): Promise<Stats | null> {
  try {
    return await fs.stat(p);
  } catch {
    return null;
  }
}

/** Writes beside the target and renames into place; on failure the partial file is removed and the reason given in one line. */
export async function writeSafely(target: string, bytes: Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const handle = await fs.open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    const [vi, en] = writeReason((error as NodeJS.ErrnoException).code);
    throw new CliError(`Không ghi được tệp "${target}": ${vi}`, `cannot write ${target}: ${en}`, { cause: error });
  }
}

function writeReason(code: string | undefined): [string, string] {
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return ["ổ đĩa đã đầy", "disk full"];
    case "EACCES":
    case "EPERM":
      return ["không có quyền ghi", "permission denied"];
    case "EROFS":
      return ["ổ đĩa chỉ cho đọc", "read-only file system"];
    case "ENOENT":
      return ["thư mục không tồn tại", "folder not found"];
    default:
      return ["lỗi hệ thống", code ?? "system error"];
  }
}
