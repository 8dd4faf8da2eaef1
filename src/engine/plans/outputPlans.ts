import type { MinutesModel } from "../minutes/minutesModel";
import type { ClusterData } from "../model";
import type { ClusterResult } from "../result";
import type { SheetPlan } from "../sheetPlan";
import { planFindings, type LinkTarget } from "./planFindings";
import { planMinutes } from "./planMinutes";
import { planRanking } from "./planRanking";

/** The output sheets of a scoring run: ranking, minutes, and the findings when there are any. */
export function outputPlans(result: ClusterResult, data: ClusterData, minutes: MinutesModel, linkTarget?: LinkTarget): SheetPlan[] {
  const findings = planFindings(result, linkTarget);
  return [planRanking(result, data), planMinutes(minutes), ...(findings ? [findings] : [])];
}
