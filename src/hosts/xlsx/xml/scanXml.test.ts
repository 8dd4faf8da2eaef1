import fc from "fast-check";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { scanXml, XmlSyntaxError } from "./scanXml";

type Event = readonly [string, string, string?];

/** The events saxes gives (adjacent texts joined), or "error" when it finds the document malformed. */
function saxesEvents(xml: string): Event[] | "error" {
  const events: Event[] = [];
  const parser = new SaxesParser({ xmlns: false, position: false });
  let failed = false;
  parser.on("error", () => {
    failed = true;
  });
  parser.on("opentag", (tag: SaxesTagPlain) => events.push(["open", tag.name, JSON.stringify(Object.entries(tag.attributes))]));
  parser.on("closetag", (tag) => events.push(["close", tag.name]));
  parser.on("text", (text) => events.push(["text", text]));
  parser.write(xml).close();
  return failed ? "error" : joinTexts(events);
}

/** scanXml's events, "error" when it refuses the document, or "saxes" when it leaves it to saxes. */
function scanEvents(xml: string): Event[] | "error" | "saxes" {
  const events: Event[] = [];
  try {
    const done = scanXml(xml, {
      open: (name, attributes) => events.push(["open", name, JSON.stringify(Object.entries(attributes))]),
      close: (name) => events.push(["close", name]),
      text: (text) => events.push(["text", text]),
    });
    if (!done) {
      expect(events).toEqual([]);
      return "saxes";
    }
  } catch (error) {
    if (error instanceof XmlSyntaxError) return "error";
    throw error;
  }
  return joinTexts(events);
}

function joinTexts(events: readonly Event[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    const last = out[out.length - 1];
    if (e[0] === "text" && last?.[0] === "text") out[out.length - 1] = ["text", last[1] + e[1]];
    else out.push(e);
  }
  return out;
}

const SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row r="1" spans="1:3"><c r="A1" s="2" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve"> Xã Ea H&apos;leo &amp; M&#39;Đrắk </t></is></c><c r="C1"/></row>' +
  "</sheetData><mergeCells count='1'><mergeCell ref = 'A1:B1' /></mergeCells></worksheet>";

describe("scanXml, the fast reader of plain spreadsheet XML", () => {
  it("gives the same elements, attributes and text as saxes on a worksheet", () => {
    const events = scanEvents(SHEET);
    expect(events).toEqual(saxesEvents(SHEET));
    expect(events).toContainEqual(["text", " Xã Ea H'leo & M'Đrắk "]);
    expect(events).toContainEqual(["open", "mergeCell", JSON.stringify([["ref", "A1:B1"]])]);
  });

  it("reads a tab or line feed in an attribute as a space, and one written as a reference as itself", () => {
    const xml = '<a v="x\ty\nz" w="x&#10;y&#9;z"/>';
    expect(scanEvents(xml)).toEqual([
      ["open", "a", JSON.stringify([["v", "x y z"], ["w", "x\ny\tz"]])],
      ["close", "a"],
    ]);
    expect(scanEvents(xml)).toEqual(saxesEvents(xml));
  });

  it("refuses what saxes refuses", () => {
    const bad = [
      "<a><b></a>",
      "<a>",
      "<a></a><b/>",
      "text<a/>",
      '<a x="1" x="2"/>',
      '<a x="1"y="2"/>',
      '<a x="<"/>',
      "<a x=1/>",
      "<a>&bogus;</a>",
      "<a>&#0;</a>",
      "<a>& b</a>",
      "<a>]]></a>",
      "<a",
      '<a x="1',
      "</a>",
      "",
      "<a></ a>",
      "<1a/>",
      "<.a/>",
    ];
    for (const xml of bad) {
      expect({ xml, saxes: saxesEvents(xml) }).toEqual({ xml, saxes: "error" });
      expect({ xml, scan: scanEvents(xml) }).toEqual({ xml, scan: "error" });
    }
  });

  it("leaves comments, CDATA, a DOCTYPE, processing instructions, carriage returns and forbidden characters to saxes", () => {
    for (const xml of ["<a><!-- x --></a>", "<a><![CDATA[x]]></a>", "<!DOCTYPE a><a/>", "<a><?pi x?></a>", "<a>x\r\ny</a>", "<a>\u0001</a>", ' <?xml version="1.0"?><a/>']) {
      expect({ xml, scan: scanEvents(xml) }).toEqual({ xml, scan: "saxes" });
    }
  });

  it("never refuses or misreads a document saxes reads (generated documents, with damage)", () => {
    const name = fc.constantFrom("c", "row", "x:v", "t", "is", "sheetData", "a.b-c_d", "Đơn_vị", "a#b", "-x", "x·y");
    const attrValue = fc.array(fc.constantFrom("A1", "1", " ", "\t", "\n", "&amp;", "&lt;", "&#10;", "&#x1F600;", "ư", "'", '"', ">", "&", "<", "&nope;"), { maxLength: 4 }).map((p) => p.join(""));
    const text = fc.array(fc.constantFrom("12.5", " ", "\n", "\t", "&amp;", "&gt;", "&quot;", "&#13;", "Đắk", ">", "]", "]]", "&", "&x;", "<"), { maxLength: 4 }).map((p) => p.join(""));
    const attributes = fc.array(fc.tuple(fc.constantFrom("r", "s", "t", "x:y", "ref"), attrValue, fc.constantFrom('"', "'"), fc.constantFrom("", " ", "\n")), { maxLength: 3 });
    const element: fc.Memo<string> = fc.memo((depth) =>
      fc
        .tuple(name, attributes, depth <= 1 ? fc.constant([] as string[]) : fc.array(fc.oneof(element(depth - 1), text), { maxLength: 4 }), fc.boolean())
        .map(([n, attrs, children, empty]) => {
          const a = attrs.map(([k, v, q, sp]) => ` ${k}${sp}=${sp}${q}${v.split(q).join("")}${q}`).join("");
          return empty && children.length === 0 ? `<${n}${a}/>` : `<${n}${a}>${children.join("")}</${n}>`;
        }),
    );
    const document = fc.tuple(fc.boolean(), element(4), fc.constantFrom("", "\n", " x"), fc.nat(), fc.nat({ max: 3 })).map(([declared, root, tail, at, cut]) => {
      const xml = `${declared ? '<?xml version="1.0" encoding="UTF-8"?>\n' : ""}${root}${tail}`;
      // Some documents lose a few characters somewhere.
      const from = at % (xml.length + 1);
      return xml.slice(0, from) + xml.slice(from + cut);
    });
    fc.assert(
      fc.property(document, (xml) => {
        const scanned = scanEvents(xml);
        const reference = saxesEvents(xml);
        if (reference !== "error") expect(scanned === "saxes" ? reference : scanned).toEqual(reference);
        if (scanned !== "error" && scanned !== "saxes") expect(reference).toEqual(scanned);
      }),
      { numRuns: 3000 },
    );
  });
});
