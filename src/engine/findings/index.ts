/** Findings: the union (./finding.ts), its one builder (./makeFinding.ts) and the Vietnamese catalogue (./messages.ts). */
export * from "./finding";
export { makeFinding, findingFacts, indicatorRef, NOWHERE } from "./makeFinding";
export { findingMessage } from "./messages";
