/** The Office host's door for the pane, loaded lazily: a plain browser never downloads it. */
export { connectOffice } from "./connectOffice";
export type { OfficeConnection } from "./connectOffice";
export { describeMissing } from "./requirementSets";
