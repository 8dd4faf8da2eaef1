/** Debian's chromium, driven by playwright-core: no browser download, a fresh profile every time. */
import { existsSync } from "fs";
import { mkdtemp, readFile, rm } from "fs/promises";
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

/** Microsoft's office.js files, as the @microsoft/office-js package ships them. */
const OFFICE_JS_DIST = join(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist");
const HOSTED = "/lib/1/hosted/";

/**
 * What appsforoffice.microsoft.com answers: "real" serves Microsoft's files from node_modules (office.js and
 * whatever it loads next), "hang" never answers office.js (a firewalled network), "offline" refuses it as a
 * machine without a network does, or a stand-in script for office.js itself (the simulated host, which loads
 * the real Excel library from the same place).
 */
export type OfficeJsServing = "real" | "hang" | "offline" | { readonly standIn: string };

/**
 * Opens a browser whose only reachable server is `origin`: every other request is aborted, so a test
 * that passes here passes offline, and office.js is never fetched from the internet.
 */
export async function openPaneBrowser(origin: string, officeJs: OfficeJsServing): Promise<PaneBrowser> {
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
    async (route) => {
      const url = new URL(route.request().url());
      if (officeJs === "offline" || url.hostname !== "appsforoffice.microsoft.com" || !url.pathname.startsWith(HOSTED)) {
        return route.abort("blockedbyclient");
      }
      const file = url.pathname.slice(HOSTED.length);
      if (file === "office.js") {
        // never answered: the route stays open until the browser closes
        if (officeJs === "hang") return new Promise<void>(() => undefined);
        if (officeJs !== "real") return route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs.standIn });
      }
      const path = join(OFFICE_JS_DIST, ...file.split("/"));
      if (!/^[\w./-]+$/.test(file) || file.includes("..") || !existsSync(path)) return route.fulfill({ status: 404, body: "" });
      return route.fulfill({ status: 200, contentType: "text/javascript", body: await readFile(path) });
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
