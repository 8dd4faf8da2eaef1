/**
 * Runs inside the test page (bundled by fakeOfficeScript.ts): a simulated Excel host. As office.js does in
 * Excel, `Office` exists at once and `Excel` only once onReady resolves: then Microsoft's own Excel library
 * (excel-web-16.00.debug.js, served from node_modules) is loaded, and its requests go to the simulated
 * workbook (src/hosts/office/testing), reachable from the test as window.thiDuaFake.
 */
import { FakeExcel, simulatedTransport, type OfficeJsLibrary, type OfficeJsRequest, type OfficeJsResponse, type SeedSheet } from "../../src/hosts/office/testing/simulatedExcel";

/** Where the page finds Microsoft's Excel library (the test's browser serves it from node_modules). */
export const EXCEL_LIBRARY_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/excel-web-16.00.debug.js";

declare global {
  interface Window {
    thiDuaFake: FakeExcel;
  }
}

interface LoadedLibrary extends OfficeJsLibrary {
  readonly OfficeExtension: { readonly HttpUtility: { setCustomSendRequestFunc(f: (r: OfficeJsRequest) => Promise<OfficeJsResponse>): void } };
}

function loadScript(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = url;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${url}`));
    document.head.appendChild(script);
  });
}

export function install(sheets: readonly SeedSheet[], url: string): void {
  const page = window as unknown as Record<string, unknown>;
  let fake: FakeExcel | null = null;
  const office = {
    onReady: async () => {
      if (fake === null) {
        await loadScript(EXCEL_LIBRARY_URL);
        // The library brings its own Office object; the host's stays the page's.
        const library = { Excel: page.Excel, OfficeExtension: page.OfficeExtension } as LoadedLibrary;
        page.Office = office;
        const transport = simulatedTransport();
        library.OfficeExtension.HttpUtility.setCustomSendRequestFunc(transport.send);
        fake = new FakeExcel({ sheets, url }, library);
        transport.register(fake);
        page.Excel = { ...(library.Excel as object), run: fake.run };
        window.thiDuaFake = fake;
      }
      return { host: "Excel", platform: "OfficeOnline" };
    },
    context: {
      requirements: { isSetSupported: (name: string, version?: string) => fake?.isSetSupported(name, version) ?? false },
      document: { url },
    },
  };
  page.Office = office;
}
