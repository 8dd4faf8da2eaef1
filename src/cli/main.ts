/** The thi-dua command (docs/dong-lenh.md). bin/thi-dua.js calls main() from the bundle. */
import { CliError } from "./cliError";
import { HELP_TEXT } from "./helpText";
import { processIo, type Io } from "./io";
import { parseArgs } from "./parseArgs";
import { runCheck } from "./runCheck";
import { runDemo } from "./runDemo";
import { runRank } from "./runRank";
import { runTemplate } from "./runTemplate";

/** Exit status: 0 done, 1 done with error findings, 2 could not run (one line on stderr). */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case "help":
        io.out(HELP_TEXT);
        return 0;
      case "check":
        return await runCheck(args, io);
      case "rank":
        return await runRank(args, io);
      case "template":
        return await runTemplate(args, io);
      case "demo":
        return await runDemo(args, io);
    }
  } catch (error) {
    io.err(oneLine(error) + "\n");
    return 2;
  }
}

/** Users get one line in both languages; a bug still says what broke, without a stack trace. */
function oneLine(error: unknown): string {
  if (error instanceof CliError) return `thi-dua: ${error.message}`;
  const detail = error instanceof Error ? error.message : String(error);
  return `thi-dua: lỗi không mong đợi, không chạy được / unexpected error: ${detail.replace(/\s+/g, " ")}`;
}
