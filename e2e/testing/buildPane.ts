/** Builds the pane exactly as `npm run build` does, so the tests run what users get. */
import { spawn } from "child_process";
import { join } from "path";

export async function buildPane(root: string): Promise<void> {
  const webpack = join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  const output: Buffer[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [webpack, "--mode", "production"], { cwd: root });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) {
    throw new Error(`webpack failed (exit ${code}):\n${Buffer.concat(output).toString("utf8")}`);
  }
}
