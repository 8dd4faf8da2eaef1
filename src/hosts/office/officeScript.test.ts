/** @jest-environment jsdom */
import { officeScriptSettled, openedByOffice } from "./officeScript";

describe("office.js at start-up", () => {
  it("knows the page was opened by Office from the _host_Info Office adds to its address", () => {
    expect(openedByOffice("?_host_Info=Excel$Win32$16.01$vi-VN$$$$0", "")).toBe(true);
    expect(openedByOffice("?x=1&_host_Info=Excel$Web$16.00$vi-VN", "")).toBe(true);
    expect(openedByOffice("", "")).toBe(false);
    expect(openedByOffice("?host=excel", "")).toBe(false);
  });

  it("does not wait for a script that already failed", async () => {
    const script = document.createElement("script");
    script.dataset.state = "failed";
    const started = Date.now();
    await officeScriptSettled(script, 10_000);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("waits for the script's load event, and no longer than the timeout for one that never answers", async () => {
    const script = document.createElement("script");
    const loaded = officeScriptSettled(script, 10_000);
    script.dispatchEvent(new Event("load"));
    await loaded;
    const started = Date.now();
    await officeScriptSettled(document.createElement("script"), 30);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
