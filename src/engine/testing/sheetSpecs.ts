/** Test helpers: read a plan the way a user sees the written sheet. */
import { parseCellAddress } from "../a1";
import type { CellStyle, SpecValue, Rect, SheetSpec } from "../sheets/sheetSpec";

function at(address: string): { row: number; col: number } {
  const p = parseCellAddress(address);
  if (!p) throw new Error(`bad address ${address}`);
  return p;
}

export function valueAt(plan: SheetSpec, address: string): SpecValue {
  const { row, col } = at(address);
  return plan.values[row]?.[col] ?? null;
}

function inside(r: Rect, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** The style a cell ends up with after every entry is applied in order. */
export function styleAt(plan: SheetSpec, address: string): CellStyle {
  const { row, col } = at(address);
  return plan.styles.filter((s) => inside(s.range, row, col)).reduce<CellStyle>((acc, s) => ({ ...acc, ...s.style }), {});
}

/** Row of the first cell in column `col` (0-based) holding `text`. */
export function rowOf(plan: SheetSpec, text: SpecValue, col = 0): number {
  return plan.values.findIndex((r) => r[col] === text);
}

/** Problems a host would trip on: ragged rows, merges or styles outside the values, overlapping merges. */
export function specProblems(plan: SheetSpec): string[] {
  const problems: string[] = [];
  const width = plan.values[0]?.length ?? 0;
  const height = plan.values.length;
  plan.values.forEach((r, i) => {
    if (r.length !== width) problems.push(`row ${i} has ${r.length} cells, not ${width}`);
  });
  const within = (r: Rect): boolean => r.top >= 0 && r.left >= 0 && r.top <= r.bottom && r.left <= r.right && r.bottom < height && r.right < width;
  plan.merges.forEach((m, i) => {
    if (!within(m)) problems.push(`merge ${i} outside the used area`);
    plan.merges.slice(i + 1).forEach((o, j) => {
      const overlap = m.top <= o.bottom && o.top <= m.bottom && m.left <= o.right && o.left <= m.right;
      if (overlap) problems.push(`merges ${i} and ${i + 1 + j} overlap`);
    });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if ((r !== m.top || c !== m.left) && (plan.values[r]?.[c] ?? null) !== null) problems.push(`merge ${i} hides a value at ${r},${c}`);
  });
  plan.styles.forEach((s, i) => {
    if (!within(s.range)) problems.push(`style ${i} outside the used area`);
  });
  if (plan.columnWidths.length !== width) problems.push(`${plan.columnWidths.length} column widths for ${width} columns`);
  if (plan.name.length > 31 || /[[\]:*?/\\]/.test(plan.name)) problems.push(`bad sheet name ${plan.name}`);
  if (!/^[A-Za-z0-9_]+$/.test(plan.tag)) problems.push(`bad tag ${plan.tag}`);
  if (plan.table) {
    const t = plan.table.range;
    if (plan.merges.some((m) => m.top <= t.bottom && t.top <= m.bottom && m.left <= t.right && t.left <= m.right)) problems.push("a merge inside the table");
    const headers = (plan.values[t.top] ?? []).slice(t.left, t.right + 1);
    if (headers.some((h) => typeof h !== "string") || new Set(headers).size !== headers.length) problems.push("table headers not unique strings");
  }
  return problems;
}

/** A plain sheet spec for host and pane tests: values only, portrait, nothing else. */
export function plainSpec(kind: SheetSpec["kind"], tag: string, name: string, values: SheetSpec["values"]): SheetSpec {
  return {
    kind,
    tag,
    name,
    values,
    styles: [],
    merges: [],
    columnWidths: [],
    rowHeights: [],
    freeze: null,
    links: [],
    conditionalFormats: [],
    page: {
      orientation: "portrait",
      scale: { kind: "percent", percent: 100 },
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      centerHorizontally: false,
      printArea: null,
      printTitleRows: null,
      printTitleColumns: null,
      rowBreaks: [],
      columnBreaks: [],
    },
    table: null,
    chart: null,
  };
}
