/** Debian's chromium, driven by playwright-core: no browser download, a fresh profile every time. */
import { mkdtemp, rm } from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The narrowest task pane Excel shows. */
export const PANE_VIEWPORT = { width: 320, height: 800 } as const;

export interface PaneBrowser {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

/**
 * Opens a browser whose only reachable server is `origin`: every other request is aborted, so a test
 * that passes here passes offline, and office.js is never fetched from the internet.
 * `officeJs`, when given, is served in place of Office's hosted office.js.
 */
export async function openPaneBrowser(origin: string, officeJs: string | null): Promise<PaneBrowser> {
  const profile = await mkdtemp(join(tmpdir(), "thi-dua-e2e-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: PANE_VIEWPORT,
    acceptDownloads: true,
    locale: "vi-VN",
  });
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      const url = new URL(route.request().url());
      if (officeJs !== null && url.hostname === "appsforoffice.microsoft.com") {
        return route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs });
      }
      return route.abort("blockedbyclient");
    },
  );
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
