import { createFakeExcel, type FakeExcel, type SeedSheet } from "./testing/fakeExcel";
import { OfficeWorkbookHost } from "./OfficeWorkbookHost";
import { OfficeHostError } from "./officeHostError";
import { plainSpec, rankingSpec, writeOf } from "./testing/sheetSpecs";

const REPORT: SeedSheet = {
  name: "Báo cáo",
  top: 2,
  left: 1,
  values: [
    ["Đơn vị: Huyện Đak Đoa", null, null],
    ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
    ["Thu ngân sách", 2500, 2735.764],
    ["Tỷ lệ hộ nghèo", 0.035, "#DIV/0!"],
  ],
  formats: [
    ["General", "General", "General"],
    ["General", "General", "General"],
    ["General", "#,##0", "#,##0.000"],
    ["General", "0.00%", "General"],
  ],
};

function hostOn(fake: FakeExcel, extra: Partial<ConstructorParameters<typeof OfficeWorkbookHost>[0]> = {}) {
  const waits: number[] = [];
  const host = new OfficeWorkbookHost({
    run: fake.run,
    isSetSupported: fake.isSetSupported,
    documentUrl: () => fake.url,
    wait: async (ms) => {
      waits.push(ms);
    },
    ...extra,
  });
  return { host, waits };
}

/** A change made by the user in Excel between two reads of the host. */
async function asUser(fake: FakeExcel, change: (context: Excel.RequestContext) => void): Promise<void> {
  await fake.run(async (context) => {
    change(context);
    await context.sync();
  });
}

describe("OfficeWorkbookHost.readSnapshot", () => {
  it("reads values, number formats, offsets and tags of every sheet in two syncs the first time", async () => {
    const fake = createFakeExcel({
      url: "https://contoso.sharepoint.com/sites/tdkt/C%E1%BB%A5m%20s%E1%BB%91%202.xlsx?web=1",
      sheets: [REPORT, { name: "Trống", values: [] }, { name: "Xếp hạng 2023", values: [["BẢNG XẾP HẠNG"]], tag: "ranking_2023" }],
    });
    const { host } = hostOn(fake);

    const snapshot = await host.readSnapshot();

    expect(fake.syncCount).toBe(2);
    expect(snapshot.file).toBe("Cụm số 2.xlsx");
    expect(snapshot.sheets.map((s) => [s.name, s.top, s.left, s.tag])).toEqual([
      ["Báo cáo", 2, 1, null],
      ["Trống", 0, 0, null],
      ["Xếp hạng 2023", 0, 0, "ranking_2023"],
    ]);
    const report = snapshot.sheets[0]!;
    expect(report.values).toEqual([
      ["Đơn vị: Huyện Đak Đoa", null, null],
      ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      ["Thu ngân sách", 2500, 2735.764],
      ["Tỷ lệ hộ nghèo", 0.035, "#DIV/0!"],
    ]);
    expect(report.formats[2]).toEqual(["General", "#,##0", "#,##0.000"]);
    expect(report.formats[3]![1]).toBe("0.00%");
    expect(snapshot.sheets[1]!.values).toEqual([]);
  });

  it("reads again in one sync once it knows the sheets, with the user's latest edits", async () => {
    const fake = createFakeExcel({ sheets: [REPORT, { name: "Xếp hạng 2023", values: [["BẢNG XẾP HẠNG"]], tag: "ranking_2023" }] });
    const { host } = hostOn(fake);
    await host.readSnapshot();
    await asUser(fake, (context) => {
      context.workbook.worksheets.getItem("Báo cáo").getRange("D5").values = [[2800]];
    });
    const before = fake.syncCount;

    const snapshot = await host.readSnapshot();

    expect(fake.syncCount - before).toBe(1);
    expect(snapshot.sheets.map((s) => [s.name, s.tag])).toEqual([["Báo cáo", null], ["Xếp hạng 2023", "ranking_2023"]]);
    expect(snapshot.sheets[0]!.values[2]).toEqual(["Thu ngân sách", 2500, 2800]);
  });

  it("reads a sheet the user added since in one more sync, in its tab", async () => {
    const fake = createFakeExcel({ sheets: [REPORT, { name: "Ghi chú", values: [["x"]] }] });
    const { host } = hostOn(fake);
    await host.readSnapshot();
    await asUser(fake, (context) => {
      const added = context.workbook.worksheets.add("Báo cáo Ia Grai");
      added.getRange("A1:B1").values = [["Chỉ tiêu", "Thực hiện"]];
      added.position = 1;
    });
    const before = fake.syncCount;

    const snapshot = await host.readSnapshot();

    expect(fake.syncCount - before).toBe(2);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Báo cáo", "Báo cáo Ia Grai", "Ghi chú"]);
    expect(snapshot.sheets[1]!.values).toEqual([["Chỉ tiêu", "Thực hiện"]]);
  });

  it("reads the whole workbook again when a sheet it knew was deleted, and leaves that sheet out", async () => {
    const fake = createFakeExcel({ sheets: [REPORT, { name: "Ghi chú", values: [["x"]] }, { name: "Báo cáo 2", values: [["Chỉ tiêu"]] }] });
    const { host } = hostOn(fake);
    await host.readSnapshot();
    await asUser(fake, (context) => context.workbook.worksheets.getItem("Ghi chú").delete());
    const before = fake.syncCount;

    const snapshot = await host.readSnapshot();

    expect(fake.syncCount - before).toBe(3);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Báo cáo", "Báo cáo 2"]);
    expect(snapshot.sheets[1]!.values).toEqual([["Chỉ tiêu"]]);
    const again = fake.syncCount;
    await host.readSnapshot();
    expect(fake.syncCount - again).toBe(1);
  });

  it("reads a renamed sheet under its new name", async () => {
    const fake = createFakeExcel({ sheets: [REPORT, { name: "Sheet2", values: [["Giao ước"]] }] });
    const { host } = hostOn(fake);
    await host.readSnapshot();
    await asUser(fake, (context) => {
      context.workbook.worksheets.getItem("Sheet2").name = "Giao ước 2024";
    });
    const before = fake.syncCount;

    const snapshot = await host.readSnapshot();

    expect(fake.syncCount - before).toBe(3);
    expect(snapshot.sheets.map((s) => [s.name, s.values])).toEqual([
      ["Báo cáo", REPORT.values],
      ["Giao ước 2024", [["Giao ước"]]],
    ]);
  });

  it("reads a sheet renamed only in case under its new name", async () => {
    const fake = createFakeExcel({ sheets: [REPORT, { name: "giao ước", values: [["Giao ước"]] }] });
    const { host } = hostOn(fake);
    await host.readSnapshot();
    await asUser(fake, (context) => {
      context.workbook.worksheets.getItem("giao ước").name = "GIAO ƯỚC";
    });

    const snapshot = await host.readSnapshot();

    expect(snapshot.sheets.map((s) => [s.name, s.values])).toEqual([
      ["Báo cáo", REPORT.values],
      ["GIAO ƯỚC", [["Giao ước"]]],
    ]);
  });

  it("reads in one sync after its own write, with the written sheets and their tags", async () => {
    const fake = createFakeExcel({ sheets: [REPORT, { name: "Xếp hạng 2024", values: [["cũ"]], tag: "ranking_2024" }] });
    const { host } = hostOn(fake);
    await host.readSnapshot();
    await host.write(
      writeOf([
        { spec: plainSpec("ranking", "ranking_2024", "Xếp hạng 2024", [["mới"]]), name: "Xếp hạng 2024", replaces: "Xếp hạng 2024" },
        { spec: plainSpec("minutes", "minutes_2024", "Biên bản 2024", [["BIÊN BẢN"]]), name: "Biên bản 2024", replaces: null },
      ]),
    );
    const before = fake.syncCount;

    const snapshot = await host.readSnapshot();

    expect(fake.syncCount - before).toBe(1);
    expect(snapshot.sheets.map((s) => [s.name, s.values, s.tag])).toEqual([
      ["Báo cáo", REPORT.values, null],
      ["Xếp hạng 2024", [["mới"]], "ranking_2024"],
      ["Biên bản 2024", [["BIÊN BẢN"]], "minutes_2024"],
    ]);
  });

  it("gives no file name when the document has no URL", async () => {
    const fake = createFakeExcel({ sheets: [REPORT] });
    const { host } = hostOn(fake);
    expect((await host.readSnapshot()).file).toBeNull();
  });
});

describe("OfficeWorkbookHost.write", () => {
  it("writes every field of a sheet spec in one sync after a read", async () => {
    const fake = createFakeExcel({ sheets: [REPORT] });
    const { host } = hostOn(fake);
    await host.readSnapshot();
    const before = fake.syncCount;

    await host.write(writeOf([{ spec: rankingSpec(), name: "Xếp hạng 2024", replaces: null }]));

    expect(fake.syncCount - before).toBe(1);
    expect(fake.sheetNames()).toEqual(["Báo cáo", "Xếp hạng 2024"]);
    const s = fake.sheet("Xếp hạng 2024");
    expect(fake.valuesOf("Xếp hạng 2024", "A1:D2")).toEqual([
      ["BẢNG XẾP HẠNG CỤM THI ĐUA SỐ 2", "", "", ""],
      ["Hạng", "Đơn vị", "Tổng điểm", "Tỷ lệ"],
    ]);
    expect(fake.valuesOf("Xếp hạng 2024", "C3:D5")).toEqual([[95.5, 0.955], [90.25, 0.9025], [88, 0.88]]);
    expect(fake.cell("Xếp hạng 2024", "C3").numberFormat).toBe("#,##0.00");
    expect(fake.cell("Xếp hạng 2024", "D4").numberFormat).toBe("0.00%");
    expect(fake.cell("Xếp hạng 2024", "B5").font).toMatchObject({ name: "Times New Roman", size: 12 });
    expect(fake.cell("Xếp hạng 2024", "A1").font).toMatchObject({ bold: true, size: 14 });
    expect(fake.cell("Xếp hạng 2024", "A1").horizontal).toBe("Center");
    expect(fake.cell("Xếp hạng 2024", "B2")).toMatchObject({ fill: "#D9E1F2", wrap: true, vertical: "Center" });
    expect(fake.cell("Xếp hạng 2024", "B3").borders).toEqual({ top: "Thin", bottom: "Thin", left: "Thin", right: "Thin" });
    expect(fake.cell("Xếp hạng 2024", "A1").borders.top).toBeNull();
    expect(fake.merges("Xếp hạng 2024")).toEqual(["A1:D1"]);
    expect([0, 1, 2, 3].map((c) => s.columnWidths.get(c))).toEqual([35.25, 161.25, 66.75, 66.75]);
    expect(s.rowHeights.get(0)).toBe(30);
    expect(s.freeze).toEqual({ rows: 2, columns: 0 });
    expect(fake.cell("Xếp hạng 2024", "B5").hyperlink).toBe("'Báo cáo'!B5");
    expect(fake.cell("Xếp hạng 2024", "B5").value).toBe("Huyện Đak Đoa");
    expect(s.conditionalFormats).toEqual([{ type: "DataBar", address: "C3:C5", fillColor: "#63BE7B" }]);
    expect(s.pageLayout).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      margins: { top: 56.69, bottom: 56.69, left: 42.52, right: 42.52 },
      printArea: "A1:D5",
      printTitleRows: "2:2",
      printTitleColumns: null,
      centerHorizontally: false,
      rowBreaks: [],
      columnBreaks: [],
    });
    expect(s.tables).toEqual([expect.objectContaining({ address: "A2:D5", style: "TableStyleLight9", hasHeaders: true })]);
    expect(s.charts).toEqual([
      { type: "BarClustered", title: "Tổng điểm", source: "C3:C5", seriesBy: "Columns", categories: "B3:B5", position: { from: "A7", to: "F21" }, legendVisible: false },
    ]);
    expect(fake.definedNames()).toEqual([{ name: "ThiDua_ranking_2024", value: "'Xếp hạng 2024'!$A$1" }]);
    expect(fake.activeSheet?.name).toBe("Xếp hạng 2024");
  });

  it("prints at a fixed scale, centred, with title columns and the manual row and column breaks", async () => {
    const fake = createFakeExcel({ sheets: [REPORT] });
    const { host } = hostOn(fake);
    const page = { ...rankingSpec().page, scale: { kind: "percent", percent: 85 }, centerHorizontally: true, printTitleColumns: { first: 0, last: 1 }, rowBreaks: [3], columnBreaks: [2] } as const;
    await host.write(writeOf([{ spec: rankingSpec({ page }), name: "Xếp hạng 2024", replaces: null }]));
    expect(fake.sheet("Xếp hạng 2024").pageLayout).toMatchObject({
      zoom: { scale: 85 },
      centerHorizontally: true,
      printTitleRows: "2:2",
      printTitleColumns: "A:B",
      rowBreaks: [3],
      columnBreaks: [2],
    });
  });

  it("writes member text that looks like a formula, a phone number or a number literally", async () => {
    const fake = createFakeExcel({ sheets: [REPORT] });
    const { host } = hostOn(fake);
    const plan = plainSpec("import", "import_dak_doa", "TH Đak Đoa", [["=SUM(A1)", "+84 912", "-", "0912345678", "@tag", "Huyện Đak Đoa", 42]]);

    await host.write(writeOf([{ spec: plan, name: "TH Đak Đoa", replaces: null }]));

    expect(fake.valuesOf("TH Đak Đoa", "A1:G1")).toEqual([["=SUM(A1)", "+84 912", "-", "0912345678", "@tag", "Huyện Đak Đoa", 42]]);
    expect(["A1", "B1", "C1", "D1", "E1"].map((a) => fake.cell("TH Đak Đoa", a).formula)).toEqual([null, null, null, null, null]);
    expect(["A1", "B1", "C1", "D1", "E1", "F1", "G1"].map((a) => fake.cell("TH Đak Đoa", a).numberFormat)).toEqual(["@", "@", "@", "@", "@", "General", "General"]);
  });

  it("replaces the tool's earlier sheet in its tab and leaves the user's sheet of the same name alone", async () => {
    const fake = createFakeExcel({
      sheets: [
        REPORT,
        { name: "Xếp hạng 2024", values: [["bảng cũ"]], tag: "ranking_2024" },
        { name: "Biên bản 2024", values: [["biên bản của người dùng"]] },
        { name: "Ghi chú", values: [["x"]] },
      ],
    });
    const { host } = hostOn(fake);
    await host.readSnapshot();

    await host.write(
      writeOf([
        { spec: rankingSpec(), name: "Xếp hạng 2024", replaces: "Xếp hạng 2024" },
        { spec: plainSpec("minutes", "minutes_2024", "Biên bản 2024", [["BIÊN BẢN"]]), name: "Biên bản 2024 (2)", replaces: null },
      ]),
    );

    expect(fake.sheetNames()).toEqual(["Báo cáo", "Xếp hạng 2024", "Biên bản 2024", "Ghi chú", "Biên bản 2024 (2)"]);
    expect(fake.cell("Xếp hạng 2024", "A1").value).toBe("BẢNG XẾP HẠNG CỤM THI ĐUA SỐ 2");
    expect(fake.valuesOf("Biên bản 2024", "A1")).toEqual([["biên bản của người dùng"]]);
    expect(fake.definedNames()).toEqual([
      { name: "ThiDua_ranking_2024", value: "'Xếp hạng 2024'!$A$1" },
      { name: "ThiDua_minutes_2024", value: "'Biên bản 2024 (2)'!$A$1" },
    ]);
    expect((await host.readSnapshot()).sheets.map((s) => s.tag)).toEqual([null, "ranking_2024", null, null, "minutes_2024"]);
  });

  it("learns the layout in one more sync when nothing was read before", async () => {
    const fake = createFakeExcel({ sheets: [REPORT, { name: "Xếp hạng 2024", values: [["cũ"]], tag: "ranking_2024" }] });
    const { host } = hostOn(fake);

    await host.write(writeOf([{ spec: plainSpec("ranking", "ranking_2024", "Xếp hạng 2024", [["mới"]]), name: "Xếp hạng 2024", replaces: "Xếp hạng 2024" }]));

    expect(fake.syncCount).toBe(2);
    expect(fake.valuesOf("Xếp hạng 2024", "A1")).toEqual([["mới"]]);
    expect(fake.definedNames()).toEqual([{ name: "ThiDua_ranking_2024", value: "'Xếp hạng 2024'!$A$1" }]);
  });

  it("splits a write into several requests only when it would pass the payload limit", async () => {
    const rows = Array.from({ length: 200 }, (_, i) => [i + 1, `Chỉ tiêu thi đua số ${i + 1} của cụm`, (i * 7.25) % 100]);
    const plan = plainSpec("import", "import_big", "TH lớn", rows);
    const small = createFakeExcel({ sheets: [REPORT] });
    const { host: smallLimitHost } = hostOn(small, { payloadLimitBytes: 4000 });
    small.payloadLimitBytes = 5000;
    await smallLimitHost.readSnapshot();
    const before = small.syncCount;

    await smallLimitHost.write(writeOf([{ spec: plan, name: "TH lớn", replaces: null }]));

    expect(small.syncCount - before).toBeGreaterThan(2);
    expect(small.syncBytes.slice(before).every((b) => b <= 5000)).toBe(true);
    expect(small.valuesOf("TH lớn", "A200:C200")).toEqual([[200, "Chỉ tiêu thi đua số 200 của cụm", (199 * 7.25) % 100]]);
    expect(small.definedNames()).toEqual([{ name: "ThiDua_import_big", value: "'TH lớn'!$A$1" }]);

    const roomy = createFakeExcel({ sheets: [REPORT] });
    const { host } = hostOn(roomy);
    await host.readSnapshot();
    await host.write(writeOf([{ spec: plan, name: "TH lớn", replaces: null }]));
    expect(roomy.syncCount).toBe(3);
  });

  it("says the request is too large when Excel refuses it, and adds no sheet", async () => {
    const fake = createFakeExcel({ sheets: [REPORT] });
    fake.payloadLimitBytes = 1000;
    const { host } = hostOn(fake);
    const rows = Array.from({ length: 100 }, (_, i) => [`Dòng ${i}`]);

    const error = await host.write(writeOf([{ spec: plainSpec("import", "import_x", "TH x", rows), name: "TH x", replaces: null }])).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(OfficeHostError);
    expect(error).toMatchObject({ kind: "tooLarge", code: "RequestPayloadSizeLimitExceeded" });
    expect((error as Error).message).toMatch(/vượt giới hạn 5 MB/);
    expect(fake.sheetNames()).toEqual(["Báo cáo"]);
  });

  it("retries once when Excel is in cell-edit mode, then succeeds", async () => {
    const fake = createFakeExcel({ sheets: [REPORT] });
    const { host, waits } = hostOn(fake);
    await host.readSnapshot();
    fake.simulate.cellEditModeSyncs = 1;

    await host.write(writeOf([{ spec: plainSpec("ranking", "ranking_2024", "Xếp hạng 2024", [["Hạng"]]), name: "Xếp hạng 2024", replaces: null }]));

    expect(waits).toEqual([1000]);
    expect(fake.syncCount).toBe(4);
    expect(fake.sheetNames()).toEqual(["Báo cáo", "Xếp hạng 2024"]);
  });

  it("gives up after one retry in cell-edit mode with a Vietnamese message saying what to do", async () => {
    const fake = createFakeExcel({ sheets: [REPORT] });
    const { host, waits } = hostOn(fake);
    fake.simulate.cellEditModeSyncs = 2;

    const error = await host.readSnapshot().catch((e: unknown) => e);

    expect(waits).toHaveLength(1);
    expect(error).toMatchObject({ kind: "busy", message: "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc rồi thử lại." });
  });

  it("leaves no new sheet and keeps the old output when a write fails half-way", async () => {
    const fake = createFakeExcel({ sheets: [REPORT, { name: "Xếp hạng 2024", values: [["bảng cũ"]], tag: "ranking_2024" }] });
    const { host } = hostOn(fake);
    await host.readSnapshot();
    fake.simulate.failOn = "tables.add";

    const error = await host
      .write(writeOf([
        { spec: rankingSpec(), name: "Xếp hạng 2024", replaces: "Xếp hạng 2024" },
        { spec: plainSpec("minutes", "minutes_2024", "Biên bản 2024", [["BIÊN BẢN"]]), name: "Biên bản 2024", replaces: null },
      ]))
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ kind: "other" });
    expect((error as Error).message).toMatch(/^Không ghi được kết quả vào bảng tính; các trang tính mới của lần ghi này đã được gỡ bỏ\. Hãy thử lại\./);
    expect(fake.sheetNames()).toEqual(["Báo cáo", "Xếp hạng 2024"]);
    expect(fake.valuesOf("Xếp hạng 2024", "A1")).toEqual([["bảng cũ"]]);
    expect(fake.definedNames()).toEqual([{ name: "ThiDua_ranking_2024", value: "'Xếp hạng 2024'!$A$1" }]);
  });

  it("refuses to start on an Excel without ExcelApi 1.4, naming the versions that work", async () => {
    const fake = createFakeExcel({ apiVersion: "1.3", sheets: [REPORT] });
    const { host } = hostOn(fake);

    const error = await host.write(writeOf([{ spec: rankingSpec(), name: "Xếp hạng 2024", replaces: null }])).catch((e: unknown) => e);

    expect(error).toMatchObject({ kind: "unsupported" });
    expect((error as Error).message).toContain("ExcelApi 1.4");
    expect((error as Error).message).toContain("Excel 2019 trở lên");
    expect(fake.syncCount).toBe(0);
  });

  it("skips page setup on Excel without ExcelApi 1.9 and writes the rest", async () => {
    const fake = createFakeExcel({ apiVersion: "1.8", sheets: [REPORT] });
    const { host } = hostOn(fake);
    await host.readSnapshot();

    await host.write(writeOf([{ spec: rankingSpec(), name: "Xếp hạng 2024", replaces: null }]));

    const s = fake.sheet("Xếp hạng 2024");
    expect(s.pageLayout.paperSize).toBe("Letter");
    expect(s.freeze).toEqual({ rows: 2, columns: 0 });
    expect(s.charts).toHaveLength(1);
  });

  it("skips freeze panes, links and the chart on Excel without ExcelApi 1.7", async () => {
    const fake = createFakeExcel({ apiVersion: "1.6", sheets: [REPORT] });
    const { host } = hostOn(fake);

    await host.write(writeOf([{ spec: rankingSpec(), name: "Xếp hạng 2024", replaces: null }]));

    const s = fake.sheet("Xếp hạng 2024");
    expect(s.freeze).toBeNull();
    expect(s.charts).toEqual([]);
    expect(fake.cell("Xếp hạng 2024", "B5").hyperlink).toBeNull();
    expect(s.tables).toHaveLength(1);
    expect(s.conditionalFormats).toHaveLength(1);
  });
});

describe("OfficeWorkbookHost.selectCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Khác", values: [[1]] }, REPORT] });
    const { host } = hostOn(fake);

    await host.selectCell("Báo cáo", "D5");

    expect(fake.syncCount).toBe(1);
    expect(fake.activeSheet?.name).toBe("Báo cáo");
    expect(fake.selectionAddress()).toBe("Báo cáo!D5");
  });

  it("says the cell could not be reached when the sheet is gone", async () => {
    const fake = createFakeExcel({ sheets: [REPORT] });
    const { host } = hostOn(fake);

    await expect(host.selectCell("Không có", "A1")).rejects.toMatchObject({ kind: "other", code: "ItemNotFound" });
  });
});
