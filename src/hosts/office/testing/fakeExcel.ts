/** The simulated Excel behind Microsoft's office.js, in Node (jest, bench). */
import { officeJsInNode } from "./officeJsInNode";
import type { FakeExcelOptions } from "./simulatedExcel";
import { FakeExcel } from "./simulatedExcel";

export * from "./simulatedExcel";
export { installFakeOffice } from "./installFakeOffice";

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const { library, register } = officeJsInNode();
  const fake = new FakeExcel(options, library);
  register(fake);
  return fake;
}
