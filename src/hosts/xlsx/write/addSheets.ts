/**
 * The additive writer: the input package with the tool's sheets added or replaced. Every other part
 * is carried over untouched; only the index parts change (docs/tep-xlsx.md, what is preserved).
 */
import type { SheetWrite } from "../../../engine/sheets/sheetSpec";
import { readRelationships, relsPartOf } from "../package/relationships";
import type { XlsxPackage } from "../package/XlsxPackage";
import type { DefinedNameEntry, SheetEntry, WorkbookIndex } from "../read/workbookIndex";
import { readTags, sheetOfRange, tagName } from "../tags";
import { attributeOf, findAll, findElement, splice, withAttribute } from "../xml/xmlElement";
import { escapeXml } from "../xml/xmlText";
import { editAppXml, editContentTypes, editRelationships, STYLES_CONTENT, STYLES_TYPE, WORKSHEET_CONTENT, WORKSHEET_TYPE, type NewRelationship } from "./packageIndex";
import { sheetXml } from "./sheetXml";
import { StyleAppender } from "./styleAppender";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface AddResult {
  readonly pkg: XlsxPackage;
  /** Parts the tool wrote, by sheet name (their XML can be re-selected later). */
  readonly written: ReadonlyMap<string, string>;
}

interface Placed {
  readonly write: SheetWrite;
  /** Index in the sheet list after writing. */
  readonly position: number;
  readonly sheetId: number;
  readonly rId: string;
  readonly part: string;
  readonly replaced: SheetEntry | null;
}

/** `tabSelected`: whether a part's first view is tab-selected, when the caller knows it already (from reading). */
export function addSheets(
  pkg: XlsxPackage,
  index: WorkbookIndex,
  writes: readonly SheetWrite[],
  activate: string | null,
  tabSelected: (part: string) => boolean = (part) => isTabSelected(pkg, part),
): AddResult {
  const folder = index.workbookPart.slice(0, index.workbookPart.lastIndexOf("/") + 1);
  const freshId = idMaker(index);
  const placed = place(pkg, index, writes, folder, freshId);
  const replaced = placed.flatMap((p) => (p.replaced ? [p.replaced] : []));
  const finalSheets = index.sheets.map((s) => placed.find((p) => p.replaced === s)?.write.name ?? s.name);
  for (const p of placed) if (p.replaced === null) finalSheets.push(p.write.name);
  const selectable = activate !== null && canActivate(index, replaced, activate, tabSelected);
  const activeIndex = selectable ? finalSheets.indexOf(activate) : -1;

  const changes = new Map<string, string | Uint8Array | null>();
  const removed = removedParts(pkg, replaced, new Set(placed.map((p) => p.part)));
  for (const part of removed) changes.set(part, null);

  const stylesXml = index.stylesPart === null ? null : pkg.text(index.stylesPart);
  const styles = new StyleAppender(stylesXml);
  const names: DefinedNameEntry[] = [];
  const written = new Map<string, string>();
  let hasFormulas = false;
  for (const p of placed) {
    const built = sheetXml(p.write.spec, p.write.name, styles, p.position === activeIndex);
    hasFormulas ||= built.hasFormulas;
    changes.set(p.part, built.xml);
    written.set(p.write.name, p.part);
    // A replaced part keeps its name; its old relationships (a chart, a table) went with it.
    changes.set(relsPartOf(p.part), null);
    names.push(tagName(p.write.name, p.write.spec.tag));
    for (const n of built.names) names.push({ name: n.name, localSheetId: p.position, formula: n.formula });
  }

  const newRels: NewRelationship[] = placed
    .filter((p) => p.replaced === null)
    .map((p) => ({ id: p.rId, type: WORKSHEET_TYPE, target: p.part.slice(folder.length) }));
  const overrides = new Map(placed.map((p) => [p.part, WORKSHEET_CONTENT]));
  const newStyles = styles.result();
  let stylesPart = index.stylesPart;
  if (newStyles !== null) {
    if (stylesPart === null) {
      stylesPart = `${folder}styles.xml`;
      newRels.push({ id: freshId(), type: STYLES_TYPE, target: "styles.xml" });
      overrides.set(stylesPart, STYLES_CONTENT);
    }
    changes.set(stylesPart, newStyles);
  }

  const calcChain = index.rels.find((r) => r.type === "calcChain" && r.part !== null);
  const chainPart = calcChain ? pkg.find(calcChain.part!) : null;
  const dropRels = new Set<string>();
  if (chainPart !== null && replaced.length > 0) {
    const chain = withoutSheets(pkg.text(chainPart)!, new Set(replaced.map((s) => s.sheetId)));
    // An empty chain is not allowed: the part goes (Excel builds a new one).
    if (chain === "") {
      changes.set(chainPart, null);
      removed.add(chainPart);
      dropRels.add(calcChain!.id);
    } else if (chain !== null) changes.set(chainPart, chain);
  }
  const wbXml = workbookXml(pkg.text(index.workbookPart)!, index, placed, names, activeIndex);
  changes.set(index.workbookPart, hasFormulas ? withFullCalcOnLoad(wbXml) : wbXml);
  const relsPart = relsPartOf(index.workbookPart);
  changes.set(relsPart, editRelationships(pkg.text(relsPart), newRels, dropRels));
  const types = pkg.text("[Content_Types].xml");
  if (types !== null) changes.set("[Content_Types].xml", editContentTypes(types, overrides, new Set([...removed].filter((r) => !overrides.has(r)))));
  const app = pkg.find("docProps/app.xml");
  if (app !== null) changes.set(app, editAppXml(pkg.text(app)!, index.sheets.map((s) => s.name), finalSheets));
  return { pkg: pkg.with(changes), written };
}

/**
 * The calculation chain without the cells of replaced sheets (the tool's sheets hold no formulas, so a
 * chain entry left pointing into one would make Excel repair the file). `i` (the sheet id) carries over
 * from the entry before when omitted. Null when nothing changes; "" when no entry is left.
 */
function withoutSheets(xml: string, sheetIds: ReadonlySet<number>): string | null {
  let current = 0;
  let changed = false;
  let left = 0;
  const out = xml.replace(/<(?:[\w.-]+:)?c\b[^>]*?\/>/g, (cell) => {
    const i = attributeOf(cell, "i");
    if (i !== null) current = Number(i);
    if (!sheetIds.has(current)) {
      left++;
      return cell;
    }
    changed = true;
    return "";
  });
  if (!changed) return null;
  return left === 0 ? "" : out;
}

function place(pkg: XlsxPackage, index: WorkbookIndex, writes: readonly SheetWrite[], folder: string, freshId: () => string): Placed[] {
  const tags = readTags(index.definedNames);
  let nextSheetId = index.sheets.reduce((m, s) => Math.max(m, s.sheetId), 0) + 1;
  let position = index.sheets.length;
  let part = 1;
  const taken = new Set(pkg.names().map((n) => n.toLowerCase()));
  const placed: Placed[] = [];
  writes.forEach((write) => {
    // Only the tool's own (tagged) sheet is ever replaced; a user's sheet of that name never is.
    const old = write.replaces === null ? undefined : index.sheets.find((s) => s.name === write.replaces && tags.has(s.name) && s.type === "worksheet" && s.part !== null);
    if (old) {
      placed.push({ write, position: index.sheets.indexOf(old), sheetId: old.sheetId, rId: old.rId, part: old.part!, replaced: old });
      return;
    }
    while (taken.has(`${folder}worksheets/sheet${part}.xml`.toLowerCase())) part++;
    const name = `${folder}worksheets/sheet${part}.xml`;
    taken.add(name.toLowerCase());
    placed.push({ write, position: position++, sheetId: nextSheetId++, rId: freshId(), part: name, replaced: null });
  });
  return placed;
}

/** "rIdThiDua1"…: ids that cannot collide with the workbook's own "rId1"…, nor with each other. */
function idMaker(index: WorkbookIndex): () => string {
  const ids = new Set(index.rels.map((r) => r.id));
  let k = 1;
  return () => {
    while (ids.has(`rIdThiDua${k}`)) k++;
    ids.add(`rIdThiDua${k}`);
    return `rIdThiDua${k}`;
  };
}

/** The replaced sheets' relationship targets (drawings, charts, tables…) no other part refers to. */
function removedParts(pkg: XlsxPackage, replaced: readonly SheetEntry[], kept: ReadonlySet<string>): Set<string> {
  const removed = new Set<string>();
  if (replaced.length === 0) return removed;
  const candidates: string[] = [];
  const visit = (source: string): void => {
    for (const rel of readRelationships(pkg, source)) {
      const target = rel.part === null ? null : pkg.find(rel.part);
      if (target === null || removed.has(target) || kept.has(target) || candidates.includes(target)) continue;
      candidates.push(target);
      visit(target);
    }
  };
  for (const s of replaced) visit(s.part!);
  if (candidates.length === 0) return removed;
  // Anything another part still points at stays (a shared image, a pivot cache).
  const referenced = new Set<string>();
  const doomedSources = new Set([...replaced.map((s) => s.part!), ...candidates]);
  for (const name of pkg.names()) {
    if (!name.endsWith(".rels")) continue;
    const source = name.replace(/_rels\/([^/]*)\.rels$/, "$1");
    if (doomedSources.has(source)) continue;
    for (const rel of readRelationships(pkg, source)) if (rel.part !== null) referenced.add(pkg.find(rel.part) ?? rel.part);
  }
  for (const c of candidates) {
    if (referenced.has(c)) continue;
    removed.add(c);
    if (pkg.find(relsPartOf(c)) !== null) removed.add(pkg.find(relsPartOf(c))!);
  }
  return removed;
}

/** The sheet can be made active without selecting two tabs at once: no user sheet other than it is tab-selected. */
function canActivate(index: WorkbookIndex, replaced: readonly SheetEntry[], sheet: string, tabSelected: (part: string) => boolean): boolean {
  return index.sheets.every((s) => s.name === sheet || replaced.includes(s) || s.part === null || !tabSelected(s.part));
}

/** Whether a sheet's first view is tab-selected: read from the part's first bytes only (the view comes before the cells). */
export function isTabSelected(pkg: XlsxPackage, part: string): boolean {
  const head = pkg.head(part, 4096);
  const view = /<(?:[\w.-]+:)?sheetView\b[^>]*>/.exec(head)?.[0];
  return view !== undefined && /\stabSelected\s*=\s*["'](1|true)["']/.test(view);
}



/** Excel and LibreOffice recompute the tool's formulas on opening, whatever cached result the file holds. */
function withFullCalcOnLoad(xml: string): string {
  const calc = findElement(xml, "calcPr");
  if (calc !== null) return splice(xml, calc.start, calc.openEnd, withAttribute(calc.openTag, "fullCalcOnLoad", "1"));
  // Schema order: calcPr follows definedNames (always written above), sheets and externalReferences.
  const after = ["sheets", "functionGroups", "externalReferences", "definedNames"].map((n) => findElement(xml, n)).reduce((at, s) => (s ? Math.max(at, s.end) : at), 0);
  const p = findElement(xml, "sheets")?.prefix ?? "";
  return splice(xml, after, after, `<${p}calcPr fullCalcOnLoad="1"/>`);
}

function workbookXml(xml: string, index: WorkbookIndex, placed: readonly Placed[], names: readonly DefinedNameEntry[], activeIndex: number): string {
  let out = xml;
  const sheetsSpan = findElement(out, "sheets");
  if (sheetsSpan === null) throw new Error("workbook.xml has no <sheets>");
  const p = sheetsSpan.prefix;
  const relPrefix = /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(out)?.[1] ?? null;
  const sheetTag = (pl: Placed): string =>
    `<${p}sheet name="${escapeXml(pl.write.name)}" sheetId="${pl.sheetId}" ${relPrefix ?? "r"}:id="${pl.rId}"${relPrefix === null ? ` xmlns:r="${REL_NS}"` : ""}/>`;
  const existing = findAll(out, "sheet", sheetsSpan.openEnd, sheetsSpan.closeStart);
  const items = existing.map((span, i) => {
    const pl = placed.find((x) => x.replaced === index.sheets[i]);
    return pl ? sheetTag(pl) : out.slice(span.start, span.end);
  });
  for (const pl of placed) if (pl.replaced === null) items.push(sheetTag(pl));
  const sheetsOpen = sheetsSpan.selfClosing ? sheetsSpan.openTag.replace(/\s*\/>$/, ">") : sheetsSpan.openTag;
  out = splice(out, sheetsSpan.start, sheetsSpan.end, `${sheetsOpen}${items.join("")}</${p}sheets>`);

  const replacedNames = new Set(placed.flatMap((pl) => (pl.replaced ? [pl.replaced.name] : [])));
  const replacedPositions = new Set(placed.flatMap((pl) => (pl.replaced ? [pl.position] : [])));
  const namesSpan = findElement(out, "definedNames");
  const kept: string[] = [];
  if (namesSpan !== null && !namesSpan.selfClosing) {
    const spans = findAll(out, "definedName", namesSpan.openEnd, namesSpan.closeStart);
    spans.forEach((span, i) => {
      const entry = index.definedNames[i];
      const local = attributeOf(span.openTag, "localSheetId");
      const sheet = entry ? sheetOfRange(entry.formula.split(",")[0]!.trim()) : null;
      const dropped = (local !== null && replacedPositions.has(Number(local))) || (sheet !== null && replacedNames.has(sheet));
      if (!dropped) kept.push(out.slice(span.start, span.end));
    });
  }
  const np = namesSpan?.prefix ?? p;
  const added = names.map((n) => `<${np}definedName name="${n.name}"${n.localSheetId === null ? "" : ` localSheetId="${n.localSheetId}"`}>${escapeXml(n.formula)}</${np}definedName>`);
  const body = `<${np}definedNames>${[...kept, ...added].join("")}</${np}definedNames>`;
  if (namesSpan !== null) out = splice(out, namesSpan.start, namesSpan.end, body);
  else {
    const after = ["sheets", "functionGroups", "externalReferences"].map((n) => findElement(out, n)).reduce((at, s) => (s ? Math.max(at, s.end) : at), 0);
    out = splice(out, after, after, body);
  }

  if (activeIndex >= 0) {
    const views = findElement(out, "bookViews");
    const view = views && !views.selfClosing ? findElement(out, "workbookView", views.openEnd) : null;
    if (view !== null) {
      let tag = withAttribute(view.openTag, "activeTab", String(activeIndex));
      const first = attributeOf(tag, "firstSheet");
      if (first !== null && Number(first) > activeIndex) tag = withAttribute(tag, "firstSheet", String(activeIndex));
      out = splice(out, view.start, view.openEnd, tag);
    } else if (views === null) {
      const at = findElement(out, "sheets")!.start;
      out = splice(out, at, at, `<${p}bookViews><${p}workbookView activeTab="${activeIndex}"/></${p}bookViews>`);
    }
  }
  return out;
}
