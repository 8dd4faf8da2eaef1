/** The workbook state the simulated objects work on (implemented by FakeExcel). */
import type { Box } from "../fakeAddress";
import type { FakeName, FakeSheet } from "../fakeWorkbook";

export interface SimState {
  /** Sheets in tab order. */
  readonly sheets: FakeSheet[];
  readonly names: FakeName[];
  activeSheet: FakeSheet | null;
  selection: { sheet: FakeSheet; box: Box } | null;
  /** Minor version of ExcelApi 1.x supported. */
  readonly apiMinor: number;
  /** The workbook counts dates from 1904-01-01 (Excel for Mac's old default). */
  readonly date1904: boolean;
  /** failOn: "Class.Member" (e.g. "TableCollection.Add") whose next use fails with GeneralException. */
  readonly simulate: { failOn: string | null };
}
