/** Builds the pane exactly as `npm run build` does (webpack, then dist/thi-dua.html), so the tests run what users get. */
import { spawn } from "child_process";
import { join } from "path";

export async function buildPane(root: string): Promise<void> {
  await run(root, [join(root, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production"], "webpack");
  await run(root, [join(root, "scripts", "build-standalone.mjs")], "the one-file page");
}

async function run(root: string, args: readonly string[], what: string): Promise<void> {
  const output: Buffer[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [...args], { cwd: root });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) {
    throw new Error(`${what} failed (exit ${code}):\n${Buffer.concat(output).toString("utf8")}`);
  }
}
