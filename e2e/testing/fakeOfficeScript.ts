/** The simulated Excel host as one script for page.addInitScript: bundled from fakeOfficePage.ts,
 * seeded with a workbook's sheets. */
import { build } from "esbuild";
import { join } from "path";
import type { WorkbookSnapshot } from "../../src/engine/read/snapshot";

const GLOBAL = "ThiDuaFakeOffice";

export async function fakeOfficeScript(workbook: WorkbookSnapshot): Promise<string> {
  const bundle = await build({
    entryPoints: [join(__dirname, "fakeOfficePage.ts")],
    bundle: true,
    write: false,
    format: "iife",
    globalName: GLOBAL,
    platform: "browser",
    target: "chrome110",
    logLevel: "silent",
  });
  const code = bundle.outputFiles[0]?.text;
  if (code === undefined) throw new Error("esbuild produced no bundle for the fake Excel");
  // the snapshot's sheets are seeds as they are: name, position, values, formats, tag
  return `${code}\n${GLOBAL}.install(${JSON.stringify(workbook.sheets)}, "https://contoso.sharepoint.com/Cum-thi-dua-so-2.xlsx");\n`;
}
