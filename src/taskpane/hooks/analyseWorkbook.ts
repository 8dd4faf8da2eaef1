import type { ConferenceForm, WorkbookSnapshot } from "../../engine";
import type { WorkbookHost } from "../../hosts/host";
import type { PaneServices } from "../services";
import { parseYear } from "../state/parseYear";
import type { Analysis } from "../state/reducer";

export interface AnalysedWorkbook {
  readonly snapshot: WorkbookSnapshot;
  readonly analysis: Analysis;
  readonly form: ConferenceForm;
}

export async function analyseWorkbook(host: WorkbookHost, services: PaneServices, yearText: string): Promise<AnalysedWorkbook> {
  const snapshot = await host.readSnapshot();
  const year = parseYear(yearText);
  const options = year.ok && year.year !== undefined ? { year: year.year } : {};
  const data = await services.readCluster([snapshot], options);
  const result = await services.scoreCluster(data);
  return { snapshot, analysis: { data, result }, form: await services.defaultConferenceForm(data, result) };
}
