/** The classification thresholds of the information sheet (docs/cham-diem.md, "Classification"): "Hoàn thành xuất
 * sắc: 95%; Hoàn thành tốt: 80%; Hoàn thành: 50%; Không hoàn thành", highest first. */
import type { ClassThreshold } from "../model";
import { textNumber } from "./textNumber";

export type ClassesReading = { readonly ok: true; readonly classes: readonly ClassThreshold[] } | { readonly ok: false; readonly bad: string };

export function readClasses(text: string): ClassesReading {
  const parts = text.split(/[;\n]+/).map((p) => p.trim()).filter((p) => p !== "");
  const classes: ClassThreshold[] = [];
  for (const p of parts) {
    const colon = p.lastIndexOf(":");
    if (colon < 0) {
      classes.push({ name: p, minPercent: null });
      continue;
    }
    const name = p.slice(0, colon).trim();
    const figure = p.slice(colon + 1).trim().replace(/%$/, "").replace(/^(?:từ|>=|≥)\s*/i, "");
    const min = textNumber(figure);
    if (name === "" || min === null) return { ok: false, bad: p };
    classes.push({ name, minPercent: min });
  }
  return parts.length === 0 ? { ok: false, bad: text } : { ok: true, classes };
}
