/** Reads within what Excel answers: 5 MB per answer on the web, 5 million cells per read, on office.js. */
import { readCluster } from "../../engine/read/readCluster";
import { createFakeExcel, type SeedSheet } from "./testing/fakeExcel";
import { OfficeWorkbookHost } from "./OfficeWorkbookHost";

const REPORT: SeedSheet = { name: "Báo cáo", values: [["Chỉ tiêu", "Kế hoạch", "Thực hiện"], ["Thu ngân sách", 2500, 2735.764]] };

function hostOn(fake: ReturnType<typeof createFakeExcel>) {
  return new OfficeWorkbookHost({ run: fake.run, isSetSupported: fake.isSetSupported });
}

/** A sheet of `rows` × `cols` Vietnamese text cells. */
function bigSheet(name: string, rows: number, cols: number): SeedSheet {
  return { name, values: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => `Ghi chú dòng ${r + 1} cột ${c + 1} của đơn vị`)) };
}

describe("reading a workbook within Excel's answer limits", () => {
  it("skips a sheet whose used range is huge (a stray value in XFD1048576), and says so", async () => {
    const fake = createFakeExcel({ sheets: [REPORT, { name: "Nháp", values: [["x"]], farCells: [{ address: "XFD1048576", value: 1 }] }] });

    const snapshot = await hostOn(fake).readSnapshot();

    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Báo cáo"]);
    expect(snapshot.skipped).toEqual([{ name: "Nháp", rows: 1_048_576, columns: 16_384 }]);
    const finding = readCluster([snapshot]).findings.find((f) => f.code === "SHEET_TOO_LARGE");
    expect(finding).toMatchObject({ severity: "warning", where: { sheet: "Nháp" }, cells: 1_048_576 * 16_384 });
  });

  it("reads a sheet larger than one 5 MB answer in row blocks, every answer under the limit", async () => {
    const fake = createFakeExcel({ sheets: [REPORT, bigSheet("Ghi chú", 3000, 60)] });

    const snapshot = await hostOn(fake).readSnapshot();

    const notes = snapshot.sheets.find((s) => s.name === "Ghi chú")!;
    expect(notes.values).toHaveLength(3000);
    expect(notes.values[2999]![59]).toBe("Ghi chú dòng 3000 cột 60 của đơn vị");
    expect(notes.formats).toHaveLength(3000);
    expect(fake.responseBytes.length).toBeGreaterThan(3);
    expect(Math.max(...fake.responseBytes)).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it("reads again in one request once it knows the sheets, a large one included", async () => {
    const fake = createFakeExcel({ sheets: [REPORT, bigSheet("Ghi chú", 1000, 40)] });
    const host = hostOn(fake);
    await host.readSnapshot();
    const before = fake.syncCount;

    await host.readSnapshot();

    expect(fake.syncCount - before).toBe(1);
  });

  it("says plainly that Excel could not send the workbook when even one block is over the limit", async () => {
    const fake = createFakeExcel({ sheets: [REPORT, bigSheet("Ghi chú", 50, 10)] });
    fake.responseLimitBytes = 2_000;

    const error = await hostOn(fake).readSnapshot().catch((e: unknown) => e);

    expect(error).toMatchObject({ kind: "tooLarge", code: "ResponsePayloadSizeLimitExceeded" });
    expect((error as Error).message).toBe(
      "Excel trên web không gửi được dữ liệu của sổ làm việc: một lần đọc vượt giới hạn 5 MB. Hãy xoá những trang tính hoặc vùng ô không cần cho việc chấm điểm, hoặc mở sổ làm việc bằng Excel trên máy tính.",
    );
  });

  it("reads dates of a 1904 workbook as the dates they show", async () => {
    // 43000 in the 1904 system is 2021-09-24; the engine counts from 1900, where that day is 44462.
    const fake = createFakeExcel({ date1904: true, sheets: [{ name: "Thông tin", values: [["Ngày họp", 43000]], formats: [["General", "dd/mm/yyyy"]] }] });

    const snapshot = await hostOn(fake).readSnapshot();

    expect(snapshot.sheets[0]!.values).toEqual([["Ngày họp", 44462]]);
  });

  it("leaves dates of a 1900 workbook as they are", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Thông tin", values: [["Ngày họp", 44462]], formats: [["General", "dd/mm/yyyy"]] }] });

    const snapshot = await hostOn(fake).readSnapshot();

    expect(snapshot.sheets[0]!.values).toEqual([["Ngày họp", 44462]]);
  });
});
