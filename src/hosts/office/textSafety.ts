/**
 * How plan strings are written so that Excel keeps them literally. Excel parses
 * a string assigned to Range.values as if it were typed: "=…", "+…", "-…" and
 * "@…" become formulas, "0912" becomes 912, "12/02/2025", "1-Jan", "May 2024"
 * and "2024-02-12 10:30" dates, "1 1/2" the number 1.5, "TRUE" a boolean, and
 * "'x" loses its apostrophe — and which of these it does depends on the user's
 * locale. So no pattern list is safe: every string cell is formatted as Text
 * ("@") before its value is set. Text cells show "####" for more than 255
 * characters, so a longer string keeps the General format; it can only be
 * taken for a formula (no number or date is that long), and a leading
 * apostrophe, which Excel does not show, keeps it text.
 */

/** Excel displays a Text-formatted cell holding more than this many characters as "####". */
export const TEXT_FORMAT_MAX_CHARS = 255;

const FORMULA_PREFIX = /^[=+\-@']/;

/** The number format a string cell gets: "@" unless the string is too long for a Text cell. */
export function stringCellFormat(text: string): "@" | null {
  return text.length <= TEXT_FORMAT_MAX_CHARS ? "@" : null;
}

/** The value to assign for a string: a long one that Excel would read as a formula gets an apostrophe. */
export function literalValue(text: string): string {
  return text.length > TEXT_FORMAT_MAX_CHARS && FORMULA_PREFIX.test(text) ? `'${text}` : text;
}
