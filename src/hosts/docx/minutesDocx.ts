import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type {
  HeaderLine,
  MinutesModel,
  MinutesParagraph,
  RankingTable,
  Signature,
  TextRun as MinutesRun,
} from "../../engine/minutes/minutesModel";

const FONT = "Times New Roman";
/** Half-points, as docx counts font sizes. */
const BODY = 28;
/** A4 in twips (w:pgSz). */
const A4 = { width: 11906, height: 16838 };
/** NĐ 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm. */
const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 };
/** Rounded, not floored as docx's helper does, so 20 mm is Word's 1134 twips. */
function twips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}
const TEXT_WIDTH = A4.width - twips(MARGIN_MM.left) - twips(MARGIN_MM.right);
const FIRST_LINE_INDENT = twips(12.7);
const SPACE_AFTER = 120;
const HEADER_LEFT = Math.round(TEXT_WIDTH * 0.4);
const RANKING_WIDTHS = [0.1, 0.27, 0.14, 0.15, 0.34].map((share) => Math.round(TEXT_WIDTH * share));

function runs(items: readonly MinutesRun[], size: number): TextRun[] {
  return items.map(
    (r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, underline: r.underline ? {} : undefined, size, font: FONT }),
  );
}

function centred(text: string, options: { bold?: boolean; italic?: boolean; size?: number; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: options.after ?? 0 },
    children: [new TextRun({ text, bold: options.bold, italics: options.italic, size: options.size ?? BODY, font: FONT })],
  });
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.CENTER });
}

/** Two side-by-side columns without borders: the NĐ 30 header and the signatures. */
function twoColumns(left: Paragraph[], right: Paragraph[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [HEADER_LEFT, TEXT_WIDTH - HEADER_LEFT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, HEADER_LEFT), cell(right, TEXT_WIDTH - HEADER_LEFT)] })],
  });
}

function headerLines(lines: readonly HeaderLine[]): Paragraph[] {
  return lines.map((l) => new Paragraph({ alignment: AlignmentType.CENTER, children: runs(l.runs, l.size * 2) }));
}

function bodyParagraph(p: MinutesParagraph): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { after: SPACE_AFTER },
    children: runs(p.runs, BODY),
  });
}

function rankingTable(table: RankingTable): Table {
  const size = 26;
  const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const row = (texts: readonly string[], bold: boolean): TableRow =>
    new TableRow({
      tableHeader: bold || undefined,
      children: texts.map((text, i) =>
        cell(
          [
            new Paragraph({
              alignment: bold || i === 0 ? AlignmentType.CENTER : i === 1 || i === 4 ? AlignmentType.LEFT : AlignmentType.RIGHT,
              children: [new TextRun({ text, bold, size, font: FONT })],
            }),
          ],
          RANKING_WIDTHS[i] ?? 0,
        ),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: RANKING_WIDTHS,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [
      row(table.headers, true),
      ...table.rows.map((r) => row([String(r.rank), r.member, r.totalText, r.percentText, r.award], false)),
    ],
  });
}

function signatureColumn(s: Signature): Paragraph[] {
  const blank = (): Paragraph => new Paragraph({ children: [] });
  return [
    centred(s.title, { bold: true }),
    centred(s.note, { italic: true }),
    blank(),
    blank(),
    blank(),
    centred(s.name ?? "", { bold: true }),
  ];
}

/** The minutes as a Word file (docs/bien-ban.md "The Word file"); bytes only, so it runs in Node and in the browser. */
export async function minutesToDocx(minutes: MinutesModel): Promise<Uint8Array> {
  const body = minutes.body.flatMap((block): (Paragraph | Table)[] =>
    block.kind === "paragraph" ? [bodyParagraph(block.paragraph)] : [rankingTable(block.table), new Paragraph({ children: [] })],
  );
  const [firstTitle, ...otherTitles] = minutes.title;
  const document = new Document({
    creator: "Thi đua",
    title: minutes.title.join(" "),
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: twips(MARGIN_MM.top),
              bottom: twips(MARGIN_MM.bottom),
              left: twips(MARGIN_MM.left),
              right: twips(MARGIN_MM.right),
            },
          },
        },
        // NĐ 30 numbers pages from the second one, centred at the top; the first page has an empty header.
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: BODY, font: FONT })] }),
            ],
          }),
        },
        children: [
          twoColumns(headerLines(minutes.header.left), headerLines(minutes.header.right)),
          new Paragraph({ children: [] }),
          ...(firstTitle === undefined ? [] : [centred(firstTitle, { bold: true })]),
          ...otherTitles.map((t) => centred(t, { bold: true })),
          new Paragraph({ children: [], spacing: { after: SPACE_AFTER } }),
          ...body,
          ...minutes.closing.map((text) => bodyParagraph({ role: "body", runs: [{ text }] })),
          twoColumns(signatureColumn(minutes.signatures.left), signatureColumn(minutes.signatures.right)),
          new Paragraph({ children: [] }),
          new Paragraph({ children: [new TextRun({ text: minutes.recipients.heading, bold: true, italics: true, size: 24, font: FONT })] }),
          ...minutes.recipients.lines.map((text) => new Paragraph({ children: [new TextRun({ text, size: 22, font: FONT })] })),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
