/** One test, one fresh browser: opens the pane, runs the steps, and fails on any uncaught page error. */
import { strict as assert } from "assert";
import type { Page } from "playwright-core";
import { openPaneBrowser } from "./browser";

export async function withPane(origin: string, officeInitScript: string | null, steps: (page: Page) => Promise<void>): Promise<void> {
  const browser = await openPaneBrowser(origin, officeInitScript === null ? null : OFFICE_JS_STAND_IN);
  const pageErrors: string[] = [];
  try {
    const { page } = browser;
    page.setDefaultTimeout(60_000);
    page.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));
    if (officeInitScript !== null) await page.addInitScript({ content: officeInitScript });
    await page.goto(`${origin}/taskpane.html`);
    await steps(page);
    assert.deepEqual(pageErrors, [], "the page threw");
  } finally {
    await browser.close();
  }
}

/** Served in place of office.js when the simulated Excel is installed: the init script has already
 * defined Office and Excel before any of the page's scripts ran. */
const OFFICE_JS_STAND_IN = "/* office.js stand-in: the simulated Excel is installed by the test's init script */";
