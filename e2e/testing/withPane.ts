/** One test, one fresh browser: opens the pane, runs the steps, and fails on any uncaught page error. */
import { strict as assert } from "assert";
import type { Page } from "playwright-core";
import { openPaneBrowser } from "./browser";

/** The pane's own script files the page has loaded so far, by file name, in order (a live list). */
export type LoadedScripts = readonly string[];

export async function withPane(
  origin: string,
  officeInitScript: string | null,
  steps: (page: Page, loadedScripts: LoadedScripts) => Promise<void>,
): Promise<void> {
  const browser = await openPaneBrowser(origin, officeInitScript === null ? null : OFFICE_JS_STAND_IN);
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
    await page.goto(`${origin}/taskpane.html`);
    await steps(page, loadedScripts);
    assert.deepEqual(pageErrors, [], "the page threw");
  } finally {
    await browser.close();
  }
}

/** Served in place of office.js when the simulated Excel is installed: the init script has already
 * defined Office and Excel before any of the page's scripts ran. */
const OFFICE_JS_STAND_IN = "/* office.js stand-in: the simulated Excel is installed by the test's init script */";
