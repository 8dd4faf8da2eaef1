import type { PageSetup } from "./sheetSpec";

/** A4 fit to one page wide (as many tall as needed), not centred, without title columns or manual breaks: the
 * page setup of every output sheet but the signed ranking and its detail (docs/so-lieu.md §6). */
export function fitToWidthPage(page: Pick<PageSetup, "orientation" | "margins" | "printArea" | "printTitleRows">): PageSetup {
  return {
    ...page,
    scale: { kind: "fit", pagesWide: 1, pagesTall: 0 },
    centerHorizontally: false,
    printTitleColumns: null,
    rowBreaks: [],
    columnBreaks: [],
  };
}
