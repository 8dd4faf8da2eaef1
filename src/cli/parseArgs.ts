/** The command line of docs/dong-lenh.md, parsed; any misuse is a CliError (exit status 2). */
import { CliError } from "./cliError";

export type Command = "check" | "rank" | "demo" | "help";

export interface CliArgs {
  readonly command: Command;
  readonly files: readonly string[];
  readonly pledge: string | null;
  readonly year: number | null;
  readonly out: string | null;
  readonly docx: string | null;
  readonly json: boolean;
  /** rank: replace an existing --out / --docx file. */
  readonly force: boolean;
}

type ValueOption = "--pledge" | "--year" | "--out" | "--docx";

/** Which options each command takes (--json on demo is an addition: it prints the result JSON). */
const ALLOWED: Readonly<Record<Exclude<Command, "help">, readonly string[]>> = {
  check: ["--pledge", "--json"],
  rank: ["--pledge", "--year", "--out", "--docx", "--json", "--force"],
  demo: ["--out", "--json"],
};

export function parseArgs(argv: readonly string[]): CliArgs {
  const values: Partial<Record<ValueOption, string>> = {};
  const files: string[] = [];
  let json = false;
  let force = false;
  let help = false;
  let command: Command | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") help = true;
    else if (arg === "--json") json = true;
    else if (arg === "--force") force = true;
    else if (arg === "--pledge" || arg === "--year" || arg === "--out" || arg === "--docx") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--")) throw new CliError(`Tùy chọn ${arg} cần một giá trị`, `option ${arg} needs a value`);
      values[arg] = value;
    } else if (arg.startsWith("-")) throw new CliError(`Không có tùy chọn ${arg}`, `unknown option ${arg}`);
    else if (command === null) command = commandOf(arg);
    else files.push(arg);
  }
  if (help || command === null || command === "help") return { command: "help", files: [], pledge: null, year: null, out: null, docx: null, json: false, force: false };
  for (const option of [...Object.keys(values), ...(json ? ["--json"] : []), ...(force ? ["--force"] : [])]) {
    if (!ALLOWED[command].includes(option)) throw new CliError(`Lệnh ${command} không dùng tùy chọn ${option}`, `${command} does not take ${option}`);
  }
  if (command === "demo" && files.length > 0) throw new CliError(`Lệnh demo không nhận tệp: ${files[0]}`, `demo takes no files`);
  if (command !== "demo" && files.length === 0) throw new CliError(`Lệnh ${command} cần ít nhất một tệp .xlsx`, `${command} needs at least one .xlsx file`);
  const out = values["--out"] ?? null;
  const docx = values["--docx"] ?? null;
  if (command === "rank" && out !== null && !/\.xls[xm]$/i.test(out)) throw new CliError(`--out cần tên tệp .xlsx hoặc .xlsm: "${out}"`, `--out must name an .xlsx or .xlsm file`);
  if (docx !== null && !/\.docx$/i.test(docx)) throw new CliError(`--docx cần tên tệp .docx: "${docx}"`, `--docx must name a .docx file`);
  return { command, files, pledge: values["--pledge"] ?? null, year: yearOf(values["--year"]), out, docx, json, force };
}

function commandOf(arg: string): Command {
  if (arg === "check" || arg === "rank" || arg === "demo" || arg === "help") return arg;
  throw new CliError(`Không có lệnh "${arg}" (dùng check, rank hoặc demo)`, `unknown command "${arg}" (use check, rank or demo)`);
}

function yearOf(text: string | undefined): number | null {
  if (text === undefined) return null;
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 1990 || year > 2100) throw new CliError(`Năm không hợp lệ: "${text}"`, `invalid year "${text}"`);
  return year;
}
