/**
 * Writes a WriteSpec in as few syncs as the payload allows (one for any normal
 * cluster). New sheets are built under temporary names (ThiDua~n), very hidden;
 * the last commands of the last request swap them in (`finish`): show them,
 * rename the replaced tool sheets aside, move the ThiDua_<tag> names, rename
 * the new sheets, set their tabs, activate and select, and only then delete the
 * old sheets. A failure anywhere before that last delete leaves the old output
 * in the workbook, and `restoreAfterFailure` puts it back under its name.
 * Temporary sheets stranded by an earlier failure are deleted first.
 */
import type { WriteSpec } from "../../engine/sheets/sheetSpec";
import type { WriteOptions } from "../host";
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

/** The names the tool gives its sheets while it builds them (and old ones on their way out). */
export const TEMPORARY_SHEET = /^ThiDua~\d+$/;

/** Temporary sheet names that clash with no sheet in the workbook: one per new sheet, then one per replaced sheet. */
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
  options: WriteOptions = {},
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const stranded = layout.sheets.filter((name) => TEMPORARY_SHEET.test(name));
  const names = temporaryNames(2 * plan.sheets.length, layout.sheets);
  const temps = names.slice(0, plan.sheets.length);
  const asides = names.slice(plan.sheets.length);
  // A worksheet proxy from worksheets.add is valid only in the request that added it (office.js refuses
  // "worksheets.add()" as an object path later): each request looks the sheet up by its temporary name.
  let proxies: Excel.Worksheet[] = [];
  const sheetAt = (i: number) => (): Excel.Worksheet => (proxies[i] ??= worksheets.getItem(temps[i]!));

  const steps: WriteStep[] = [];
  if (stranded.length > 0) {
    steps.push({ bytes: COMMAND_BYTES * stranded.length, apply: () => stranded.forEach((name) => worksheets.getItem(name).delete()) });
  }
  plan.sheets.forEach((write, i) => {
    steps.push({
      bytes: 2 * COMMAND_BYTES,
      apply: () => {
        const sheet = worksheets.add(temps[i]!);
        // Out of the user's sight (and reach) until the swap.
        sheet.visibility = "VeryHidden" as Excel.SheetVisibility;
        proxies[i] = sheet;
      },
    });
    // Half the limit per block, so a block always fits in a request with small steps beside it.
    steps.push(...sheetSteps(sheetAt(i), write.spec, support, limitBytes / 2));
  });
  steps.push({
    bytes: COMMAND_BYTES * (8 * plan.sheets.length + 4),
    apply: () => finish(context, plan, layout, plan.sheets.map((_, i) => sheetAt(i)()), asides, options),
  });

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

function finish(
  context: Excel.RequestContext,
  plan: WriteSpec,
  layout: WorkbookLayout,
  added: readonly Excel.Worksheet[],
  asides: readonly string[],
  options: WriteOptions,
): void {
  const { worksheets, names } = context.workbook;
  for (const sheet of added) sheet.visibility = "Visible" as Excel.SheetVisibility;
  // The old sheets step aside under temporary names; they are deleted only once everything else is done.
  const old = plan.sheets.map((write, i) => {
    if (write.replaces === null || !layout.sheets.includes(write.replaces)) return null;
    const sheet = worksheets.getItem(write.replaces);
    sheet.name = asides[i]!;
    return sheet;
  });
  // names.add refuses a name that exists, so the old names go first (they point at the old sheets).
  const existingTagNames = new Map(layout.tagNames.map((n) => [n.toLowerCase(), n]));
  for (const write of plan.sheets) {
    const existing = existingTagNames.get(`${TAG_NAME_PREFIX}${write.spec.tag}`.toLowerCase());
    if (existing !== undefined) names.getItem(existing).delete();
  }
  plan.sheets.forEach((write, i) => names.add(`${TAG_NAME_PREFIX}${write.spec.tag}`, added[i]!.getRange("A1")));
  plan.sheets.forEach((write, i) => {
    added[i]!.name = write.name;
  });
  // A replacement takes its predecessor's tab. The old sheets are still there, so each one placed before
  // (in ascending order) shifts the rest by one; placed at the old sheet's index, it lands just before it.
  plan.sheets
    .map((write, i) => ({ i, position: write.replaces === null ? -1 : layout.sheets.indexOf(write.replaces) }))
    .filter((p) => p.position >= 0)
    .sort((a, b) => a.position - b.position)
    .forEach((p, placed) => {
      added[p.i]!.position = p.position + placed;
    });
  const target = options.select?.sheet ?? plan.activate;
  if (target !== null) {
    const index = plan.sheets.findIndex((w) => w.name === target);
    const sheet = index >= 0 ? added[index]! : worksheets.getItem(target);
    sheet.activate();
    const cell = options.select?.cell ?? null;
    if (cell !== null) sheet.getRange(cell).select();
  }
  for (const sheet of old) sheet?.delete();
}

/** The sheet names once `finish` has run: the replaced tool sheets and stranded temporary ones gone, the planned ones added. */
export function sheetsAfterWrite(plan: WriteSpec, layout: WorkbookLayout): string[] {
  const replaced = new Set(plan.sheets.map((w) => w.replaces).filter((r): r is string => r !== null));
  return [...layout.sheets.filter((s) => !replaced.has(s) && !TEMPORARY_SHEET.test(s)), ...plan.sheets.map((w) => w.name)];
}

/**
 * Undoes what a failed write may have left: the old output back under its name
 * (and its ThiDua_<tag> name on it), the new sheets gone, whether they still
 * have their temporary names or already their final ones.
 */
export async function restoreAfterFailure(context: Excel.RequestContext, plan: WriteSpec, layout: WorkbookLayout): Promise<void> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tagNames = context.workbook.names.load("items/name");
  await context.sync();
  const present = new Set(sheets.items.map((s) => s.name));
  const before = new Set(layout.sheets);
  const names = temporaryNames(2 * plan.sheets.length, layout.sheets);
  const temps = new Set(names.slice(0, plan.sheets.length));
  const asides = names.slice(plan.sheets.length);
  const { worksheets } = context.workbook;
  let changed = false;
  for (const s of sheets.items) {
    if (temps.has(s.name)) {
      s.delete();
      changed = true;
    }
  }
  const presentTags = new Set(tagNames.items.map((n) => n.name.toLowerCase()));
  plan.sheets.forEach((write, i) => {
    const aside = asides[i]!;
    if (write.replaces !== null && present.has(aside)) {
      // The old sheet was set aside: whatever now holds its name is the new one.
      if (present.has(write.replaces)) worksheets.getItem(write.replaces).delete();
      const restored = worksheets.getItem(aside);
      restored.name = write.replaces;
      const tag = `${TAG_NAME_PREFIX}${write.spec.tag}`;
      if (presentTags.has(tag.toLowerCase())) context.workbook.names.getItem(tag).delete();
      if (layout.tagNames.some((n) => n.toLowerCase() === tag.toLowerCase())) context.workbook.names.add(tag, restored.getRange("A1"));
      changed = true;
      return;
    }
    if (present.has(write.name) && !before.has(write.name)) {
      worksheets.getItem(write.name).delete();
      changed = true;
    }
    // A name this write added points at a sheet just deleted.
    const tag = `${TAG_NAME_PREFIX}${write.spec.tag}`.toLowerCase();
    if (presentTags.has(tag) && !layout.tagNames.some((n) => n.toLowerCase() === tag)) {
      context.workbook.names.getItem(tag).delete();
      changed = true;
    }
  });
  if (changed) await context.sync();
}
