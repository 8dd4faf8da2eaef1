import { connectOffice } from "./connectOffice";
import { createFakeExcel, installFakeOffice } from "./testing/fakeExcel";

function removeOffice(): void {
  Reflect.deleteProperty(globalThis, "Office");
  Reflect.deleteProperty(globalThis, "Excel");
}

describe("connecting to Excel at start-up", () => {
  afterEach(removeOffice);

  it("gives no host in a plain browser, where office.js did not load", async () => {
    removeOffice();
    await expect(connectOffice(50)).resolves.toBeNull();
  });

  it("waits for onReady before looking for Excel, which office.js defines only then", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Báo cáo", values: [["Chỉ tiêu"]] }] });
    installFakeOffice(globalThis, fake);
    expect(typeof (globalThis as { Excel?: unknown }).Excel).toBe("undefined");

    const office = await connectOffice(50);

    expect(office?.host.kind).toBe("office");
    const snapshot = await office!.host.readSnapshot();
    expect(snapshot.sheets.map((s) => s.values)).toEqual([[["Chỉ tiêu"]]]);
  });

  it("gives the Excel host and the requirement sets this Excel lacks", async () => {
    installFakeOffice(globalThis, createFakeExcel({ apiVersion: "1.8" }));

    const office = await connectOffice(50);

    expect(office?.host.kind).toBe("office");
    expect(office?.missing.map((s) => `${s.name} ${s.version}`)).toEqual(["ExcelApi 1.9"]);
  });

  it("gives no host when office.js answers for no host (the page opened outside Office)", async () => {
    installFakeOffice(globalThis, createFakeExcel());
    (globalThis as unknown as { Office: { onReady: () => Promise<unknown> } }).Office.onReady = () => Promise.resolve({ host: null, platform: null });

    await expect(connectOffice(50)).resolves.toBeNull();
  });

  it("gives up waiting for an office.js that never answers", async () => {
    installFakeOffice(globalThis, createFakeExcel());
    (globalThis as unknown as { Office: { onReady: () => Promise<unknown> } }).Office.onReady = () => new Promise(() => undefined);

    await expect(connectOffice(20)).resolves.toBeNull();
  });
});
