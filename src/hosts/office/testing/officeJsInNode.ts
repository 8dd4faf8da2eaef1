/**
 * Microsoft's Excel JavaScript library (@microsoft/office-js, excel-web-16.00.debug.js)
 * loaded in Node: a vm context whose global stands in for `window`, with the
 * library's HTTP transport pointed at the simulated workbooks. Loaded once per
 * test file (about 50 ms).
 */
import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import type { FakeExcel, OfficeJsLibrary, OfficeJsRequest, OfficeJsResponse } from "./simulatedExcel";
import { simulatedTransport } from "./simulatedExcel";

export const OFFICE_JS_FILE = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");

interface LoadedLibrary extends OfficeJsLibrary {
  readonly OfficeExtension: { readonly HttpUtility: { setCustomSendRequestFunc(f: (r: OfficeJsRequest) => Promise<OfficeJsResponse>) : void } };
}

let loaded: { library: LoadedLibrary; register(fake: FakeExcel): void } | null = null;

function load(): { library: LoadedLibrary; register(fake: FakeExcel): void } {
  // Main-realm intrinsics, so that errors and promises from the library are ordinary ones (instanceof Error holds).
  const sandbox: Record<string, unknown> = {
    console: { log() {}, warn() {}, error() {}, info() {} },
    setTimeout,
    clearTimeout,
    Promise,
    Error,
    TypeError,
    JSON,
    navigator: { userAgent: "node" },
    document: { getElementById: () => null, addEventListener() {}, readyState: "complete" },
    location: { href: "http://sim.local/", protocol: "http:", search: "", hash: "" },
    addEventListener() {},
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  createContext(sandbox);
  runInContext(readFileSync(OFFICE_JS_FILE, "utf8"), sandbox, { filename: "excel-web-16.00.debug.js" });
  const library = sandbox as unknown as LoadedLibrary;
  const transport = simulatedTransport();
  library.OfficeExtension.HttpUtility.setCustomSendRequestFunc(transport.send);
  return { library, register: transport.register };
}

/** The library, and a way to put a simulated workbook behind it. */
export function officeJsInNode(): { library: OfficeJsLibrary; register(fake: FakeExcel): void } {
  loaded ??= load();
  return loaded;
}
