import path from "node:path";
import type { ClusterResult, ReadOptions } from "../engine";
import type { CliArgs } from "./parseArgs";

export function readOptions(args: CliArgs): ReadOptions {
  return {
    ...(args.pledge !== null ? { pledgeFile: path.basename(args.pledge) } : {}),
    ...(args.year !== null ? { year: args.year } : {}),
  };
}

/** 1 when the run finished but some figures cannot be trusted (error findings), else 0. */
export function exitStatus(result: ClusterResult): number {
  return result.findings.some((f) => f.severity === "error") ? 1 : 0;
}
