/** The reader on what other programs write: openpyxl, LibreOffice, hand-made packages. */
import { strToU8 } from "fflate";
import { findingMessage } from "../../engine/findings/messages";
import { inflateRawSync } from "node:zlib";
import { readWorkbook } from "./readWorkbook";
import { XlsxWorkbook } from "./XlsxWorkbook";
import { declaredBomb, edit, hiddenBomb, minimalWorkbook, setText, text } from "./testing/corpus";
import { workbookBytes } from "./testing/workbooks";

const nodeInflate = (data: Uint8Array, size: number): Uint8Array => inflateRawSync(data, { maxOutputLength: Math.max(1, size) });

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function sheet(rows: string, extra = ""): string {
  return `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData>${extra}</worksheet>`;
}

function withParts(sheetXml: string, parts: Record<string, string>, workbookXml?: string): Uint8Array {
  const extra: Record<string, Uint8Array> = {};
  for (const [name, xml] of Object.entries(parts)) extra[name] = strToU8(xml);
  if (workbookXml !== undefined) extra["xl/workbook.xml"] = strToU8(workbookXml);
  return minimalWorkbook(sheetXml, "Trang 1", extra);
}

describe("reading workbooks from other programs", () => {
  it("follows absolute relationship targets and reads a sheet without styles or shared strings", async () => {
    const book = await readWorkbook(minimalWorkbook(sheet('<row r="2"><c r="B2" t="inlineStr"><is><t>Chỉ tiêu</t></is></c><c r="C2"><v>12.5</v></c></row>')), "openpyxl.xlsx");
    expect(book.sheets[0]).toMatchObject({ name: "Trang 1", top: 1, left: 1, values: [["Chỉ tiêu", 12.5]], formats: [["General", "General"]] });
  });

  it("decodes _x000D_ escapes, rich inline strings without their phonetic runs, and LibreOffice's true booleans", async () => {
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>dòng 1_x000D_dòng 2</t></is></c>' +
      '<c r="B1" t="inlineStr"><is><r><t>Đơn vị: </t></r><r><rPr><b/></rPr><t>huyện Kbang</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></is></c>' +
      '<c r="C1" t="b"><v>true</v></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="inlineStr"><is><t>_x005F_x0041_</t></is></c></row>';
    const values = (await readWorkbook(minimalWorkbook(sheet(rows)), "lo.xlsx")).sheets[0]!.values;
    expect(values).toEqual([["dòng 1\rdòng 2", "Đơn vị: huyện Kbang", true, false, "_x0041_"]]);
  });

  it("gives shared formulas their cached values and string results as text", async () => {
    const rows =
      '<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f><v>4</v></c><c r="B1"><v>2</v></c></row>' +
      '<row r="2"><c r="A2"><f t="shared" si="0"/><v>6</v></c><c r="B2"><v>3</v></c><c r="C2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="D2" t="e"><v>#DIV/0!</v></c></row>';
    expect((await readWorkbook(minimalWorkbook(sheet(rows)), "f.xlsx")).sheets[0]!.values).toEqual([
      [4, 2, null, null],
      [6, 3, "ab", "#DIV/0!"],
    ]);
  });

  it("reads dates of the 1904 date system as the same serial numbers Excel shows", async () => {
    const workbook = `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="true"/><sheets><sheet name="Trang 1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const bytes = withParts(sheet('<row r="1"><c r="A1" t="d"><v>2025-02-12T00:00:00</v></c><c r="B1"><v>43600</v></c></row>'), {}, workbook);
    // 2025-02-12 is serial 45700 in the 1900 system and 45700 − 1462 in the 1904 system.
    expect((await readWorkbook(bytes, "mac.xlsx")).sheets[0]!.values).toEqual([[45700 - 1462, 43600]]);
  });

  it("reads number formats through the styles, built-in and custom, of blank cells too, and a missing style index as General", async () => {
    const styles = `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
    const bytes = withParts(sheet('<row r="1"><c r="A1" s="1"><v>0.5</v></c><c r="B1" s="2"><v>45700</v></c><c r="C1" s="7"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2" s="1"/></row>'), {
      "xl/styles.xml": styles,
      "xl/_rels/workbook.xml.rels": rels,
    });
    expect((await readWorkbook(bytes, "s.xlsx")).sheets[0]!.formats).toEqual([
      ["0.00%", "dd/mm/yyyy", "General"],
      ["General", "0.00%", "General"],
    ]);
  });

  it("reads a sheet holding a table without a style (LibreOffice) like any other", async () => {
    const styled = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("Báo cáo");
      ws.addTable({ name: "BangKhongKieu", ref: "A1", headerRow: true, columns: [{ name: "Chỉ tiêu" }, { name: "Thực hiện" }], rows: [["GTSX", 12033]] });
    });
    const bytes = edit(styled, (files) => {
      const table = text(files, "xl/tables/table1.xml");
      expect(table).toContain("<tableStyleInfo");
      setText(files, "xl/tables/table1.xml", table.replace(/<tableStyleInfo[^>]*\/>/, ""));
    });
    expect((await readWorkbook(bytes, "bang.xlsx")).sheets[0]!.values).toEqual([["Chỉ tiêu", "Thực hiện"], ["GTSX", 12033]]);
  });

  it("keeps the rectangle to the data when one cell sits at XFD1048576, and names the cell", async () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="1048576"><c r="XFD1048576"><v>9</v></c></row>';
    const book = await readWorkbook(minimalWorkbook(sheet(rows)), "xa.xlsx");
    expect(book.sheets[0]!.values).toEqual([[1, 2]]);
    expect(book.findings).toEqual([
      expect.objectContaining({ code: "CELLS_OUT_OF_RANGE", where: { file: "xa.xlsx", sheet: "Trang 1", cell: "XFD1048576", member: null }, reason: "farAway", count: 1, first: "XFD1048576" }),
    ]);
  });

  it("leaves out a row numbered beyond Excel's last row with a warning", async () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c></row><row r="99999999"><c r="A99999999"><v>9</v></c></row>';
    const book = await readWorkbook(minimalWorkbook(sheet(rows)), "xa.xlsx");
    expect(book.sheets[0]!.values).toEqual([[1]]);
    expect(book.findings).toEqual([
      expect.objectContaining({ code: "CELLS_OUT_OF_RANGE", where: { file: "xa.xlsx", sheet: "Trang 1", cell: null, member: null }, reason: "beyondExcel", count: 1, first: "A99999999" }),
    ]);
    expect(findingMessage(book.findings![0]!)).toContain("ví dụ ô A99999999");
  });

  it("skips a sheet of more than 2 000 000 cells with a finding that names it", async () => {
    const rows: string[] = [];
    const cells = Array.from({ length: 16 }, (_, c) => `<c><v>${c}</v></c>`).join("");
    for (let r = 1; r <= 125_001; r++) rows.push(`<row>${cells}</row>`);
    const book = await readWorkbook(minimalWorkbook(sheet(rows.join(""))), "lon.xlsx");
    expect(book.sheets).toEqual([]);
    expect(book.findings).toEqual([expect.objectContaining({ code: "SHEET_TOO_LARGE", where: { file: "lon.xlsx", sheet: "Trang 1", cell: null, member: null }, cells: 2_000_000 })]);
    expect(findingMessage(book.findings![0]!)).toContain('Trang tính "Trang 1" (tệp lon.xlsx) quá lớn để đọc (khoảng 2.000.000 ô');
  }, 30_000);

  it("refuses a package whose directory says it unpacks to more than 500 MB, before unpacking", async () => {
    const bytes = declaredBomb(minimalWorkbook(sheet('<row r="1"><c r="A1"><v>1</v></c></row>')));
    await expect(readWorkbook(bytes, "bom.xlsx")).rejects.toMatchObject({ problem: "tooLargeUnpacked", message: expect.stringContaining("lớn hơn 500 MB") });
  });

  it("stops unpacking a part that grows beyond the size its directory gave", async () => {
    await expect(readWorkbook(hiddenBomb(), "bom.xlsx")).rejects.toMatchObject({ problem: "corrupt" });
  });

  it("with Node's zlib unpacking whole parts (the CLI), still refuses a part that grows beyond its declared size", async () => {
    const host = await XlsxWorkbook.open(hiddenBomb(), "bom.xlsx", { inflate: nodeInflate });
    await expect(host.readSnapshot()).rejects.toMatchObject({ problem: "corrupt" });
  });

  it("reads the same cells with Node's zlib as with fflate", async () => {
    const rows = Array.from({ length: 3000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>Xã Ea H'leo ${r}</t></is></c><c r="B${r + 1}"><v>${r / 7}</v></c></row>`);
    const bytes = minimalWorkbook(sheet(rows.join("")));
    const native = await (await XlsxWorkbook.open(bytes, "a.xlsx", { inflate: nodeInflate })).readSnapshot();
    expect(native.sheets[0]!.values).toHaveLength(3000);
    expect(native).toEqual(await readWorkbook(bytes, "a.xlsx"));
  });

  it("says a .docx renamed .xlsx is not a workbook", async () => {
    const docx = minimalWorkbook(sheet(""));
    const { unzipSync, zipSync } = await import("fflate");
    const files = unzipSync(docx);
    delete files["xl/workbook.xml"];
    await expect(readWorkbook(zipSync(files), "bien-ban.xlsx")).rejects.toMatchObject({ problem: "notXlsx" });
  });
});
