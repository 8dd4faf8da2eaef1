/** What the tests do with the pane, in the words a user sees: tabs, buttons and texts by their labels. */
import { strict as assert } from "assert";
import { join } from "path";
import type { Page } from "playwright-core";
import type { ClusterResult } from "../../src/engine/score/result";

export type StepLabel = "Kiểm tra" | "Tổng hợp" | "Xếp hạng" | "Biên bản";

export async function goToStep(page: Page, step: StepLabel): Promise<void> {
  await page.getByRole("tab", { name: step }).click();
  await page.getByRole("region", { name: step }).waitFor();
}

/** Waits until no button shows its busy spinner. */
export async function waitUntilIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
}

/**
 * What does not fit the pane, described for a human: elements that stick out to the right (the pane
 * would scroll sideways) and text squeezed into a sliver (a word broken letter by letter). Runs in the page.
 */
function layoutProblems(): string[] {
  // no named inner functions: tsx would wrap them in a helper that does not exist in the page
  const problems: string[] = [];
  const width = document.documentElement.clientWidth;
  for (const e of Array.from(document.body.querySelectorAll("*"))) {
    const box = e.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const name = `<${e.tagName.toLowerCase()}> “${e.getAttribute("aria-label") ?? (e.textContent ?? "").trim().slice(0, 40)}”`;
    const outer = e.parentElement?.getBoundingClientRect();
    // report only where the overflow starts, not every ancestor around it
    if (box.right > width + 1 && !(outer && outer.right > width + 1)) {
      problems.push(`${name} reaches ${Math.round(box.right)} px, the pane is ${width} px wide`);
    }
    const ownText = Array.from(e.childNodes)
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? "")
      .join("")
      .trim();
    if (ownText.length >= 4 && box.width < 24) problems.push(`${name} is squeezed to ${Math.round(box.width)} px`);
  }
  return problems;
}

/** Saves a full-page screenshot for a human to look at, and fails when the step does not fit the pane. */
export async function screenshot(page: Page, folder: string, name: string): Promise<void> {
  await waitUntilIdle(page);
  // transitions fast-forwarded: a button just re-enabled must not be caught half-faded
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true, animations: "disabled" });
  const width = page.viewportSize()?.width;
  assert.deepEqual(await page.evaluate(layoutProblems), [], `${name}: the step does not fit a ${width} px pane`);
}

/** The text next to a term of the summary list ("Số đơn vị" → "5"), or null while it is not shown. Runs in the page. */
function summaryText(term: string): string | null {
  const terms = Array.from(document.querySelectorAll('[aria-label="Tóm tắt sổ"] dt'));
  const dt = terms.find((t) => t.textContent?.trim() === term);
  return dt?.nextElementSibling?.textContent?.trim() ?? null;
}

/** Waits until the summary shows `value` next to `term`; on timeout fails with what it shows. */
export async function waitForSummary(page: Page, term: string, value: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let shown = await page.evaluate(summaryText, term);
  while (shown !== value && Date.now() < deadline) {
    await page.waitForTimeout(200);
    shown = await page.evaluate(summaryText, term);
  }
  assert.equal(shown, value, `the summary's “${term}”`);
}

/** "3 lỗi / 2 cảnh báo", as the summary writes the engine's findings. */
export function findingCounts(result: ClusterResult): string {
  const errors = result.findings.filter((f) => f.severity === "error").length;
  return `${errors} lỗi / ${result.findings.length - errors} cảnh báo`;
}

/** Clicks a button and waits for the success bar that lists what was written, announced in a status region. */
export async function writeAndConfirm(page: Page, button: string, sheet: string): Promise<void> {
  await page.getByRole("button", { name: button }).click();
  await page.getByRole("status").filter({ hasText: `“${sheet}”` }).waitFor();
  await waitUntilIdle(page);
}

/**
 * The ranking sheet's first data row (the row under the header whose first cell is "Hạng"): its rank,
 * member name and award text.
 */
export function firstRankingRow(values: readonly (readonly unknown[])[]): { rank: unknown; name: unknown; award: unknown } {
  const header = values.findIndex((row) => row[0] === "Hạng");
  assert.ok(header >= 0, "the ranking sheet has no header row starting with “Hạng”");
  const headerRow = values[header] ?? [];
  const row = values[header + 1] ?? [];
  return { rank: row[0], name: row[1], award: row[headerRow.indexOf("Đề nghị khen thưởng")] };
}
