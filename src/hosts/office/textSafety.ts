/**
 * Which plan strings must be written into "@" (Text) cells so that Excel keeps
 * them literally. Excel parses a string assigned to Range.values as if it were
 * typed: "=…", "+…", "-…" and "@…" become formulas, "0912" becomes 912,
 * "12/02/2025" a date, "TRUE" a boolean, "'x" loses its apostrophe. Formatting
 * exactly these cells as Text first keeps member text as the member wrote it,
 * whatever the user's locale, while ordinary text keeps the General format.
 */

const FORMULA_PREFIX = /^[=+\-@']/;
/** Digits with separators, currency, sign, parentheses or a percent sign: "1.234,5", "(12)", "15%", "1E5". */
const NUMBER_LIKE = /^[\s$€₫(]*[\d.,\s]*\d[\d.,\s]*(e[+-]?\d+)?[\s%)]*$/i;
const DATE_OR_TIME_LIKE = /^\d{1,4}\s*[/.\-:]\s*\d{1,2}(\s*[/.\-:]\s*\d{1,4})?(\s*[ap]m)?$/i;
const BOOLEAN_OR_ERROR = /^(true|false|#(div\/0!|n\/a|name\?|null!|num!|ref!|value!|spill!|calc!))$/i;

export function needsTextFormat(text: string): boolean {
  const t = text.trim();
  if (t.length === 0) return false;
  return FORMULA_PREFIX.test(text) || NUMBER_LIKE.test(t) || DATE_OR_TIME_LIKE.test(t) || BOOLEAN_OR_ERROR.test(t);
}
