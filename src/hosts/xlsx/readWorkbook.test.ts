import { readWorkbook } from "./readWorkbook";
import { workbookBytes } from "./testing/workbooks";
import { XlsxInputError } from "./xlsxInputError";

async function memberFile(): Promise<Uint8Array> {
  return workbookBytes((wb) => {
    const ws = wb.addWorksheet("Báo cáo");
    ws.getCell("B2").value = "BÁO CÁO KẾT QUẢ NĂM 2024";
    ws.mergeCells("B2:D2");
    ws.getCell("B3").value = { richText: [{ text: "Đơn vị: " }, { font: { bold: true }, text: "huyện Đak Đoa" }] };
    ws.getCell("B4").value = { formula: "1+1", result: 2 };
    ws.getCell("C4").value = { text: "Xem hướng dẫn", hyperlink: "https://example.org" };
    ws.getCell("D4").value = new Date(Date.UTC(2025, 1, 12));
    ws.getCell("D4").numFmt = "dd/mm/yyyy";
    ws.getCell("B5").value = { error: "#N/A" } as never;
    ws.getCell("C5").value = 0.0332;
    ws.getCell("C5").numFmt = "0.00%";
    ws.getCell("D5").numFmt = "0.00%";
    ws.getCell("D6").value = "2.735,764";
    wb.addWorksheet("Trống");
    wb.definedNames.add("'Báo cáo'!$A$1", "ThiDua_import_huyen_dak_doa");
  });
}

describe("readWorkbook", () => {
  it("gives the used range with its offset, cached formula results, rich and linked text", async () => {
    const book = await readWorkbook(await memberFile(), "dak-doa.xlsx");
    const sheet = book.sheets[0]!;
    expect(book.file).toBe("dak-doa.xlsx");
    expect(sheet.name).toBe("Báo cáo");
    expect([sheet.top, sheet.left]).toEqual([1, 1]);
    expect(sheet.values[0]).toEqual(["BÁO CÁO KẾT QUẢ NĂM 2024", null, null]);
    expect(sheet.values[1]![0]).toBe("Đơn vị: huyện Đak Đoa");
    expect(sheet.values[2]).toEqual([2, "Xem hướng dẫn", 45700]);
    expect(sheet.values[4]![2]).toBe("2.735,764");
  });

  it("gives dates as serial numbers with their format, errors as text and percent formats", async () => {
    const sheet = (await readWorkbook(await memberFile(), "dak-doa.xlsx")).sheets[0]!;
    expect(sheet.formats[2]![2]).toBe("dd/mm/yyyy");
    expect(sheet.values[3]).toEqual(["#N/A", 0.0332, null]);
    expect(sheet.formats[3]).toEqual(["General", "0.00%", "0.00%"]);
  });

  it("reads the tool's tag from its defined name and an empty sheet as an empty grid", async () => {
    const book = await readWorkbook(await memberFile(), "dak-doa.xlsx");
    expect(book.sheets.map((s) => [s.name, s.tag, s.values.length])).toEqual([
      ["Báo cáo", "import_huyen_dak_doa", 5],
      ["Trống", null, 0],
    ]);
  });

  it("refuses a text file renamed .xlsx with a message in Vietnamese only (the command line adds English)", async () => {
    const csv = new TextEncoder().encode("STT,Chỉ tiêu,Thực hiện\n1,GTSX,12033\n");
    await expect(readWorkbook(csv, "bao-cao.xlsx")).rejects.toMatchObject({
      host: "xlsx",
      problem: "notXlsx",
      message:
        'Tệp "bao-cao.xlsx" không phải là sổ tính Excel .xlsx (có thể là tệp .xls cũ, CSV hoặc tệp khác đổi đuôi); hãy mở bằng Excel và lưu lại dạng .xlsx.',
    });
  });

  it("calls a 0-byte file empty, not an old .xls", async () => {
    await expect(readWorkbook(new Uint8Array(0), "kbang.xlsx")).rejects.toMatchObject({
      problem: "empty",
      message: 'Tệp "kbang.xlsx" trống (0 byte): có thể tệp chưa được lưu hoặc chép chưa xong; hãy lấy lại tệp từ người gửi.',
    });
  });

  it("calls a 0-byte file empty, not an old .xls", async () => {
    await expect(readWorkbook(new Uint8Array(0), "kbang.xlsx")).rejects.toMatchObject({
      problem: "empty",
      message: 'Tệp "kbang.xlsx" trống (0 byte): có thể tệp chưa được lưu hoặc chép chưa xong; hãy lấy lại tệp từ người gửi.',
    });
  });

  it("says a password-protected workbook is encrypted", async () => {
    const cfb = new Uint8Array(2048);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const stream = "EncryptionInfo";
    for (let i = 0; i < stream.length; i++) cfb[1024 + i * 2] = stream.charCodeAt(i);
    const error = await readWorkbook(cfb, "mat-khau.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxInputError);
    expect((error as XlsxInputError).problem).toBe("encrypted");
    expect((error as Error).message).toContain("được bảo vệ bằng mật khẩu");
  });

  it("says an old .xls compound file is not an xlsx", async () => {
    const xls = new Uint8Array(1024);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readWorkbook(xls, "cu.xls")).rejects.toMatchObject({ problem: "notXlsx" });
  });

  it("says a damaged zip is corrupt", async () => {
    const bytes = (await memberFile()).slice(0, 300);
    await expect(readWorkbook(bytes, "hong.xlsx")).rejects.toMatchObject({
      problem: "corrupt",
      message: expect.stringContaining('Tệp "hong.xlsx" bị hỏng'),
    });
  });

  it("refuses a file over 50 MB before parsing it", async () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    await expect(readWorkbook(big, "lon.xlsx")).rejects.toMatchObject({
      problem: "tooLarge",
      message: expect.stringContaining("lớn hơn 50 MB"),
    });
  });
});
