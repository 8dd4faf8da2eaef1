/** Decides the mode at start-up. The only file of the pane that reads the Office globals:
 * components get the host through props. */
import { officeHostFromGlobals } from "../hosts/office/officeHostFromGlobals";
import { checkSupport, describeMissing } from "../hosts/office/requirementSets";
import type { Boot } from "./boot";

/** office.js that never answers (blocked network, odd host) must not leave the pane blank. */
const READY_TIMEOUT_MS = 15_000;

export async function bootHost(): Promise<Boot> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function" || typeof Excel === "undefined") return { kind: "file" };
  const info = await Promise.race([
    Office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), READY_TIMEOUT_MS)),
  ]);
  // Compared as text: a simulated Office (end-to-end tests) has no HostType enum object.
  if (!info || String(info.host) !== "Excel") return { kind: "file" };
  const host = officeHostFromGlobals({ Excel, Office });
  const missing = checkSupport((name, version) => Office.context.requirements.isSetSupported(name, version)).map((set) => ({
    set: `${set.name} ${set.version}`,
    required: set.required,
    message: describeMissing(set),
  }));
  return { kind: "office", host, missing };
}
