/** Start-up: is this page running inside Excel? The only code that reads the page's Office and Excel
 * globals (real office.js, or the simulated one the end-to-end tests install). */
import { officeHostFromGlobals } from "./officeHostFromGlobals";
import type { OfficeWorkbookHost } from "./OfficeWorkbookHost";
import { checkSupport, type RequirementSet } from "./requirementSets";

export interface OfficeConnection {
  readonly host: OfficeWorkbookHost;
  /** Requirement sets this Excel lacks (required ones first in importance: see RequirementSet.required). */
  readonly missing: readonly RequirementSet[];
}

/** Resolves null outside Excel: office.js absent (plain browser, blocked network), no host, another
 * Office application, or office.js that does not answer within readyTimeoutMs.
 * office.js defines `Office` at once but injects the host's script, which defines `Excel`, later:
 * `Excel` is looked for only once onReady has resolved. */
export async function connectOffice(readyTimeoutMs: number): Promise<OfficeConnection | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return null;
  const info = await Promise.race([Office.onReady(), new Promise<null>((resolve) => setTimeout(() => resolve(null), readyTimeoutMs))]);
  // Compared as text: a simulated Office has no HostType enum object.
  if (!info || String(info.host) !== "Excel" || typeof Excel === "undefined") return null;
  const host = officeHostFromGlobals({ Excel, Office });
  return { host, missing: checkSupport((name, version) => Office.context.requirements.isSetSupported(name, version)) };
}
