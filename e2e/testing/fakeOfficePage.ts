/** Runs inside the test page (bundled by fakeOfficeScript.ts): a simulated Excel behind the Office and
 * Excel globals, reachable from the test as window.thiDuaFake. */
import { createFakeExcel, installFakeOffice, type FakeExcel, type SeedSheet } from "../../src/hosts/office/testing/fakeExcel";

declare global {
  interface Window {
    thiDuaFake: FakeExcel;
  }
}

export function install(sheets: readonly SeedSheet[]): void {
  const fake = createFakeExcel({ sheets, url: "https://contoso.sharepoint.com/Cum-thi-dua-so-2.xlsx" });
  installFakeOffice(window, fake);
  window.thiDuaFake = fake;
}
