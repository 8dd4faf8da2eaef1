/** Number format of each cell style (cellXfs index) from xl/styles.xml; "General" where none. */
import type { XlsxPackage } from "../package/XlsxPackage";
import { localName } from "../xml/xmlText";

/** The built-in formats (ECMA-376 Part 1, section 18.8.30), written as ExcelJS spelled them before. */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
  12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

/** A missing or unreadable styles part gives General everywhere (some generators write none). */
export function readCellFormats(pkg: XlsxPackage, stylesPart: string | null): readonly string[] {
  if (stylesPart === null) return [];
  const custom = new Map<number, string>();
  const formats: string[] = [];
  let inCellXfs = false;
  pkg.parse(stylesPart, {
    open(tag, a) {
      const name = localName(tag);
      if (name === "numFmt" && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? "General");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        formats.push(custom.get(id) ?? BUILT_IN[id] ?? "General");
      }
    },
    close(tag) {
      if (localName(tag) === "cellXfs") inCellXfs = false;
    },
  });
  return formats;
}
