/** Edits of the package's index parts: [Content_Types].xml, the workbook's rels, docProps/app.xml. */
import { findAll, findElement, attributeOf, splice, withAttribute } from "../xml/xmlElement";
import { escapeXml } from "../xml/xmlText";

export const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
export const STYLES_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
export const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const STYLES_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** Overrides added for new parts, removed for parts that are gone. Part names without a leading slash. */
export function editContentTypes(xml: string, add: ReadonlyMap<string, string>, remove: ReadonlySet<string>): string {
  const root = findElement(xml, "Types");
  if (root === null) return xml;
  let out = xml;
  const lowerRemove = new Set([...remove].map((n) => "/" + n.toLowerCase()));
  const present = new Set<string>();
  for (const o of findAll(out, "Override").reverse()) {
    const part = (attributeOf(o.openTag, "PartName") ?? "").toLowerCase();
    if (lowerRemove.has(part)) out = splice(out, o.start, o.end, "");
    else present.add(part);
  }
  const added = [...add]
    .filter(([name]) => !present.has("/" + name.toLowerCase()))
    .map(([name, type]) => `<${root.prefix}Override PartName="/${escapeXml(name)}" ContentType="${type}"/>`)
    .join("");
  const close = findElement(out, "Types")!;
  return splice(out, close.closeStart, close.closeStart, added);
}

export interface NewRelationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

export function editRelationships(xml: string | null, add: readonly NewRelationship[], removeIds: ReadonlySet<string>): string {
  let out = xml ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  for (const r of findAll(out, "Relationship").reverse()) {
    if (removeIds.has(attributeOf(r.openTag, "Id") ?? "")) out = splice(out, r.start, r.end, "");
  }
  const root = findElement(out, "Relationships")!;
  const items = add.map((r) => `<${root.prefix}Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join("");
  if (root.selfClosing) return splice(out, root.start, root.end, `${root.openTag.replace(/\s*\/>$/, ">")}${items}</${root.prefix}Relationships>`);
  return splice(out, root.closeStart, root.closeStart, items);
}

/**
 * docProps/app.xml lists the sheet names (TitlesOfParts, counted in HeadingPairs). When its list is
 * the workbook's old sheet list, it is brought up to date; when it is something else, the two
 * optional elements are dropped (Excel writes them again on save) rather than left wrong.
 */
export function editAppXml(xml: string, oldSheets: readonly string[], newSheets: readonly string[]): string {
  const titles = findElement(xml, "TitlesOfParts");
  const pairs = findElement(xml, "HeadingPairs");
  if (titles === null || pairs === null) return xml;
  const titleVector = findElement(xml, "vector", titles.openEnd);
  const pairVector = findElement(xml, "vector", pairs.openEnd);
  if (titleVector === null || pairVector === null || titleVector.start > titles.end || pairVector.start > pairs.end) return dropLists(xml);
  const lpstrs = findAll(xml, "lpstr", titleVector.openEnd, titleVector.closeStart);
  const names = lpstrs.map((s) => unescape(xml.slice(s.openEnd, s.closeStart)));
  const variants = findAll(xml, "variant", pairVector.openEnd, pairVector.closeStart);
  // Pairs: (heading text, count). Find the heading whose block of titles is exactly the old sheets.
  let offset = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const countEl = findElement(xml, "i4", variants[i + 1]!.openEnd);
    const count = countEl ? Number(xml.slice(countEl.openEnd, countEl.closeStart)) : NaN;
    if (!Number.isFinite(count)) return dropLists(xml);
    const block = names.slice(offset, offset + count);
    if (count === oldSheets.length && block.every((n, k) => n === oldSheets[k])) {
      const prefix = lpstrs[0]?.prefix ?? titleVector.prefix;
      const newTitles = [...names.slice(0, offset), ...newSheets, ...names.slice(offset + count)];
      const body = newTitles.map((n) => `<${prefix}lpstr>${escapeXml(n)}</${prefix}lpstr>`).join("");
      const edits: [number, number, string][] = [
        [titleVector.openEnd, titleVector.closeStart, body],
        [titleVector.start, titleVector.openEnd, withAttribute(titleVector.openTag, "size", String(newTitles.length))],
        [countEl!.openEnd, countEl!.closeStart, String(newSheets.length)],
      ];
      // Later offsets first, so that earlier ones stay valid.
      let out = xml;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = splice(out, start, end, text);
      return out;
    }
    offset += count;
  }
  return dropLists(xml);
}

function dropLists(xml: string): string {
  let out = xml;
  for (const name of ["TitlesOfParts", "HeadingPairs"]) {
    const span = findElement(out, name);
    if (span) out = splice(out, span.start, span.end, "");
  }
  return out;
}

function unescape(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!);
}
