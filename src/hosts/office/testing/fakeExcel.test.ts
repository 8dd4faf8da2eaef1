import { createFakeExcel } from "./fakeExcel";

function seeded() {
  return createFakeExcel({
    sheets: [{ name: "Báo cáo", top: 1, left: 1, values: [["Chỉ tiêu", "Thực hiện"], ["Thu ngân sách", 2735.764]], formats: [["General", "General"], ["General", "#,##0.00"]] }],
  });
}

describe("fake Excel", () => {
  // This test reads before load and sync on purpose: the rules below catch that mistake in real code.
  /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Báo cáo").getRange("B2:C3");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["Chỉ tiêu", "Thực hiện"], ["Thu ngân sách", 2735.764]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });
  /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */

  it("rejects a values array whose shape does not match the range, at sync", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Báo cáo").getRange("A1:B2").values = [["a", "b"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(fake.cell("Báo cáo", "A1").value).toBeNull();
  });

  it("rejects a numberFormat array whose shape does not match the range", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Báo cáo").getRange("A1:A2").numberFormat = [["@", "@"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("applies nothing until sync, and office.js sends nothing for a sync with nothing queued", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      context.workbook.worksheets.add("Mới");
      expect(fake.sheetNames()).toEqual(["Báo cáo"]);
      await context.sync();
      await context.sync();
    });
    expect(fake.sheetNames()).toEqual(["Báo cáo", "Mới"]);
    expect(fake.syncCount).toBe(1);
  });

  it("stores a string starting with = as a formula unless the cell is formatted as Text", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Báo cáo");
      ws.getRange("E1:F1").values = [["=SUM(A1)", "+84 912"]];
      const text = ws.getRange("E2:F2");
      text.numberFormat = [["@", "@"]];
      text.values = [["=SUM(A1)", "+84 912"]];
      ws.getRange("G1").values = [["0912345678"]];
      await context.sync();
    });
    expect(fake.cell("Báo cáo", "E1")).toMatchObject({ formula: "=SUM(A1)", value: null });
    expect(fake.cell("Báo cáo", "F1")).toMatchObject({ formula: "=+84 912" });
    expect(fake.cell("Báo cáo", "E2")).toMatchObject({ formula: null, value: "=SUM(A1)" });
    expect(fake.cell("Báo cáo", "F2")).toMatchObject({ formula: null, value: "+84 912" });
    expect(fake.cell("Báo cáo", "G1").value).toBe(912345678);
  });

  it("fails with ApiNotFound when an API is above the declared requirement set", async () => {
    const fake = createFakeExcel({ apiVersion: "1.8", sheets: [{ name: "A", values: [[1]] }] });
    expect(fake.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.9")).toBe(false);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("A").pageLayout.paperSize = "A4" as Excel.PaperType;
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
    expect(fake.sheet("A").pageLayout.paperSize).toBe("Letter");
  });

  it("fails the request with ItemNotFound when getItem names a sheet that is not there", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      const gone = context.workbook.worksheets.getItem("Đã xoá").getUsedRangeOrNullObject(true);
      gone.load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      const present = context.workbook.worksheets.getItem("Báo cáo").getUsedRangeOrNullObject(true);
      present.load("address");
      await context.sync();
      expect(present.address).toBe("'Báo cáo'!B2:C3");
    });
  });

  it("refuses getUsedRangeOrNullObject below ExcelApi 1.4", async () => {
    const fake = createFakeExcel({ apiVersion: "1.3", sheets: [{ name: "A", values: [[1]] }] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("A").getUsedRangeOrNullObject(true).load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
  });

  it("keeps commands before a failing one applied and drops those after it, like Excel", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      context.workbook.worksheets.add("Một");
      context.workbook.worksheets.add("Báo cáo");
      context.workbook.worksheets.add("Hai");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    });
    expect(fake.sheetNames()).toEqual(["Báo cáo", "Một"]);
  });

  it("rejects a sync in cell-edit mode without applying it", async () => {
    const fake = seeded();
    fake.simulate.cellEditModeSyncs = 1;
    await fake.run(async (context) => {
      context.workbook.worksheets.add("Mới");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
      context.workbook.worksheets.add("Mới");
      await context.sync();
    });
    expect(fake.sheetNames()).toEqual(["Báo cáo", "Mới"]);
  });

  it("rejects a request larger than the payload limit", async () => {
    const fake = seeded();
    fake.payloadLimitBytes = 1000;
    await fake.run(async (context) => {
      const big = Array.from({ length: 50 }, (_, i) => [`dòng số ${i} với nội dung dài`]);
      context.workbook.worksheets.getItem("Báo cáo").getRange("A1:A50").values = big;
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    });
    expect(fake.cell("Báo cáo", "A1").value).toBeNull();
  });

  it("reports an empty sheet's used range as a null object and a filled one with its address", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Trống", values: [] }, { name: "Xếp hạng 2024", top: 2, left: 1, values: [["x", null], [null, 5]] }] });
    await fake.run(async (context) => {
      const empty = context.workbook.worksheets.getItem("Trống").getUsedRangeOrNullObject(true);
      const used = context.workbook.worksheets.getItem("Xếp hạng 2024").getUsedRangeOrNullObject(true);
      used.load("address,values");
      await context.sync();
      expect(empty.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(false);
      expect(used.address).toBe("'Xếp hạng 2024'!B3:C4");
      expect(used.values).toEqual([["x", ""], ["", 5]]);
    });
  });

  it("keeps a name pointing at its sheet through a rename and shows #REF! after a delete", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Tạm", values: [[1]], tag: "ranking_2024" }, { name: "Khác", values: [[1]] }] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Tạm").name = "Xếp hạng 2024";
      await context.sync();
    });
    expect(fake.definedNames()).toEqual([{ name: "ThiDua_ranking_2024", value: "'Xếp hạng 2024'!$A$1" }]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Xếp hạng 2024").delete();
      await context.sync();
    });
    expect(fake.definedNames()).toEqual([{ name: "ThiDua_ranking_2024", value: "#REF!" }]);
  });

  it("sends the commands left unsynced when run ends, as Excel.run does", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      context.workbook.worksheets.add("Cuối lượt");
    });
    expect(fake.sheetNames()).toEqual(["Báo cáo", "Cuối lượt"]);
    expect(fake.syncCount).toBe(1);
  });
});

describe("the simulated Excel enforces what Excel enforces", () => {
  it("leaves a cell as it is where the values array holds null", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Báo cáo").getRange("B2:C2").values = [[null, "mới"]];
      await context.sync();
    });
    expect(fake.valuesOf("Báo cáo", "B2:C2")).toEqual([["Chỉ tiêu", "mới"]]);
  });

  it("refuses to delete the last visible sheet, and a sheet named History", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "A", values: [[1]] }, { name: "B", values: [[1]], visibility: "VeryHidden" }] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("A").delete();
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
      context.workbook.worksheets.add("HISTORY");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(fake.sheetNames()).toEqual(["A", "B"]);
  });

  it("refuses a row above 409 points and a column above 255 characters", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Báo cáo");
      ws.getRange("1:1").format.rowHeight = 410;
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      ws.getRange("A:A").format.columnWidth = 1400;
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("answers null values for a read above 5 million cells", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Báo cáo").getRange("A1:Z200000");
      range.load("values,rowCount");
      await context.sync();
      expect(range.rowCount).toBe(200_000);
      expect(range.values).toBeNull();
    });
  });
});
