/** xl/sharedStrings.xml → the strings, rich text runs joined, phonetic runs left out. */
import type { XlsxPackage } from "../package/XlsxPackage";
import { decodeEscapes, localName } from "../xml/xmlText";

export function readSharedStrings(pkg: XlsxPackage, part: string | null): readonly string[] {
  if (part === null) return [];
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  pkg.parse(part, {
    open(tag) {
      const name = localName(tag);
      if (name === "si") current = "";
      else if (name === "t" && phonetic === 0) inText = true;
      else if (name === "rPh") phonetic++;
    },
    text(text) {
      if (inText && current !== null) current += text;
    },
    close(tag) {
      const name = localName(tag);
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si" && current !== null) {
        strings.push(decodeEscapes(current));
        current = null;
      }
    },
  });
  return strings;
}
