/** The heavy libraries, loaded on first use so the pane opens fast: ExcelJS (via the xlsx host)
 * only in standalone mode and for member files, docx only for the Word minutes. */
export const loadXlsxHost = () => import(/* webpackChunkName: "xlsx-host" */ "../hosts/xlsx/index");

export const loadMinutesDocx = () => import(/* webpackChunkName: "minutes-docx" */ "../export/minutesDocx");
