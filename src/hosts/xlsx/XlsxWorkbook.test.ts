import type ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import type { WriteSpec } from "../../engine/sheets/sheetSpec";
import { openWithExcelJs, partText, sampleSpec, sheetFingerprint, workbookBytes } from "./testing/workbooks";
import { edit, setText, text } from "./testing/corpus";
import { XlsxWorkbook } from "./XlsxWorkbook";

async function clusterFile(): Promise<Uint8Array> {
  return workbookBytes((wb) => {
    const info = wb.addWorksheet("Thông tin");
    info.getCell("A1").value = "Tên cụm";
    info.getCell("B1").value = "Cụm thi đua số 2";
    info.getCell("A1").font = { name: "Times New Roman", bold: true };
    const report = wb.addWorksheet("Báo cáo");
    report.getCell("A1").value = "Tổng";
    report.getCell("B1").value = { formula: "SUM(B2:B3)", result: 5 };
    report.getCell("B2").value = 2;
    report.getCell("B3").value = 3;
    report.getCell("B2").numFmt = "#,##0.00";
    report.mergeCells("C1:D1");
    wb.addWorksheet("Ghi chú").getCell("A1").value = "của người dùng";
  });
}

function writeOf(name: string, replaces: string | null, overrides: Parameters<typeof sampleSpec>[0] = {}): WriteSpec["sheets"][number] {
  return { spec: sampleSpec({ name, ...overrides }), name, replaces };
}

async function written(host: XlsxWorkbook): Promise<ExcelJS.Workbook> {
  return openWithExcelJs(await host.toBuffer());
}

describe("XlsxWorkbook", () => {
  it("writes values, styles, merges, widths, heights, freeze, links, data bar and page setup", async () => {
    const host = await XlsxWorkbook.open(await clusterFile(), "cum.xlsx");
    await host.write({ sheets: [writeOf("Xếp hạng 2024", null)], activate: "Xếp hạng 2024" });
    const ws = (await written(host)).getWorksheet("Xếp hạng 2024")!;
    expect(ws.getCell("A1").value).toBe("BẢNG XẾP HẠNG");
    expect(ws.getCell("C3").value).toBe(1012.5);
    expect(ws.getCell("C3").numFmt).toBe("#,##0.00");
    expect(ws.getCell("C3").font).toMatchObject({ name: "Times New Roman", size: 13, italic: true, underline: true, color: { argb: "FFC00000" } });
    expect(ws.getCell("B2").font).toMatchObject({ name: "Times New Roman", bold: true });
    expect(ws.getCell("B2").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getCell("B2").border.left).toMatchObject({ style: "thin" });
    expect(ws.getCell("B2").alignment).toMatchObject({ horizontal: "center" });
    expect(ws.getCell("C4").alignment).toMatchObject({ vertical: "middle", wrapText: true });
    expect((ws.model as unknown as { merges: string[] }).merges).toEqual(["A1:C1"]);
    expect(ws.getColumn(2).width).toBe(30);
    expect(ws.getRow(1).height).toBe(32);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2, xSplit: 0 });
    expect(ws.getCell("A4").value).toBe(2);
    // ExcelJS does not read internal links (the `location` attribute); the part says where A4 jumps.
    const sheetPart = partText(await host.toBuffer(), "xl/worksheets/sheet4.xml");
    expect(sheetPart).toContain(`<hyperlink ref="A4" location="'Báo cáo'!E12" display="2"/>`);
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }).conditionalFormattings;
    expect(cf.map((c) => [c.ref, c.rules[0]!.type])).toEqual([["C3:C4", "dataBar"]]);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printArea: "A1:C4", printTitlesRow: "2:2" });
    expect(ws.pageSetup.margins!.left).toBeCloseTo(30 / 25.4, 6);
  });

  it("prints at a fixed scale, centred, with title columns and the manual row and column breaks", async () => {
    const host = await XlsxWorkbook.open(await clusterFile(), "cum.xlsx");
    const page = { ...sampleSpec().page, scale: { kind: "percent", percent: 85 }, centerHorizontally: true, printTitleColumns: { first: 0, last: 1 }, rowBreaks: [3], columnBreaks: [2] } as const;
    await host.write({ sheets: [writeOf("Xếp hạng 2024", null, { page })], activate: null });
    const bytes = await host.toBuffer();
    const ws = (await openWithExcelJs(bytes)).getWorksheet("Xếp hạng 2024")!;
    expect(ws.pageSetup).toMatchObject({ fitToPage: false, scale: 85, horizontalCentered: true, printTitlesColumn: "A:B", printTitlesRow: "2:2" });
    const files = unzipSync(bytes);
    const part = Object.keys(files).find((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f) && strFromU8(files[f]!).includes("<colBreaks"))!;
    const xml = strFromU8(files[part]!);
    // A page starts at row 4 (zero-based 3) and at column C (zero-based 2), and colBreaks follows rowBreaks as the schema orders them.
    expect(xml).toMatch(/<rowBreaks[^>]*><brk id="3"[^>]*man="1"\/><\/rowBreaks><colBreaks count="1" manualBreakCount="1"><brk id="2" max="1048575" man="1"\/><\/colBreaks>/);
  });

  it("writes the tool's formulas, unlocked cells, entry rules and protection, and asks the workbook to recalculate", async () => {
    const host = await XlsxWorkbook.open(await clusterFile(), "cum.xlsx");
    const rule = (range: { top: number; left: number; bottom: number; right: number }, min: number | null, max: number | null) => ({
      range,
      rule: { kind: "decimal" as const, min, max, words: [] },
      prompt: { title: "Thực hiện", text: "Một số.\nKhông kèm đơn vị." },
      error: { title: "Giá trị không hợp lệ", text: "Ô này chỉ nhận một số." },
    });
    const guards = {
      formulas: [{ row: 2, col: 3, formula: 'IF(C3>0,C3/2,"")', cached: 2.5 }],
      unlocked: [{ top: 2, left: 2, bottom: 3, right: 2 }],
      validations: [rule({ top: 2, left: 2, bottom: 3, right: 2 }, 0, 100), rule({ top: 5, left: 0, bottom: 5, right: 0 }, null, 10), rule({ top: 6, left: 0, bottom: 6, right: 0 }, null, null)],
      protection: { allowFormatColumns: true, allowFormatRows: false },
    };
    await host.write({ sheets: [writeOf("Mẫu", null, guards)], activate: null });
    const files = unzipSync(await host.toBuffer());
    const part = Object.keys(files).find((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f) && strFromU8(files[f]!).includes("<sheetProtection"))!;
    const xml = strFromU8(files[part]!);
    expect(/<c r="D3"[^>]*>.*?<\/c>/.exec(xml)?.[0]).toMatch(/^<c r="D3"( s="\d+")?><f>IF\(C3&gt;0,C3\/2,&quot;&quot;\)<\/f><v>2.5<\/v><\/c>$/);
    expect(/<sheetProtection [^>]*\/>/.exec(xml)?.[0]).toBe('<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="1"/>');
    // Schema order: sheetProtection right after sheetData; dataValidations after mergeCells and conditional formats.
    expect(xml.indexOf("</sheetData><sheetProtection")).toBeGreaterThan(0);
    expect(xml.indexOf("<dataValidations")).toBeGreaterThan(xml.indexOf("<conditionalFormatting"));
    const rules = [...xml.matchAll(/<dataValidation [^>]*>.*?<\/dataValidation>/g)].map((m) => m[0]);
    expect(rules[0]).toMatch(/type="decimal" operator="between".*sqref="C3:C4"><formula1>0<\/formula1><formula2>100<\/formula2>/);
    expect(rules[0]).toContain('prompt="Một số.&#10;Không kèm đơn vị."');
    expect(rules[1]).toMatch(/operator="lessThanOrEqual".*sqref="A6"><formula1>10<\/formula1><\/dataValidation>/);
    expect(rules[2]).toMatch(/operator="between".*<formula1>-1000000000000000<\/formula1><formula2>1000000000000000<\/formula2>/);
    const styles = strFromU8(files["xl/styles.xml"]!);
    const xfs = [...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(styles)?.[1] ?? "").matchAll(/<xf [^>]*\/>|<xf [^>]*[^/]>.*?<\/xf>/g)].map((m) => m[0]);
    const styleOf = (cell: string): number => Number(new RegExp(`<c r="${cell}" s="(\\d+)"`).exec(xml)?.[1] ?? 0);
    expect([styleOf("C3"), styleOf("C4"), styleOf("B3")].map((s) => /applyProtection="1".*<protection locked="0"\/>/.test(xfs[s] ?? ""))).toEqual([true, true, false]);
    const calc = strFromU8(files["xl/workbook.xml"]!).match(/<calcPr\b[^>]*\/>/g);
    expect(calc).toHaveLength(1);
    expect(calc![0]).toContain('fullCalcOnLoad="1"');
  });

  it("writes member text that looks like a formula as plain text", async () => {
    const host = await XlsxWorkbook.open(await clusterFile(), "cum.xlsx");
    await host.write({ sheets: [writeOf("Xếp hạng 2024", null)], activate: null });
    const ws = (await written(host)).getWorksheet("Xếp hạng 2024")!;
    expect([ws.getCell("B3").value, ws.getCell("B3").formula]).toEqual(["=SUM(A1)", undefined]);
    expect(ws.getCell("B4").value).toBe("+84 912");
  });

  it("leaves every other sheet exactly as it was", async () => {
    const input = await clusterFile();
    const before = await openWithExcelJs(input);
    const host = await XlsxWorkbook.open(input, "cum.xlsx");
    await host.write({ sheets: [writeOf("Xếp hạng 2024", null), writeOf("Biên bản 2024", null, { tag: "minutes_2024" })], activate: "Xếp hạng 2024" });
    const after = await written(host);
    for (const name of ["Thông tin", "Báo cáo", "Ghi chú"]) {
      expect(sheetFingerprint(after.getWorksheet(name)!)).toEqual(sheetFingerprint(before.getWorksheet(name)!));
    }
    expect(after.getWorksheet("Báo cáo")!.getCell("B1").formula).toBe("SUM(B2:B3)");
  });

  it("tags the sheets it writes and reads the tags back", async () => {
    const host = await XlsxWorkbook.open(await clusterFile(), "cum.xlsx");
    await host.write({ sheets: [writeOf("Xếp hạng 2024", null)], activate: null });
    const reopened = await XlsxWorkbook.open(await host.toBuffer(), "cum.xlsx");
    const snapshot = await reopened.readSnapshot();
    expect(snapshot.sheets.map((s) => [s.name, s.tag])).toEqual([
      ["Thông tin", null],
      ["Báo cáo", null],
      ["Ghi chú", null],
      ["Xếp hạng 2024", "ranking_2024"],
    ]);
  });

  it("replaces its own earlier sheet in the same tab position", async () => {
    const first = await XlsxWorkbook.open(await clusterFile(), "cum.xlsx");
    await first.write({ sheets: [writeOf("Xếp hạng 2024", null)], activate: null });
    const wb = await openWithExcelJs(await first.toBuffer());
    wb.addWorksheet("Sau cùng").getCell("A1").value = "trang của người dùng";
    const host = await XlsxWorkbook.open(new Uint8Array(await wb.xlsx.writeBuffer()), "cum.xlsx");
    const values = [["MỚI", null, null], ["Hạng", "Đơn vị", "Tổng điểm"], [1, "huyện Đak Đoa", 1000], [2, "huyện Kbang", 900]];
    await host.write({ sheets: [writeOf("Xếp hạng 2024", "Xếp hạng 2024", { values })], activate: "Xếp hạng 2024" });
    const snapshot = await host.readSnapshot();
    expect(snapshot.sheets.map((s) => [s.name, s.tag])).toEqual([
      ["Thông tin", null],
      ["Báo cáo", null],
      ["Ghi chú", null],
      ["Xếp hạng 2024", "ranking_2024"],
      ["Sau cùng", null],
    ]);
    expect(snapshot.sheets[3]!.values[0]![0]).toBe("MỚI");
    const reopened = await written(host);
    expect(reopened.worksheets.map((ws) => ws.name)).toEqual(["Thông tin", "Báo cáo", "Ghi chú", "Xếp hạng 2024", "Sau cùng"]);
  });

  it("keeps sheets written in two steps apart (the pane writes the imports, then the ranking and the findings)", async () => {
    const host = await XlsxWorkbook.open(await clusterFile(), "cum.xlsx");
    const values = (text: string) => [[text, null, null]];
    await host.write({ sheets: [writeOf("TH huyện Kbang", null, { tag: "import_kbang", values: values("KBANG") }), writeOf("TH huyện Đak Pơ", null, { tag: "import_dak_po", values: values("ĐAK PƠ") })], activate: null });
    await host.write({ sheets: [writeOf("Xếp hạng 2024", null, { values: values("XẾP HẠNG") }), writeOf("Kiểm tra 2024", null, { tag: "findings_2024", values: values("KIỂM TRA") })], activate: "Xếp hạng 2024" });
    const reopened = await XlsxWorkbook.open(await host.toBuffer(), "cum.xlsx");
    const sheets = (await reopened.readSnapshot()).sheets.slice(3);
    expect(sheets.map((s) => [s.name, s.tag, s.values[0]![0]])).toEqual([
      ["TH huyện Kbang", "import_kbang", "KBANG"],
      ["TH huyện Đak Pơ", "import_dak_po", "ĐAK PƠ"],
      ["Xếp hạng 2024", "ranking_2024", "XẾP HẠNG"],
      ["Kiểm tra 2024", "findings_2024", "KIỂM TRA"],
    ]);
  });

  it("drops the calculation chain's entries of a sheet it replaces, and keeps the user's", async () => {
    const first = await XlsxWorkbook.open(await clusterFile(), "cum.xlsx");
    await first.write({ sheets: [writeOf("Xếp hạng 2024", null)], activate: null });
    // A user typed a formula into the tool's sheet (id 4); Excel listed it in its calculation chain with the user's B1 (sheet 2).
    const edited = edit(await first.toBuffer(), (files) => {
      setText(files, "xl/calcChain.xml", '<?xml version="1.0"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B1" i="2"/><c r="D9" i="4"/><c r="D10"/></calcChain>');
      setText(files, "xl/_rels/workbook.xml.rels", text(files, "xl/_rels/workbook.xml.rels").replace("</Relationships>", '<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'));
    });
    const host = await XlsxWorkbook.open(edited, "cum.xlsx");
    await host.write({ sheets: [writeOf("Xếp hạng 2024", "Xếp hạng 2024")], activate: null });
    expect(partText(await host.toBuffer(), "xl/calcChain.xml")).toContain('<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B1" i="2"/></calcChain>');
  });

  it("lists the new sheets in the package's index parts, and changes no other part", async () => {
    const input = await clusterFile();
    const host = await XlsxWorkbook.open(input, "cum.xlsx");
    await host.write({ sheets: [writeOf("Xếp hạng 2024", null)], activate: null });
    const output = await host.toBuffer();
    const app = partText(output, "docProps/app.xml");
    expect(app).toMatch(/<vt:lpstr>Worksheets<\/vt:lpstr><\/vt:variant><vt:variant><vt:i4>4<\/vt:i4>/);
    expect(app).toContain("<vt:lpstr>Ghi chú</vt:lpstr><vt:lpstr>Xếp hạng 2024</vt:lpstr>");
    expect(partText(output, "[Content_Types].xml")).toContain('<Override PartName="/xl/worksheets/sheet4.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>');
    const changed = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "docProps/app.xml", "xl/styles.xml", "xl/worksheets/sheet4.xml"];
    for (const name of Object.keys(unzipSync(input))) {
      // Folder entries ("_rels/") are not parts of the package and are not written.
      if (!changed.includes(name) && !name.endsWith("/")) expect([name, host.isCopied(name)]).toEqual([name, true]);
    }
  });

  it("refuses a plan whose sheet name is taken by a user sheet and changes nothing", async () => {
    const host = await XlsxWorkbook.open(await clusterFile(), "cum.xlsx");
    await expect(host.write({ sheets: [writeOf("Xếp hạng 2024", null), writeOf("Ghi chú", null)], activate: null })).rejects.toThrow(
      'Trang tính "Ghi chú" đã có trong sổ',
    );
    expect((await host.readSnapshot()).sheets.map((s) => s.name)).toEqual(["Thông tin", "Báo cáo", "Ghi chú"]);
  });

  it("removes the sheets it staged when a plan cannot be written", async () => {
    const host = await XlsxWorkbook.open(await clusterFile(), "cum.xlsx");
    const overlapping = [{ top: 0, left: 0, bottom: 0, right: 2 }, { top: 0, left: 1, bottom: 1, right: 1 }];
    await expect(
      host.write({ sheets: [writeOf("Xếp hạng 2024", null), writeOf("Biên bản 2024", null, { tag: "minutes_2024", merges: overlapping })], activate: null }),
    ).rejects.toThrow("Không ghi được trang tính");
    expect((await host.readSnapshot()).sheets.map((s) => s.name)).toEqual(["Thông tin", "Báo cáo", "Ghi chú"]);
  });

  it("activates a user sheet without rewriting it", async () => {
    const host = await XlsxWorkbook.open(await clusterFile(), "cum.xlsx");
    await host.selectCell("Báo cáo", "B3");
    const wb = await written(host);
    expect(wb.views[0]!.activeTab).toBe(1);
    expect(host.isCopied("xl/worksheets/sheet2.xml")).toBe(true);
  });

  it("leaves the active tab alone when a user sheet is tab-selected, whether or not the workbook was read first", async () => {
    const input = edit(await clusterFile(), (files) => {
      const xml = text(files, "xl/worksheets/sheet2.xml");
      setText(files, "xl/worksheets/sheet2.xml", /<sheetView\b/.test(xml) ? xml.replace(/<sheetView\b/, '<sheetView tabSelected="1"') : xml.replace("<sheetData", '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData'));
    });
    for (const readFirst of [true, false]) {
      const host = await XlsxWorkbook.open(input, "cum.xlsx");
      if (readFirst) await host.readSnapshot();
      await host.write({ sheets: [writeOf("Xếp hạng 2024", null)], activate: "Xếp hạng 2024" });
      expect({ readFirst, tab: partText(await host.toBuffer(), "xl/workbook.xml").match(/activeTab="(\d+)"/)?.[1] ?? "0" }).toEqual({ readFirst, tab: "0" });
    }
    const plain = await XlsxWorkbook.open(await clusterFile(), "cum.xlsx");
    await plain.readSnapshot();
    await plain.write({ sheets: [writeOf("Xếp hạng 2024", null)], activate: "Xếp hạng 2024" });
    expect(partText(await plain.toBuffer(), "xl/workbook.xml")).toMatch(/activeTab="3"/);
  });

  it("selects the cell on its own sheet and makes it the only selected tab", async () => {
    const host = await XlsxWorkbook.open(await clusterFile(), "cum.xlsx");
    await host.write({ sheets: [writeOf("Xếp hạng 2024", null)], activate: null });
    await host.selectCell("Xếp hạng 2024", "C4");
    const wb = await written(host);
    expect(wb.views[0]!.activeTab).toBe(3);
    expect(wb.getWorksheet("Xếp hạng 2024")!.views[0]).toMatchObject({ activeCell: "C4" });
  });
});
