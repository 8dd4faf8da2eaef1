/**
 * office.js is loaded asynchronously (taskpane.html), so that a network that
 * blocks or stalls appsforoffice.microsoft.com never holds the pane blank.
 * Inside an Office host the pane waits for it; in a plain browser it starts on
 * files at once.
 */

/**
 * Office opens an add-in's page with `_host_Info=Excel$Win32$16.01$…` (or
 * Web, Mac) in its query string, which office.js itself reads; a plain browser
 * has none.
 */
export function openedByOffice(search: string, hash: string): boolean {
  return /(^|[?&#])_host_Info=/i.test(search) || /(^|[?&#])_host_Info=/i.test(hash);
}

/** Resolves once the office.js script element has loaded or failed (its onload/onerror mark data-state), or after timeoutMs. */
export function officeScriptSettled(script: HTMLElement | null, timeoutMs: number): Promise<void> {
  if (script === null || script.dataset.state === "loaded" || script.dataset.state === "failed") return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    const done = (): void => {
      clearTimeout(timer);
      resolve();
    };
    script.addEventListener("load", done, { once: true });
    script.addEventListener("error", done, { once: true });
  });
}
