/** Decides the mode at start-up; components get the host through props. */
import { officeScriptSettled, openedByOffice } from "../hosts/office/officeScript";
import { loadOfficeHost } from "./lazy";
import type { Boot } from "./boot";

/** office.js that never answers (blocked network, odd host) must not leave the pane blank. */
const READY_TIMEOUT_MS = 15_000;

export async function bootHost(): Promise<Boot> {
  // A plain browser works on files at once, whether office.js arrives, fails or hangs.
  if (!openedByOffice(window.location.search, window.location.hash)) return { kind: "file" };
  // The host's code downloads while office.js loads.
  const [{ connectOffice, describeMissing }] = await Promise.all([loadOfficeHost(), officeScriptSettled(document.getElementById("office-js"), READY_TIMEOUT_MS)]);
  const office = await connectOffice(READY_TIMEOUT_MS);
  if (office === null) return { kind: "file" };
  const missing = office.missing.map((set) => ({ set: `${set.name} ${set.version}`, required: set.required, message: describeMissing(set) }));
  return { kind: "office", host: office.host, missing };
}
