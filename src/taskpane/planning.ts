/** The engine's sheet planning, one lazily loaded module (see lazy.ts): only the steps that write
 * sheets need it, never the first screen. */
export { buildMinutes } from "../engine/minutes/buildMinutes";
export { planFindings } from "../engine/plans/planFindings";
export { planImport } from "../engine/plans/planImport";
export { planMinutes } from "../engine/plans/planMinutes";
export { planRanking } from "../engine/plans/planRanking";
export { resolveWrites } from "../engine/plans/resolveWrites";
