/**
 * Puts a simulated Excel behind the globals Office and Excel of a page. As
 * office.js does in Excel, `Office` exists at once and `Excel` only once the
 * host's script has loaded, which is when onReady resolves.
 */
import type { FakeExcel } from "./simulatedExcel";

/** The Excel enums the host and the pane may name (string values, as in office.js). */
const EXCEL_ENUMS = {
  PaperType: { a4: "A4", letter: "Letter" },
  PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
  ConditionalFormatType: { dataBar: "DataBar" },
  ChartType: { barClustered: "BarClustered" },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  BorderIndex: {
    edgeTop: "EdgeTop",
    edgeBottom: "EdgeBottom",
    edgeLeft: "EdgeLeft",
    edgeRight: "EdgeRight",
    insideHorizontal: "InsideHorizontal",
    insideVertical: "InsideVertical",
  },
  BorderLineStyle: { none: "None", continuous: "Continuous" },
  BorderWeight: { thin: "Thin", medium: "Medium" },
  HorizontalAlignment: { left: "Left", center: "Center", right: "Right", justify: "Justify", general: "General" },
  VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
} as const;

export function installFakeOffice(globalObject: object, fake: FakeExcel): void {
  const excel = { run: fake.run, ...EXCEL_ENUMS };
  const office = {
    onReady: async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      Object.defineProperty(globalObject, "Excel", { value: excel, configurable: true, writable: true });
      return { host: "Excel", platform: "PC" };
    },
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    context: {
      requirements: { isSetSupported: fake.isSetSupported },
      document: { url: fake.url ?? "" },
    },
  };
  Object.defineProperty(globalObject, "Office", { value: office, configurable: true, writable: true });
}
