/**
 * The manifest a province deploys: `npm run build -- --env url=https://…/` moves every address of
 * manifest.xml onto the base the pane is served from (scripts/releaseManifest.js, run by webpack).
 * Checked against the add-in manifest schema with xmllint when it is installed (CI installs it).
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { descendants, parseXml } from "./testing/parseXml";

// CommonJS, shared with webpack.config.js
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { releaseManifest, normaliseBase } = require("../scripts/releaseManifest") as {
  releaseManifest(xml: string, base: string): string;
  normaliseBase(url: string): string;
};

const root = join(__dirname, "..");
const dev = readFileSync(join(root, "manifest.xml"), "utf8");
const BASE = "https://host.example/thi-dua/";

/** Every address in the manifest: element text and attribute values that look like URLs. */
function addresses(xml: string): string[] {
  return descendants(parseXml(xml))
    .flatMap((e) => [e.text, ...Object.entries(e.attributes).filter(([k]) => !k.startsWith("xmlns")).map(([, v]) => v)])
    .filter((v) => /^[a-z]+:\/\//i.test(v));
}

const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;

describe("the release manifest", () => {
  const release = releaseManifest(dev, BASE);

  it("puts every address (pane, icons, commands, app domain) on the deployment base", () => {
    const urls = addresses(release);
    expect(urls.length).toBe(addresses(dev).length);
    expect(urls.filter((u) => !u.startsWith(BASE) && u !== "https://host.example")).toEqual([]);
    expect(release).toContain('<SourceLocation DefaultValue="https://host.example/thi-dua/taskpane.html"/>');
    expect(release).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://host.example/thi-dua/taskpane.html"/>');
    expect(release).toContain('<IconUrl DefaultValue="https://host.example/thi-dua/assets/icon-32.png"/>');
    expect(release).toContain("<AppDomain>https://host.example</AppDomain>");
    expect(release).not.toContain("localhost");
  });

  it("takes a base without its final slash, and refuses one that is not https", () => {
    expect(normaliseBase("https://host.example/thi-dua")).toBe(BASE);
    expect(() => normaliseBase("http://host.example/thi-dua/")).toThrow(/https/);
    expect(() => normaliseBase("host.example")).toThrow(/không phải một địa chỉ web/);
  });

  (hasXmllint ? it : it.skip)("is valid against the add-in manifest schema, as the dev manifest is", () => {
    const folder = mkdtempSync(join(tmpdir(), "thi-dua-manifest-"));
    const file = join(folder, "manifest.xml");
    writeFileSync(file, release);
    const schema = join(root, "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");
    for (const xml of [file, join(root, "manifest.xml")]) {
      expect(execFileSync("xmllint", ["--noout", "--schema", schema, xml], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })).toBe("");
    }
  });
});
