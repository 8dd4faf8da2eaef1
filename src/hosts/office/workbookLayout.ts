/** Sheet order and the tool's names, as the host last saw them: what a write needs to know beforehand. */

export const TAG_NAME_PREFIX = "ThiDua_";

export interface WorkbookLayout {
  /** Sheet names in tab order. */
  readonly sheets: readonly string[];
  /** Workbook names starting with ThiDua_ (as Excel spells them). */
  readonly tagNames: readonly string[];
}

/** The sheet a named range points at: "'Xếp hạng 2024'!$A$1" → "Xếp hạng 2024"; null for "#REF!" and non-ranges. */
export function sheetOfReference(reference: string): string | null {
  const text = reference.startsWith("=") ? reference.slice(1) : reference;
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return null;
  const sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) return sheet.slice(1, -1).replace(/''/g, "'");
  return sheet.includes("#REF") ? null : sheet;
}

/** Queues the loads of a layout; call `take` after the next sync. */
export function queueLayout(context: Excel.RequestContext): { take(): WorkbookLayout & { readonly tagSheets: ReadonlyMap<string, string> } } {
  const sheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name,items/type,items/value");
  return {
    take() {
      const tagSheets = new Map<string, string>();
      const tagNames: string[] = [];
      for (const item of names.items) {
        if (!item.name.startsWith(TAG_NAME_PREFIX)) continue;
        tagNames.push(item.name);
        const sheet = item.type === "Range" && typeof item.value === "string" ? sheetOfReference(item.value) : null;
        // The first name wins if two tags point at one sheet: tags are the tool's own and never share a sheet.
        if (sheet !== null && !tagSheets.has(sheet)) tagSheets.set(sheet, item.name.slice(TAG_NAME_PREFIX.length));
      }
      return { sheets: sheets.items.map((s) => s.name), tagNames, tagSheets };
    },
  };
}
