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
