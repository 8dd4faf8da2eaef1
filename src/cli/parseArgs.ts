/** The command line of docs/dong-lenh.md, parsed; any misuse is a CliError (exit status 2). */
import { CliError } from "./cliError";

export type Command = "check" | "rank" | "template" | "demo" | "help";

export interface CliArgs {
  readonly command: Command;
  readonly files: readonly string[];
  readonly pledge: string | null;
  readonly year: number | null;
  readonly out: string | null;
  readonly docx: string | null;
  readonly json: boolean;
  /** template --members "a; b; c": the members to make forms for, instead of the rotation list. */
  readonly members: readonly string[];
  /** rank: replace an existing --out / --docx file; template: replace forms that already exist. */
  readonly force: boolean;
  /** rank --next-pledge: also write "Giao ước <N+1>". */
  readonly nextPledge: boolean;
  /** demo: which bundled sample (null: the default, Gia Lai 2024). */
  readonly sample: string | null;
}

type ValueOption = "--pledge" | "--year" | "--out" | "--docx" | "--members" | "--sample";
type FlagOption = "--json" | "--force" | "--next-pledge";
const VALUE_OPTIONS: readonly string[] = ["--pledge", "--year", "--out", "--docx", "--members", "--sample"];
const FLAG_OPTIONS: readonly string[] = ["--json", "--force", "--next-pledge"];

/** Which options each command takes (--json on demo is an addition: it prints the result JSON). */
const ALLOWED: Readonly<Record<Exclude<Command, "help">, readonly string[]>> = {
  check: ["--pledge", "--json"],
  rank: ["--pledge", "--year", "--out", "--docx", "--json", "--next-pledge", "--force"],
  template: ["--out", "--year", "--members", "--force"],
  demo: ["--out", "--json", "--sample"],
};

export function parseArgs(argv: readonly string[]): CliArgs {
  const values: Partial<Record<ValueOption, string>> = {};
  const files: string[] = [];
  const flags = new Set<FlagOption>();
  let help = false;
  let command: Command | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") help = true;
    else if (FLAG_OPTIONS.includes(arg)) flags.add(arg as FlagOption);
    else if (VALUE_OPTIONS.includes(arg)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--")) throw new CliError(`Tùy chọn ${arg} cần một giá trị`, `option ${arg} needs a value`);
      values[arg as ValueOption] = value;
    } else if (arg.startsWith("-")) throw new CliError(`Không có tùy chọn ${arg}`, `unknown option ${arg}`);
    else if (command === null) command = commandOf(arg);
    else files.push(arg);
  }
  if (help || command === null || command === "help") {
    return { command: "help", files: [], pledge: null, year: null, out: null, docx: null, json: false, members: [], force: false, nextPledge: false, sample: null };
  }
  for (const option of [...Object.keys(values), ...flags]) {
    if (!ALLOWED[command].includes(option)) throw new CliError(`Lệnh ${command} không dùng tùy chọn ${option}`, `${command} does not take ${option}`);
  }
  if (command === "demo" && files.length > 0) throw new CliError(`Lệnh demo không nhận tệp: ${files[0]}`, `demo takes no files`);
  if (command !== "demo" && files.length === 0) throw new CliError(`Lệnh ${command} cần ít nhất một tệp .xlsx`, `${command} needs at least one .xlsx file`);
  if (command === "template" && files.length > 1) throw new CliError(`Lệnh template nhận một tệp sổ của Cụm, không nhận ${files[1]}`, `template takes one cluster workbook`);
  const out = values["--out"] ?? null;
  const docx = values["--docx"] ?? null;
  if (command === "rank" && out !== null && !/\.xls[xm]$/i.test(out)) throw new CliError(`--out cần tên tệp .xlsx hoặc .xlsm: "${out}"`, `--out must name an .xlsx or .xlsm file`);
  if (docx !== null && !/\.docx$/i.test(docx)) throw new CliError(`--docx cần tên tệp .docx: "${docx}"`, `--docx must name a .docx file`);
  return {
    command,
    files,
    pledge: values["--pledge"] ?? null,
    year: yearOf(values["--year"]),
    out,
    docx,
    json: flags.has("--json"),
    members: membersOf(values["--members"]),
    force: flags.has("--force"),
    nextPledge: flags.has("--next-pledge"),
    sample: values["--sample"] ?? null,
  };
}

function commandOf(arg: string): Command {
  if (arg === "check" || arg === "rank" || arg === "template" || arg === "demo" || arg === "help") return arg;
  throw new CliError(`Không có lệnh "${arg}" (dùng check, rank, template hoặc demo)`, `unknown command "${arg}" (use check, rank, template or demo)`);
}

/** "thị xã An Khê; huyện Kbang" → two names; an option given but empty is a mistake. */
function membersOf(text: string | undefined): string[] {
  if (text === undefined) return [];
  const names = text.split(/[;,\n]/).map((n) => n.trim()).filter((n) => n !== "");
  if (names.length === 0) throw new CliError(`Tùy chọn --members cần tên đơn vị, cách nhau bởi dấu ;`, `--members needs member names separated by ;`);
  return names;
}

function yearOf(text: string | undefined): number | null {
  if (text === undefined) return null;
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 1990 || year > 2100) throw new CliError(`Năm không hợp lệ: "${text}"`, `invalid year "${text}"`);
  return year;
}
