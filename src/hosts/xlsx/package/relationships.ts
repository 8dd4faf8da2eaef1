/** Package relationships (.rels parts), with targets resolved to part names. */
import { localName } from "../xml/xmlText";
import type { XlsxPackage } from "./XlsxPackage";

export interface Relationship {
  readonly id: string;
  /** The type URI's last segment ("worksheet", "styles", "officeDocument"), so Strict and Transitional agree. */
  readonly type: string;
  /** Resolved part name without a leading slash, or null for an external target. */
  readonly part: string | null;
  readonly target: string;
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPartOf(source: string): string {
  const slash = source.lastIndexOf("/");
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

export function readRelationships(pkg: XlsxPackage, source: string): Relationship[] {
  const rels: Relationship[] = [];
  const folder = source.slice(0, source.lastIndexOf("/") + 1);
  pkg.parse(relsPartOf(source), {
    open(name, a) {
      if (localName(name) !== "Relationship" || a.Id === undefined || a.Target === undefined) return;
      const type = (a.Type ?? "").slice((a.Type ?? "").lastIndexOf("/") + 1);
      const external = a.TargetMode === "External";
      rels.push({ id: a.Id, type, target: a.Target, part: external ? null : resolveTarget(folder, a.Target) });
    },
  });
  return rels;
}

/** Relative to the source's folder, or absolute from the package root ("/xl/worksheets/sheet1.xml", openpyxl). */
export function resolveTarget(folder: string, target: string): string {
  const path = decodeURIComponentSafe(target.split("#")[0]!);
  const segments = (path.startsWith("/") ? path.slice(1) : folder + path).split("/");
  const out: string[] = [];
  for (const s of segments) {
    if (s === "..") out.pop();
    else if (s !== "." && s !== "") out.push(s);
  }
  return out.join("/");
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
