/**
 * The test corpus of issue 7, made by script: the bundled sample with, grafted into it, what real
 * workbooks from Excel, LibreOffice and openpyxl carry (a chart, a comment, a protected sheet, data
 * validation, macros, print titles in both spellings, apostrophes, stray cells, zip bombs).
 */
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, zipSync, type Zippable } from "fflate";
import { GIA_LAI_2024 } from "../../../sample/gialai2024";
import type { SampleCluster } from "../../../sample/sampleModel";
import { writeSample } from "../../../sample/writeSample";

export type Files = Record<string, Uint8Array>;

export interface CorpusCase {
  readonly name: string;
  /** The files, cluster workbook first. */
  readonly files: readonly { readonly file: string; readonly data: Uint8Array }[];
  /** "ranks": rank succeeds; "refuses": exit 2 with one line. */
  readonly expect: "ranks" | "refuses";
}

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
};
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function text(files: Files, part: string): string {
  const data = files[part];
  if (data === undefined) throw new Error(`${part} missing`);
  return strFromU8(data);
}

export function setText(files: Files, part: string, xml: string): void {
  files[part] = strToU8(xml);
}

function addOverride(files: Files, part: string, contentType: string): void {
  setText(files, "[Content_Types].xml", text(files, "[Content_Types].xml").replace("</Types>", `<Override PartName="/${part}" ContentType="${contentType}"/></Types>`));
}

function addDefault(files: Files, extension: string, contentType: string): void {
  setText(files, "[Content_Types].xml", text(files, "[Content_Types].xml").replace("</Types>", `<Default Extension="${extension}" ContentType="${contentType}"/></Types>`));
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function addRel(files: Files, source: string, id: string, type: string, target: string): void {
  const rels = relsOf(source);
  const existing = files[rels] ? text(files, rels) : `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  setText(files, rels, existing.replace("</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`));
}

/** A user sheet appended to the workbook, with the parts it refers to. */
export function addSheet(files: Files, name: string, xml: string): string {
  const count = Object.keys(files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)).length;
  const part = `xl/worksheets/sheet${count + 1}.xml`;
  setText(files, part, xml);
  addOverride(files, part, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
  addRel(files, "xl/workbook.xml", `rIdUser${count + 1}`, `${NS.rel}/worksheet`, `worksheets/sheet${count + 1}.xml`);
  const wb = text(files, "xl/workbook.xml");
  const ids = [...wb.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  setText(files, "xl/workbook.xml", wb.replace("</sheets>", `<sheet name="${name.replace(/&/g, "&amp;")}" sheetId="${Math.max(...ids) + 1}" r:id="rIdUser${count + 1}"/></sheets>`));
  return part;
}

export function addDefinedNames(files: Files, names: string): void {
  const wb = text(files, "xl/workbook.xml");
  setText(files, "xl/workbook.xml", wb.includes("<definedNames>") ? wb.replace("<definedNames>", `<definedNames>${names}`) : wb.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`));
}

function worksheet(body: string, extra = ""): string {
  return `${XML}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}"><sheetData>${body}</sheetData>${extra}</worksheet>`;
}

function chartSheet(files: Files, sheetName: string): void {
  const sheet = addSheet(
    files,
    sheetName,
    worksheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Huyện</t></is></c><c r="B1" t="inlineStr"><is><t>Điểm</t></is></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Kbang</t></is></c><c r="B2"><v>950</v></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>Đak Đoa</t></is></c><c r="B3"><v>1012</v></c></row>',
      '<drawing r:id="rIdDrawing"/>',
    ),
  );
  const ref = `'${sheetName.replace(/'/g, "''")}'`;
  setText(
    files,
    "xl/charts/chart1.xml",
    `${XML}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Điểm thi đua</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea><c:layout/>` +
      `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>${ref}!$A$2:$A$3</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${ref}!$B$2:$B$3</c:f></c:numRef></c:val></c:ser><c:axId val="10"/><c:axId val="20"/></c:barChart>` +
      `<c:catAx><c:axId val="10"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="20"/></c:catAx>` +
      `<c:valAx><c:axId val="20"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="10"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`,
  );
  setText(
    files,
    "xl/drawings/drawing1.xml",
    `${XML}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rIdChart"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
  );
  addRel(files, sheet, "rIdDrawing", `${NS.rel}/drawing`, "../drawings/drawing1.xml");
  addRel(files, "xl/drawings/drawing1.xml", "rIdChart", `${NS.rel}/chart`, "../charts/chart1.xml");
  addOverride(files, "xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml");
  addOverride(files, "xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
}

/** A comment as openpyxl writes it: absolute relationship targets. */
function commentSheet(files: Files): void {
  const sheet = addSheet(files, "Ghi chú", worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Xem ghi chú</t></is></c></row>', '<legacyDrawing r:id="rIdVml"/>'));
  setText(
    files,
    "xl/comments/comment1.xml",
    `${XML}<comments xmlns="${NS.main}"><authors><author>Văn thư</author></authors><commentList><comment ref="A1" authorId="0"><text><t>Số liệu đã đối chiếu ngày 12/01.</t></text></comment></commentList></comments>`,
  );
  setText(
    files,
    "xl/drawings/commentsDrawing1.vml",
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>',
  );
  addRel(files, sheet, "rIdComments", `${NS.rel}/comments`, "/xl/comments/comment1.xml");
  addRel(files, sheet, "rIdVml", `${NS.rel}/vmlDrawing`, "/xl/drawings/commentsDrawing1.vml");
  addOverride(files, "xl/comments/comment1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml");
}

function protectedSheet(files: Files): void {
  addSheet(
    files,
    "Bảo vệ",
    `${XML}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Không sửa</t></is></c></row></sheetData>` +
      '<sheetProtection password="CC1A" sheet="true" objects="true" scenarios="true"/>' +
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="B1"><formula1>"Có,Không"</formula1></dataValidation></dataValidations>' +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="landscape"/></worksheet>',
  );
}

/** Print titles spelled "$1:$2" (Excel) and "1:2" (openpyxl, LibreOffice). */
function printTitles(files: Files): void {
  addDefinedNames(files, `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Thông tin'!$1:$2</definedName><definedName name="_xlnm.Print_Titles" localSheetId="1">'Giao ước thi đua 2024'!1:2</definedName>`);
}

function macros(files: Files): void {
  const ct = text(files, "[Content_Types].xml").replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  setText(files, "[Content_Types].xml", ct);
  const vba = new Uint8Array(4096);
  for (let i = 0; i < vba.length; i++) vba[i] = (i * 31 + 7) & 0xff;
  vba.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  files["xl/vbaProject.bin"] = vba;
  addDefault(files, "bin", "application/vnd.ms-office.vbaProject");
  addRel(files, "xl/workbook.xml", "rIdVba", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin");
}

/** openpyxl's absolute targets in the workbook's own relationships. */
function absoluteTargets(files: Files): void {
  setText(files, "xl/_rels/workbook.xml.rels", text(files, "xl/_rels/workbook.xml.rels").replace(/Target="(?!\/)([^"]+)"/g, 'Target="/xl/$1"'));
}

/** One cell far away from the report (or beyond Excel's last row). */
function strayCell(files: Files, row: number, ref: string): void {
  const part = "xl/worksheets/sheet1.xml";
  setText(files, part, text(files, part).replace("</sheetData>", `<row r="${row}"><c r="${ref}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>`));
}

/** The workbook with a user sheet holding a bar chart (a drawing and a chart part). */
export function withChart(data: Uint8Array, sheetName = "Biểu đồ"): Uint8Array {
  return edit(data, (files) => chartSheet(files, sheetName));
}

export function edit(data: Uint8Array, change: (files: Files) => void): Uint8Array {
  const files = unzipSync(data) as Files;
  change(files);
  return zipSync(files as Zippable, { level: 6 });
}

/** A member file whose directory says its sheet unpacks to 600 MB. */
export function declaredBomb(data: Uint8Array): Uint8Array {
  const out = data.slice();
  const view = new DataView(out.buffer);
  for (let at = out.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    let p = view.getUint32(at + 16, true);
    const count = view.getUint16(at + 10, true);
    for (let i = 0; i < count; i++) {
      const nameLength = view.getUint16(p + 28, true);
      const name = strFromU8(out.subarray(p + 46, p + 46 + nameLength));
      if (name === "xl/worksheets/sheet1.xml") view.setUint32(p + 24, 600 * 1024 * 1024, true);
      p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    }
    return out;
  }
  throw new Error("no zip directory");
}

/** A member file whose sheet says 1 KB in the directory but unpacks to 1 MB of rows. */
export function hiddenBomb(): Uint8Array {
  const rows: string[] = [];
  for (let r = 1; r <= 30_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  const data = minimalWorkbook(worksheet(rows.join("")));
  const files = unzipSync(data);
  const zipped = zipSync(files as Zippable, { level: 9 });
  // Patch the declared (uncompressed) size of the sheet in the central directory to 1 KB.
  const view = new DataView(zipped.buffer);
  for (let at = zipped.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    let p = view.getUint32(at + 16, true);
    for (let i = 0; i < view.getUint16(at + 10, true); i++) {
      const nameLength = view.getUint16(p + 28, true);
      if (strFromU8(zipped.subarray(p + 46, p + 46 + nameLength)) === "xl/worksheets/sheet1.xml") view.setUint32(p + 24, 1024, true);
      p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    }
    break;
  }
  return zipped;
}

/** The smallest valid workbook around one worksheet part (no styles, no shared strings). */
export function minimalWorkbook(sheetXml: string, sheetName = "Trang 1", extra: Files = {}): Uint8Array {
  const files: Files = {
    "[Content_Types].xml": strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS.rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(`${XML}<workbook xmlns="${NS.main}" xmlns:r="${NS.r}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS.rel}/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>`),
    "xl/worksheets/sheet1.xml": strToU8(sheetXml),
    ...extra,
  };
  return zipSync(files as Zippable, { level: 6 });
}

/** Gia Lai 2024 with one member renamed to a district whose name has an apostrophe. */
function apostropheCluster(): SampleCluster {
  return {
    ...GIA_LAI_2024,
    members: GIA_LAI_2024.members.map((m, i) => (i === 1 ? { ...m, name: "huyện Cư M'gar", file: "cu-mgar.xlsx", authority: "UBND HUYỆN CƯ M'GAR" } : m)),
  };
}

export async function corpus(): Promise<CorpusCase[]> {
  const sample = await writeSample();
  const [cluster, ...members] = sample;
  const withCluster = (name: string, file: string, change: (f: Files) => void): CorpusCase => ({
    name,
    files: [{ file, data: edit(cluster!.data, change) }, ...members],
    expect: "ranks",
  });
  const withMember = (name: string, change: (f: Files) => void, expect: CorpusCase["expect"] = "ranks"): CorpusCase => ({
    name,
    files: [cluster!, { ...members[0]!, data: edit(members[0]!.data, change) }, ...members.slice(1)],
    expect,
  });
  const apostrophe = await writeSample(apostropheCluster());
  return [
    withCluster("a chart", "cum-bieu-do.xlsx", (f) => chartSheet(f, "Biểu đồ")),
    withCluster("a comment with absolute targets", "cum-ghi-chu.xlsx", commentSheet),
    withCluster("a protected sheet with a password and data validation", "cum-bao-ve.xlsx", protectedSheet),
    withCluster("print titles in both forms", "cum-tieu-de-in.xlsx", printTitles),
    withCluster("macros", "cum-macro.xlsm", macros),
    withCluster("an apostrophe in a user sheet's name, charted", "cum-nhay-don.xlsx", (f) => chartSheet(f, "Cư M'gar")),
    { name: "an apostrophe in a member's name", files: apostrophe, expect: "ranks" },
    withMember("a member file with absolute targets (openpyxl)", absoluteTargets),
    withMember("a stray cell at XFD1048576", (f) => strayCell(f, 1_048_576, "XFD1048576")),
    withMember("a row numbered 99999999", (f) => strayCell(f, 99_999_999, "A99999999")),
    { name: "a zip bomb declared in the directory", files: [cluster!, { file: "bom.xlsx", data: declaredBomb(members[0]!.data) }], expect: "refuses" },
    { name: "a zip bomb hidden from the directory", files: [cluster!, { file: "bom-an.xlsx", data: hiddenBomb() }], expect: "refuses" },
  ];
}

/** A one-sheet report ("Báo cáo") whose sheet XML `write` streams into the zip after `<sheetData>`, so that a
 * file unpacking to hundreds of megabytes is never whole in memory; the other parts are minimalWorkbook's. */
function streamedReport(write: (push: (xml: string) => number) => void): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    chunks.push(data);
  });
  const base = unzipSync(minimalWorkbook(worksheet(""), "Báo cáo"));
  for (const [name, data] of Object.entries(base)) {
    if (name === "xl/worksheets/sheet1.xml") continue;
    const file = new ZipDeflate(name, { level: 1 });
    zip.add(file);
    file.push(data, true);
  }
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 1 });
  zip.add(sheet);
  sheet.push(strToU8(`${XML}<worksheet xmlns="${NS.main}"><sheetData>`));
  // push gives the bytes it wrote, for a writer that stops at a size.
  write((xml) => {
    const bytes = strToU8(xml);
    sheet.push(bytes);
    return bytes.length;
  });
  sheet.push(strToU8("</sheetData></worksheet>"), true);
  zip.end();
  return concat(chunks);
}

/** A small file that unpacks to about `megabytes` MB of cells, its directory telling the truth (under the 500 MB budget). */
export function honestBomb(megabytes = 480): Uint8Array {
  const row = (r: number): string => `<row r="${r}">${'<c><v>1</v></c>'.repeat(64)}</row>`;
  return streamedReport((push) => {
    let written = 0;
    for (let r = 1; written < megabytes * 1024 * 1024 && r < 1_048_576; r += 1000) {
      written += push(Array.from({ length: 1000 }, (_, k) => row(r + k)).join(""));
    }
  });
}

/** A report whose sheet holds `rows` × 1000 blank styled cells (8 001 rows: over the 8 M cell elements bound). */
export function blankCells(rows = 8_001): Uint8Array {
  const block = `<row>${'<c s="1"/>'.repeat(1000)}</row>`.repeat(100);
  return streamedReport((push) => {
    for (let r = 0; r < rows; r += 100) push(block);
  });
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A member report of 1 048 575 rows (STT, indicator, value), streamed into the zip: about 20 MB. */
export function millionRows(rows = 1_048_575): Uint8Array {
  return streamedReport((push) => {
    push(`<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1" t="inlineStr"><is><t>Chỉ tiêu</t></is></c><c r="C1" t="inlineStr"><is><t>Thực hiện</t></is></c></row>`);
    const batch: string[] = [];
    for (let r = 2; r <= rows; r++) {
      batch.push(`<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c><c r="B${r}" t="inlineStr"><is><t>Chỉ tiêu số ${r - 1}</t></is></c><c r="C${r}"><v>${(r * 7919) % 100_000}</v></c></row>`);
      if (batch.length === 10_000) {
        push(batch.join(""));
        batch.length = 0;
      }
    }
    push(batch.join(""));
  });
}
