// Builds dist/thi-dua.html: the standalone pane as one self-contained file (README, "Trang dùng ngoài Excel").
// esbuild bundles src/taskpane/standalone.tsx without code splitting, so the lazy import()s of ExcelJS, docx and the
// sheet builders are in the same script; the script goes inline into the page. Nothing is fetched: the page works
// offline from file://. Fluent's styles are made at run time by Griffel (the webpack build extracts them ahead).
import { build } from "esbuild";
import { mkdir, readFile, writeFile } from "node:fs/promises";

const out = await build({
  entryPoints: ["src/taskpane/standalone.tsx"],
  bundle: true,
  write: false,
  platform: "browser",
  format: "iife",
  target: "es2020",
  minify: true,
  // exceljs's "browser" field names its self-contained browser build, as in webpack.config.js
  mainFields: ["browser", "module", "main"],
  define: { "process.env.NODE_ENV": '"production"' },
  legalComments: "none",
  logLevel: "warning",
});
const script = out.outputFiles[0].text;
// A "</script" inside the code would end the inline element early.
const inline = script.replace(/<\/script/gi, "<\\/script");
const template = await readFile("src/taskpane/taskpane.html", "utf8");
const page = template
  // no office.js: the page is for use outside Excel, and must not wait on the network
  .replace(/\s*<!--[^>]*Office\.js[\s\S]*?-->/, "")
  .replace(/\s*<script[^>]*\bsrc="https:\/\/appsforoffice[^"]*"[^>]*><\/script>/, "")
  .replace(/\s*<link rel="icon"[^>]*>/, "")
  // a function, so that "$&" or "$'" in the minified code are not read as replacement patterns
  .replace("</body>", () => `  <script>${inline}</script>\n  </body>`);
if (/\bsrc="http|href="http/.test(page)) throw new Error("dist/thi-dua.html would fetch from the network");
await mkdir("dist", { recursive: true });
await writeFile("dist/thi-dua.html", page);
console.log(`dist/thi-dua.html: ${(page.length / 1024 / 1024).toFixed(1)} MB`);
