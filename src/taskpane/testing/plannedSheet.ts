/** A written SheetPlan seen again as a snapshot, so a fake host can be read back after a write. */
import type { SheetPlan } from "../../engine/sheetPlan";
import type { SheetSnapshot } from "../../engine/snapshot";

export function plannedSheet(name: string, plan: SheetPlan): SheetSnapshot {
  const formats = plan.values.map((row) => row.map(() => "General"));
  for (const { range, style } of plan.styles) {
    if (style.numberFormat === undefined) continue;
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const row = formats[r];
        if (row && c < row.length) row[c] = style.numberFormat;
      }
    }
  }
  return { name, top: 0, left: 0, values: plan.values, formats, tag: plan.tag };
}
