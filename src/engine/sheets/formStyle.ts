/** The look and print setup that the forms and next year's pledge share with the tool's other sheets. */
import { fitToWidthPage } from "./fitToWidthPage";
import type { CellStyle, PageSetup, Rect } from "./sheetSpec";

export const HEADER_FILL = "DDEBF7";
/** Cells a member does not fill (codes, names, units, cells the method does not read). */
export const LOCKED_FILL = "F2F2F2";
export const HEADER_STYLE: CellStyle = { bold: true, fill: HEADER_FILL, horizontal: "center", vertical: "middle", wrap: true, border: "thin" };

/** A4, the ranking's margins, fit to one page wide, the header repeated on every page. */
export function formPage(printArea: Rect, headerRows: { first: number; last: number }, wide: boolean): PageSetup {
  return fitToWidthPage({ orientation: wide ? "landscape" : "portrait", margins: { top: 20, bottom: 20, left: 20, right: 15 }, printArea, printTitleRows: headerRows });
}
