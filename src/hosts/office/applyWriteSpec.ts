/**
 * Writes a WriteSpec in as few syncs as the payload allows (one for any normal
 * cluster). New sheets are built under temporary names first; only the last
 * commands of the last request delete the replaced tool sheets, rename the new
 * ones, restore their tab positions and set the ThiDua_<tag> names. A failure
 * while building therefore leaves the old output in place, and the caller
 * removes the half-built temporary sheets.
 */
import type { WriteSpec } from "../../engine/sheets/sheetSpec";
import type { OptionalSupport, WriteStep } from "./sheetSteps";
import { COMMAND_BYTES, sheetSteps } from "./sheetSteps";
import { officeErrorCode } from "./officeHostError";
import { packSteps } from "./packSteps";
import type { WorkbookLayout } from "./workbookLayout";
import { TAG_NAME_PREFIX } from "./workbookLayout";

export interface WriteProgress {
  /** Requests that completed; 0 means Excel applied nothing of this write. */
  syncedBatches: number;
}

/** Temporary sheet names that clash with no sheet in the workbook. */
export function temporaryNames(count: number, existing: readonly string[]): string[] {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const names: string[] = [];
  for (let k = 1; names.length < count; k++) {
    const name = `ThiDua~${k}`;
    if (!taken.has(name.toLowerCase())) names.push(name);
  }
  return names;
}

export async function applyWriteSpec(
  context: Excel.RequestContext,
  plan: WriteSpec,
  layout: WorkbookLayout,
  support: OptionalSupport,
  limitBytes: number,
  progress: WriteProgress,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const temps = temporaryNames(plan.sheets.length, layout.sheets);
  // A worksheet proxy from worksheets.add is valid only in the request that added it (office.js refuses
  // "worksheets.add()" as an object path later): each request looks the sheet up by its temporary name.
  let proxies: Excel.Worksheet[] = [];
  const sheetAt = (i: number) => (): Excel.Worksheet => (proxies[i] ??= worksheets.getItem(temps[i]!));

  const steps: WriteStep[] = [];
  plan.sheets.forEach((write, i) => {
    steps.push({ bytes: COMMAND_BYTES, apply: () => { proxies[i] = worksheets.add(temps[i]!); } });
    // Half the limit per block, so a block always fits in a request with small steps beside it.
    steps.push(...sheetSteps(sheetAt(i), write.spec, support, limitBytes / 2));
  });
  steps.push({ bytes: COMMAND_BYTES * (6 * plan.sheets.length + 2), apply: () => finish(context, plan, layout, plan.sheets.map((_, i) => sheetAt(i)())) });

  const batches = packSteps(steps, limitBytes);
  let resplit = false;
  for (let b = 0; b < batches.length; b++) {
    const batch = batches[b]!;
    for (const step of batch) step.apply();
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request; a second only when the payload must be split under 5 MB
      await context.sync();
    } catch (error) {
      proxies = [];
      // Excel refused this request whole: the estimate fell short. Split it in two by estimate, once.
      if (resplit || batch.length < 2 || officeErrorCode(error) !== "RequestPayloadSizeLimitExceeded") throw error;
      resplit = true;
      const estimate = batch.reduce((sum, step) => sum + step.bytes, 0);
      batches.splice(b, 1, ...packSteps(batch, Math.ceil(estimate / 2)));
      b -= 1;
      continue;
    }
    proxies = [];
    progress.syncedBatches += 1;
  }
}

function finish(context: Excel.RequestContext, plan: WriteSpec, layout: WorkbookLayout, added: readonly Excel.Worksheet[]): void {
  const { worksheets, names } = context.workbook;
  const existingTagNames = new Map(layout.tagNames.map((n) => [n.toLowerCase(), n]));
  // The old names first: names.add refuses a name that exists, and a deleted sheet would leave its name as #REF!.
  for (const write of plan.sheets) {
    const old = existingTagNames.get(`${TAG_NAME_PREFIX}${write.spec.tag}`.toLowerCase());
    if (old !== undefined) names.getItem(old).delete();
  }
  plan.sheets.forEach((write, i) => names.add(`${TAG_NAME_PREFIX}${write.spec.tag}`, added[i]!.getRange("A1")));
  const replaced = plan.sheets.filter((w) => w.replaces !== null && layout.sheets.includes(w.replaces));
  for (const write of replaced) worksheets.getItem(write.replaces!).delete();
  plan.sheets.forEach((write, i) => {
    added[i]!.name = write.name;
  });
  // A replacement takes its predecessor's tab; done in ascending order each lands where the old sheet was.
  plan.sheets
    .map((write, i) => ({ i, position: write.replaces === null ? -1 : layout.sheets.indexOf(write.replaces) }))
    .filter((p) => p.position >= 0)
    .sort((a, b) => a.position - b.position)
    .forEach((p) => {
      added[p.i]!.position = p.position;
    });
  if (plan.activate !== null) {
    const index = plan.sheets.findIndex((w) => w.name === plan.activate);
    (index >= 0 ? added[index]! : worksheets.getItem(plan.activate)).activate();
  }
}

/** The sheet names once `finish` has run: the replaced tool sheets gone, the planned ones added. */
export function sheetsAfterWrite(plan: WriteSpec, layout: WorkbookLayout): string[] {
  const replaced = new Set(plan.sheets.map((w) => w.replaces).filter((r): r is string => r !== null));
  return [...layout.sheets.filter((s) => !replaced.has(s)), ...plan.sheets.map((w) => w.name)];
}

/**
 * Removes what a failed write may have left: sheets still under a temporary
 * name, and sheets with a planned name that did not exist before the write.
 */
export async function removeLeftovers(context: Excel.RequestContext, plan: WriteSpec, layout: WorkbookLayout): Promise<void> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const before = new Set(layout.sheets);
  const temps = new Set(temporaryNames(plan.sheets.length, layout.sheets));
  const planned = new Set(plan.sheets.map((w) => w.name));
  const leftovers = sheets.items.filter((s) => temps.has(s.name) || (planned.has(s.name) && !before.has(s.name)));
  if (leftovers.length === 0) return;
  for (const s of leftovers) s.delete();
  await context.sync();
}
