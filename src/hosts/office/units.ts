/** Unit conversions between the plan (Excel character widths, millimetres) and Office.js (points). */

/**
 * Excel character width → points. A column of width w holds w digits of the
 * workbook's default font (Calibri 11: 7 px per digit) plus 5 px of padding;
 * a pixel is 0.75 pt at 96 dpi. So 10 characters → 75 px → 56.25 pt.
 */
export function charWidthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Millimetres → points (1 in = 25.4 mm = 72 pt). */
export function mmToPoints(mm: number): number {
  return Math.round((mm * 72 / 25.4) * 100) / 100;
}
