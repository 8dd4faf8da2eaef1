/**
 * Finds one element in an index part's text, so the writer can change that element and leave every
 * other byte of the part as it was. Works with any namespace prefix ("x:sheets").
 */

export interface ElementSpan {
  /** Offset of "<". */
  readonly start: number;
  /** Offset just after the start tag's ">". */
  readonly openEnd: number;
  /** Offset of the end tag "</…>" (= openEnd when self-closing). */
  readonly closeStart: number;
  /** Offset just after the element. */
  readonly end: number;
  /** "x:" or "". */
  readonly prefix: string;
  readonly selfClosing: boolean;
  /** The start tag's text. */
  readonly openTag: string;
}

export function findElement(xml: string, local: string, from = 0): ElementSpan | null {
  const open = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?)${local}(?=[\\s/>])[^>]*>`, "g");
  open.lastIndex = from;
  const m = open.exec(xml);
  if (!m) return null;
  const prefix = m[1] ?? "";
  const start = m.index;
  const openEnd = start + m[0].length;
  if (m[0].endsWith("/>")) return { start, openEnd, closeStart: openEnd, end: openEnd, prefix, selfClosing: true, openTag: m[0] };
  const closeTag = `</${prefix}${local}>`;
  const closeStart = xml.indexOf(closeTag, openEnd);
  if (closeStart < 0) return null;
  return { start, openEnd, closeStart, end: closeStart + closeTag.length, prefix, selfClosing: false, openTag: m[0] };
}

/** Every element with that local name, in order (not nested ones of the same name). */
export function findAll(xml: string, local: string, from = 0, to = xml.length): ElementSpan[] {
  const spans: ElementSpan[] = [];
  let at = from;
  for (;;) {
    const span = findElement(xml, local, at);
    if (span === null || span.start >= to) return spans;
    spans.push(span);
    at = span.end;
  }
}

/** An attribute of a start tag, decoded of the five XML entities, or null. */
export function attributeOf(openTag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(openTag);
  if (!m) return null;
  return (m[2] ?? m[3] ?? "").replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!);
}

/** The start tag with the attribute set (added before the end of the tag when missing). */
export function withAttribute(openTag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(openTag)) return openTag.replace(re, `$1"${value}"`);
  const close = openTag.endsWith("/>") ? openTag.length - 2 : openTag.length - 1;
  return `${openTag.slice(0, close).replace(/\s+$/, "")} ${name}="${value}"${openTag.slice(close)}`;
}

export function splice(xml: string, start: number, end: number, text: string): string {
  return xml.slice(0, start) + text + xml.slice(end);
}
