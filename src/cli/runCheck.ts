import type { CliArgs } from "./parseArgs";
import type { Io } from "./io";
import { runPipeline } from "./pipeline";
import { readInputs } from "./readInputs";
import { resultJson } from "./resultJson";
import { findingsText } from "./textTables";
import { exitStatus, readOptions } from "./runOptions";

/** thi-dua check: the findings of every file (and, with --json, the scores too). */
export async function runCheck(args: CliArgs, io: Io): Promise<number> {
  const inputs = await readInputs(args.files, args.pledge);
  const run = runPipeline(inputs.map((i) => i.snapshot), readOptions(args));
  io.out(args.json ? JSON.stringify(resultJson(run.result, null), null, 2) + "\n" : findingsText(run.result.findings));
  return exitStatus(run.result);
}
