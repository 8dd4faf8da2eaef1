/** What the pane loads on first use so that it opens fast: the xlsx host (fflate + saxes) only in
 * standalone mode and for member files, docx only for the Word minutes, the sheet specning only when
 * a step writes sheets. */
export const loadXlsxHost = () => import(/* webpackChunkName: "xlsx-host" */ "../hosts/xlsx/index");

export const loadMinutesDocx = () => import(/* webpackChunkName: "minutes-docx" */ "../hosts/docx/minutesDocx");

export const loadSheetSpecs = () => import(/* webpackChunkName: "sheet-specs" */ "./sheetSpecs");

/** The Office host, only when Office opened the page: standalone mode never needs it. */
export const loadOfficeHost = () => import(/* webpackChunkName: "office-host" */ "../hosts/office/index");

/** The engine's reading and scoring: the first screen (and standalone mode until a file is opened) needs none of it. */
export const loadEngine = () => import(/* webpackChunkName: "engine" */ "./engineChunk");
