/** One test, one fresh browser: opens the pane, runs the steps, and fails on any uncaught page error. */
import { strict as assert } from "assert";
import type { Page } from "playwright-core";
import { openPaneBrowser, type OfficeJsServing } from "./browser";

/** The pane's own script files the page has loaded so far, by file name, in order (a live list). */
export type LoadedScripts = readonly string[];

/** What Excel adds to the add-in's address when it opens the pane (office.js reads it too). */
export const EXCEL_HOST_INFO = "_host_Info=Excel$Web$16.01$vi-VN$$$$0";

export interface PaneOptions {
  /** The simulated Excel host's init script; null for a plain browser. */
  readonly officeInitScript: string | null;
  /** How office.js is served in a plain browser (default: Microsoft's real files). */
  readonly officeJs?: "real" | "hang";
}

export async function withPane(
  origin: string,
  options: string | null | PaneOptions,
  steps: (page: Page, loadedScripts: LoadedScripts) => Promise<void>,
): Promise<void> {
  const { officeInitScript, officeJs = "real" } = typeof options === "object" && options !== null ? options : { officeInitScript: options };
  const serving: OfficeJsServing = officeInitScript === null ? officeJs : { standIn: OFFICE_JS_STAND_IN };
  const browser = await openPaneBrowser(origin, serving);
  const pageErrors: string[] = [];
  const loadedScripts: string[] = [];
  try {
    const { page } = browser;
    page.setDefaultTimeout(60_000);
    page.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (url.origin === origin && url.pathname.endsWith(".js")) loadedScripts.push(url.pathname.slice(1));
    });
    if (officeInitScript !== null) await page.addInitScript({ content: officeInitScript });
    // Not "load": that waits for async scripts too, and a stalled office.js would hold it (the pane does not wait).
    await page.goto(officeInitScript === null ? `${origin}/taskpane.html` : `${origin}/taskpane.html?${EXCEL_HOST_INFO}`, { waitUntil: "domcontentloaded" });
    await steps(page, loadedScripts);
    assert.deepEqual(pageErrors, [], "the page threw");
  } finally {
    await browser.close();
  }
}

/** Served in place of office.js when the simulated host is installed: the init script has already defined
 * Office before any of the page's scripts ran; Excel comes with onReady. */
const OFFICE_JS_STAND_IN = "/* office.js stand-in: the simulated Excel host is installed by the test's init script */";
