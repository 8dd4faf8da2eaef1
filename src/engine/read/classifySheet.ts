/** What each sheet of a workbook is: the tool's own output, the information sheet, a pledge, a member
 * report, or something else (docs/so-lieu.md §1–§3, §6). */
import type { SheetSnapshot } from "./snapshot";
import { findHeader, type TableHeader } from "./findHeader";
import type { LabelCache } from "./labelCache";
import { importedMember } from "./memberName";
import { isInfoSheetName } from "./readInfo";

export type SheetRole =
  | { readonly kind: "output" }
  | { readonly kind: "info" }
  | { readonly kind: "pledge"; readonly header: TableHeader | null }
  | { readonly kind: "report"; readonly header: TableHeader; readonly importedAs: string | null }
  | { readonly kind: "other" };

const OUTPUT_TAGS = ["ranking_", "minutes_", "findings_"];
const OUTPUT_NAME = /^(?:xep hang|bien ban|kiem tra)(?: \d{4})?(?: \(\d+\))?$/;
const PLEDGE_NAME = /giao uoc|tieu chi|thang diem|bang diem/;

export function classifySheet(sheet: SheetSnapshot, labels: LabelCache): SheetRole {
  const tag = sheet.tag ?? "";
  if (OUTPUT_TAGS.some((t) => tag.startsWith(t))) return { kind: "output" };
  const folded = labels.fold(sheet.name);
  if (OUTPUT_NAME.test(folded)) return { kind: "output" };
  if (isInfoSheetName(sheet.name, labels)) return { kind: "info" };

  const header = findHeader(sheet, labels);
  const has = (f: keyof TableHeader["columns"]): boolean => header?.columns[f] !== undefined;
  if (tag.startsWith("import_")) {
    return header && has("actual") ? { kind: "report", header, importedAs: importedMember(sheet.name) } : { kind: "other" };
  }
  const pledgeNamed = PLEDGE_NAME.test(folded);
  // A member's template copy often repeats the points (even the rule) next to its figures: with an
  // actual column it is a report, unless it is named as the pledge and has the pledge's columns.
  const pledgeLike = has("actual") ? pledgeNamed && has("maxPoints") && has("rule") : pledgeNamed || (has("maxPoints") && has("rule"));
  if (pledgeLike) return { kind: "pledge", header };
  if (header && has("actual")) return { kind: "report", header, importedAs: null };
  return { kind: "other" };
}
