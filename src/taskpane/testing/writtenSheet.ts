import type { SheetSnapshot, SheetSpec } from "../../engine";

export function writtenSheet(name: string, plan: SheetSpec): SheetSnapshot {
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
