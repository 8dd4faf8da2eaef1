/** What the pane runs of the engine when it reads a workbook: one lazy chunk (lazy.ts). */
export { defaultConferenceForm, readCluster, scoreCluster } from "../engine";
