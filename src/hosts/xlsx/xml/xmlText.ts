/** Text in and out of SpreadsheetML: XML escaping and the _xHHHH_ escapes of ECMA-376 Part 1, section 22.9.2.19. */

/** "_x000D_" → "\r"; "_x005F_x000D_" → "_x000D_" (an escaped literal). */
export function decodeEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Characters XML 1.0 cannot hold become _xHHHH_; a literal "_xHHHH_" is protected with _x005F_. */
const NEEDS_ENCODING = /_x[0-9A-Fa-f]{4}_|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

export function encodeEscapes(text: string): string {
  // Most text needs nothing: one test instead of three replacements (a findings sheet has 250 k rows).
  if (!NEEDS_ENCODING.test(text)) return text;
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

const NEEDS_ESCAPE = /[&<>"]/;

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/[&<>"]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : "&quot;"));
}

/** Cell or attribute text: escapes of both layers. */
export function xmlText(text: string): string {
  return escapeXml(encodeEscapes(text));
}

/** Local name of a qualified XML name ("x:sheet" → "sheet"). */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** OOXML booleans: "1"/"true" (LibreOffice writes "true"). */
export function xmlBool(value: string | undefined): boolean {
  return value === "1" || value === "true";
}
