/**
 * A fast reader for the plain XML that spreadsheet programs write: elements, attributes, text, the five
 * predefined entities and character references, an XML declaration first. It gives the same events as
 * saxes (parsePart's other road) for such text, at a fraction of the cost: a 300-member workbook has
 * 7 MB of sheet XML. Text that uses anything else (comments, CDATA, a DOCTYPE, processing instructions,
 * carriage returns, characters XML forbids) is left to saxes, before any event is given.
 */
import type { PartHandlers } from "./parsePart";

/** What this reader leaves to saxes: "<!" (comment, CDATA, DOCTYPE), "<?" after the start, "\r" (end-of-line handling), forbidden characters. */
const OUTSIDE_SUBSET = /<[!?]|[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

const XML_DECLARATION = /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.0\1(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][\w.-]*\2)?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(?:yes|no)\3)?[ \t\n]*\?>/;

/** XML 1.0's Name production (section 2.3). */
const START = ":A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}";
const XML_NAME = new RegExp(`^[${START}][${START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$`, "u");

export class XmlSyntaxError extends Error {}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Whether a code point is an XML 1.0 Char (a character reference must name one). */
function isChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

function decodeEntities(text: string): string {
  return text.replace(/&([^;&<]*);|&/g, (whole, name: string | undefined) => {
    if (name === undefined) throw new XmlSyntaxError("& without ;");
    const named = ENTITIES[name];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-fA-F]+$/.test(name) ? parseInt(name.slice(2), 16) : /^#[0-9]+$/.test(name) ? parseInt(name.slice(1), 10) : NaN;
    if (!isChar(code)) throw new XmlSyntaxError(`entity ${whole}`);
    return String.fromCodePoint(code);
  });
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09;
}

/** Ends a name: whitespace, "/", ">", "=", and what a name may not hold ("<", "&", quotes), which then fails as a bad tag. */
function isNameEnd(c: number): boolean {
  return c <= 0x3e && (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x2f || c === 0x3e || c === 0x3d || c === 0x3c || c === 0x26 || c === 0x22 || c === 0x27);
}

/** Letters, digits, ":", "_", "-", ".": the characters of nearly every name in a workbook. */
function isAsciiNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x3a) || c === 0x5f || c === 0x2d || c === 0x2e;
}

/** Where the name starting at `at` ends; throws when it is not an XML Name (the regular expression only for unusual ones). */
function nameEnd(xml: string, at: number, n: number): number {
  let end = at;
  let plain = true;
  for (; end < n; end++) {
    const c = xml.charCodeAt(end);
    if (isNameEnd(c)) break;
    if (plain && !isAsciiNameChar(c)) plain = false;
  }
  const first = xml.charCodeAt(at);
  if (end > at && plain && !(first >= 0x30 && first <= 0x39) && first !== 0x2d && first !== 0x2e) return end;
  if (end === at || !XML_NAME.test(xml.slice(at, end))) throw new XmlSyntaxError(`bad name at ${at}`);
  return end;
}

/**
 * Gives `handlers` the document's events and returns true; returns false, having given none, when the
 * text is outside the subset. Throws XmlSyntaxError on malformed XML; a handler's own error passes through.
 */
export function scanXml(xml: string, handlers: PartHandlers): boolean {
  let i = 0;
  if (xml.startsWith("<?xml")) {
    // Only the usual declaration of XML 1.0; any other is for saxes to judge.
    const declaration = XML_DECLARATION.exec(xml);
    if (declaration === null) return false;
    i = declaration[0].length;
  }
  if (OUTSIDE_SUBSET.test(i === 0 ? xml : xml.slice(i))) return false;
  const { open, close, text } = handlers;
  const stack: string[] = [];
  /** The current tag's attribute names so far (the first `count`). */
  const seen: string[] = [];

  let sawRoot = false;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const raw = xml.slice(i, textEnd);
      if (stack.length === 0 && !/^[ \n\t]*$/.test(raw)) throw new XmlSyntaxError("text outside the root element");
      if (raw.includes("]]>")) throw new XmlSyntaxError("]]> in text");
      const decoded = raw.includes("&") ? decodeEntities(raw) : raw;
      text?.(decoded);
    }
    if (lt < 0) break;
    if (xml.charCodeAt(lt + 1) === 0x2f) {
      // </name>
      let at = lt + 2;
      while (at < n && !isNameEnd(xml.charCodeAt(at))) at++;
      const name = xml.slice(lt + 2, at);
      while (at < n && isSpace(xml.charCodeAt(at))) at++;
      if (xml.charCodeAt(at) !== 0x3e) throw new XmlSyntaxError("bad end tag");
      if (name === "" || stack.pop() !== name) throw new XmlSyntaxError(`unexpected end tag ${name}`);
      close?.(name);
      i = at + 1;
      continue;
    }
    let at = nameEnd(xml, lt + 1, n);
    const name = xml.slice(lt + 1, at);
    if (sawRoot && stack.length === 0) throw new XmlSyntaxError("a second root element");
    sawRoot = true;
    // A plain object, not Object.create(null) (which V8 keeps in slow dictionary mode); "__proto__" is defined, not assigned.
    const attributes: Record<string, string> = {};
    let count = 0;
    let selfClosing = false;
    for (;;) {
      const before = at;
      while (at < n && isSpace(xml.charCodeAt(at))) at++;
      const c = xml.charCodeAt(at);
      if (c === 0x3e) {
        at++;
        break;
      }
      if (c === 0x2f) {
        if (xml.charCodeAt(at + 1) !== 0x3e) throw new XmlSyntaxError("bad empty-element tag");
        selfClosing = true;
        at += 2;
        break;
      }
      if (at === before || at >= n) throw new XmlSyntaxError("attributes not separated by whitespace, or an unclosed tag");
      const nameStart = at;
      at = nameEnd(xml, at, n);
      const attribute = xml.slice(nameStart, at);
      while (at < n && isSpace(xml.charCodeAt(at))) at++;
      if (xml.charCodeAt(at) !== 0x3d) throw new XmlSyntaxError("attribute without =");
      at++;
      while (at < n && isSpace(xml.charCodeAt(at))) at++;
      const quote = xml.charCodeAt(at);
      if (quote !== 0x22 && quote !== 0x27) throw new XmlSyntaxError("unquoted attribute");
      // One pass over the (short) value: its end, a forbidden "<", and whether it needs more work.
      let end = at + 1;
      let special = false;
      for (;;) {
        if (end >= n) throw new XmlSyntaxError("unclosed attribute");
        const ch = xml.charCodeAt(end);
        if (ch === quote) break;
        if (ch === 0x3c) throw new XmlSyntaxError("< in an attribute");
        if (ch === 0x26 || ch === 0x0a || ch === 0x09) special = true;
        end++;
      }
      let value = xml.slice(at + 1, end);
      if (special) {
        // Attribute-value normalisation, as saxes does it: a literal tab or line feed reads as a space
        // (one written as a character reference stays what it is, so this comes before the entities).
        value = value.replace(/[\n\t]/g, " ");
        if (value.includes("&")) value = decodeEntities(value);
      }
      // A tag has a few attributes: comparing names beats a keyed lookup on an object of varying shape.
      for (let k = 0; k < count; k++) if (seen[k] === attribute) throw new XmlSyntaxError(`duplicate attribute ${attribute}`);
      seen[count++] = attribute;
      if (attribute === "__proto__") Object.defineProperty(attributes, attribute, { value, enumerable: true, writable: true, configurable: true });
      else attributes[attribute] = value;
      at = end + 1;
    }
    open(name, attributes);
    if (selfClosing) close?.(name);
    else stack.push(name);
    i = at;
  }
  if (!sawRoot) throw new XmlSyntaxError("no root element");
  if (stack.length > 0) throw new XmlSyntaxError(`unclosed element ${stack[stack.length - 1]}`);
  return true;
}
