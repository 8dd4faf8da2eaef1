/** What the pane runs of the engine when it reads a workbook: one lazy chunk (lazy.ts). */
export { defaultConferenceForm, findingMessage, readCluster, scoreCluster } from "../engine";
