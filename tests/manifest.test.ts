/**
 * The add-in manifest, checked offline: `office-addin-manifest validate` needs
 * the internet, and Excel rejects a manifest with a broken reference without
 * saying which one.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { REQUIRED_SET } from "../src/hosts/office/requirementSets";
import { descendants, parseXml, type XmlElement } from "./testing/parseXml";

const root = join(__dirname, "..");
const manifest = parseXml(readFileSync(join(root, "manifest.xml"), "utf8"));
const all = descendants(manifest);

function named(name: string, within: XmlElement = manifest): XmlElement[] {
  return descendants(within).filter((e) => e.name === name);
}

function only(name: string, within: XmlElement = manifest): XmlElement {
  const found = named(name, within);
  if (found.length !== 1) throw new Error(`Expected one <${name}>, found ${found.length}`);
  return found[0] as XmlElement;
}

/** The one direct child of that name. */
function child(parent: XmlElement, name: string): XmlElement {
  const found = parent.children.filter((e) => e.name === name);
  if (found.length !== 1) throw new Error(`Expected one <${name}> in <${parent.name}>, found ${found.length}`);
  return found[0] as XmlElement;
}

function attribute(element: XmlElement, name: string): string {
  const value = element.attributes[name];
  if (value === undefined) throw new Error(`<${element.name}> has no ${name}`);
  return value;
}

/** Resources by id: images, urls, short and long strings. */
function resources(kind: "bt:Images" | "bt:Urls" | "bt:ShortStrings" | "bt:LongStrings"): Map<string, string> {
  return new Map(only(kind).children.map((e) => [attribute(e, "id"), attribute(e, "DefaultValue")]));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const origin = "https://localhost:3000/";

function assetFile(url: string): string {
  expect(url.startsWith(origin)).toBe(true);
  return join(root, url.slice(origin.length));
}

describe("manifest.xml", () => {
  it("is an Excel task-pane add-in for workbooks that may read and write the document", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(child(manifest, "Hosts").children.map((h) => h.attributes["Name"])).toEqual(["Workbook"]);
    expect(child(manifest, "Permissions").text).toBe("ReadWriteDocument");
  });

  it("has a fixed GUID id and a four-part version", () => {
    expect(only("Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(only("Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("speaks Vietnamese by default", () => {
    expect(only("DefaultLocale").text).toBe("vi-VN");
    expect(attribute(only("DisplayName"), "DefaultValue")).toBe("Thi đua");
    expect(attribute(child(manifest, "Description"), "DefaultValue")).toContain("xếp hạng");
    expect(only("ProviderName").text).not.toBe("");
  });

  it("asks Excel for the ExcelApi requirement set the Office host relies on", () => {
    const sets = named("Set", only("Requirements")).map((s) => [s.attributes["Name"], s.attributes["MinVersion"]]);
    // the optional sets (data bars, freeze panes, page layout) are checked at run time, not required here
    expect(sets).toEqual([[REQUIRED_SET.name, REQUIRED_SET.version]]);
    expect(REQUIRED_SET.version).toBe("1.4");
  });

  it("loads the task pane from taskpane.html", () => {
    expect(attribute(only("SourceLocation", only("DefaultSettings")), "DefaultValue")).toBe(`${origin}taskpane.html`);
  });

  it("uses only https addresses", () => {
    const urls = all.flatMap((e) => [e.text, ...Object.entries(e.attributes).filter(([k]) => !k.startsWith("xmlns")).map(([, v]) => v)])
      .filter((v) => /^[a-z]+:\/\//i.test(v));
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  it("points every icon at a PNG under assets/ of the size it claims", () => {
    const icon = pngSize(assetFile(attribute(only("IconUrl"), "DefaultValue")));
    expect(icon).toEqual({ width: 32, height: 32 });
    const highResolution = pngSize(assetFile(attribute(only("HighResolutionIconUrl"), "DefaultValue")));
    expect(highResolution).toEqual({ width: 64, height: 64 });
    const images = resources("bt:Images");
    expect([...images.keys()].sort()).toEqual(["Icon.16x16", "Icon.32x32", "Icon.80x80"]);
    for (const [id, url] of images) {
      const size = Number(/^Icon\.(\d+)x\d+$/.exec(id)?.[1]);
      expect(pngSize(assetFile(url))).toEqual({ width: size, height: size });
    }
  });

  it("adds a button on the Home tab that shows the task pane with 16, 32 and 80 px icons", () => {
    const tab = only("OfficeTab");
    expect(tab.attributes["id"]).toBe("TabHome");
    const control = only("Control", tab);
    expect(control.attributes["xsi:type"]).toBe("Button");
    const action = only("Action", control);
    expect(action.attributes["xsi:type"]).toBe("ShowTaskpane");
    const url = resources("bt:Urls").get(attribute(only("SourceLocation", action), "resid"));
    expect(url).toBe(`${origin}taskpane.html`);
    for (const icons of [child(control, "Icon"), child(only("Group", tab), "Icon")]) {
      expect(icons.children.map((i) => i.attributes["size"])).toEqual(["16", "32", "80"]);
    }
    const strings = new Map([...resources("bt:ShortStrings"), ...resources("bt:LongStrings")]);
    expect(strings.get(attribute(only("Label", control), "resid"))).toBe("Chấm điểm thi đua");
    expect(strings.get(attribute(only("Description", only("Supertip", control)), "resid"))).toContain("xếp hạng");
  });

  it("resolves every resource reference", () => {
    const ids = new Set(
      (["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"] as const).flatMap((kind) => [...resources(kind).keys()]),
    );
    const missing = all.map((e) => e.attributes["resid"]).filter((r): r is string => r !== undefined && !ids.has(r));
    expect(missing).toEqual([]);
  });

  it("keeps short strings within 125 characters and long strings within 250", () => {
    const tooLong = (limit: number, strings: Map<string, string>): string[] =>
      [...strings.values()].filter((s) => s.length > limit);
    expect(tooLong(125, resources("bt:ShortStrings"))).toEqual([]);
    expect(tooLong(250, resources("bt:LongStrings"))).toEqual([]);
    expect(attribute(child(manifest, "Description"), "DefaultValue").length).toBeLessThanOrEqual(250);
  });
});
