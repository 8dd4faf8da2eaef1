/**
 * The engine's public door: what the task pane and the command line may use. The sheet builders have a
 * door of their own, ./sheets/index.ts, so that the pane can load them lazily (docs/architecture.md).
 */
export * from "./findings";
export * from "./model";
export * from "./read/snapshot";
export * from "./score/result";
export * from "./minutes/conference";
export * from "./minutes/minutesModel";
export type * from "./sheets/sheetSpec";
export * from "./text";
export * from "./format/formatVi";
export { readCluster } from "./read/readCluster";
export { scoreCluster } from "./score/scoreCluster";
export { buildMinutes } from "./minutes/buildMinutes";
export { defaultConferenceForm } from "./minutes/defaultConferenceForm";
export { awardNotes } from "./score/awardNote";
