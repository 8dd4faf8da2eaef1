/**
 * A small XML reader for checking manifest.xml offline: elements, attributes,
 * text, comments and the declaration. Enough for a well-formed manifest; it
 * throws on mismatched tags so that a broken file fails the test.
 */

export interface XmlElement {
  /** Qualified name as written, e.g. "bt:Image". */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Concatenated text directly inside the element, trimmed. */
  readonly text: string;
}

interface OpenElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    const named = ENTITIES[entity];
    if (named === undefined) throw new Error(`Unknown XML entity ${whole}`);
    return named;
  });
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(/([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    attributes[match[1] as string] = decode(match[3] ?? match[4] ?? "");
  }
  return attributes;
}

function close(element: OpenElement): XmlElement {
  return { name: element.name, attributes: element.attributes, children: element.children, text: element.text.trim() };
}

export function parseXml(source: string): XmlElement {
  const stack: OpenElement[] = [];
  let root: XmlElement | null = null;
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([^\s>]+)\s*>|<([^\s/>]+)([^>]*?)(\/?)>|([^<]+)/g;
  for (const match of source.matchAll(token)) {
    const [whole, closing, opening, attributeText, selfClosing, text] = match;
    const parent = stack[stack.length - 1];
    if (whole.startsWith("<!--") || whole.startsWith("<?")) continue;
    if (text !== undefined) {
      if (parent) parent.text += decode(text);
      else if (text.trim() !== "") throw new Error(`Text outside the root element: ${text.trim()}`);
    } else if (closing !== undefined) {
      const open = stack.pop();
      if (!open || open.name !== closing) throw new Error(`Closing tag </${closing}> does not match <${open?.name ?? ""}>`);
      const done = close(open);
      const outer = stack[stack.length - 1];
      if (outer) outer.children.push(done);
      else root = done;
    } else if (opening !== undefined) {
      const element: OpenElement = { name: opening, attributes: parseAttributes(attributeText ?? ""), children: [], text: "" };
      if (selfClosing === "/") {
        if (parent) parent.children.push(close(element));
        else root = close(element);
      } else {
        stack.push(element);
      }
    }
  }
  if (stack.length > 0) throw new Error(`Unclosed element <${stack[stack.length - 1]?.name ?? ""}>`);
  if (!root) throw new Error("No root element");
  return root;
}

/** Every element below (and including) the given one, in document order. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}
