/** Steps 2–4 load when the clerk first opens them: the first screen (Kiểm tra) does not need their
 * Combobox, Table, Textarea, ProgressBar or positioning code. Hovering or focusing a tab starts the
 * load early, so the step is usually there by the time the click lands. */
import { lazy } from "react";
import type { StepId } from "../state/reducer";

const loaders = {
  import: () => import(/* webpackChunkName: "step-import" */ "../steps/import/ImportStep"),
  rank: () => import(/* webpackChunkName: "step-rank" */ "../steps/rank/RankStep"),
  minutes: () => import(/* webpackChunkName: "step-minutes" */ "../steps/minutes/MinutesStep"),
} as const;

export const ImportStep = lazy(async () => ({ default: (await loaders.import()).ImportStep }));
export const RankStep = lazy(async () => ({ default: (await loaders.rank()).RankStep }));
/** The report forms action of the Tổng hợp step, loaded when that step first opens. */
export const ReportFormsAction = lazy(async () => ({ default: (await import(/* webpackChunkName: "report-forms" */ "../steps/import/ReportFormsAction")).ReportFormsAction }));
export const MinutesStep = lazy(async () => ({ default: (await loaders.minutes()).MinutesStep }));

/** Starts loading a step's code without showing it; a failed load is retried when the step opens. */
export function preloadStep(step: StepId): void {
  if (step === "check") return;
  loaders[step]().catch(() => undefined);
}
