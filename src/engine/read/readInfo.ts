/** The cluster information sheet (docs/so-lieu.md §1): labels in one column, values to their right. */
import type { Finding } from "../findings";
import type { ClusterInfo } from "../model";
import type { SheetSnapshot } from "./snapshot";
import { normalizeLabel } from "../text";
import { makeFinding } from "../findings/makeFinding";
import { FindingSink, SheetPlace } from "./findingSink";
import type { LabelCache } from "./labelCache";
import { formatDateVi, parseDate } from "./parseDate";
import { parseCell } from "./parseCell";
import { formatAt, rawAt, rawText, widthOf } from "./sheetCells";
import { readClasses } from "./classText";

type InfoField =
  | "clusterName"
  | "authority"
  | "year"
  | "head"
  | "deputy"
  | "rotation"
  | "meritCount"
  | "conference"
  | "place"
  | "chair"
  | "secretary"
  | "attendees"
  | "classes";

const LABELS: Readonly<Record<InfoField, readonly string[]>> = {
  clusterName: ["Tên cụm", "Cụm thi đua", "Khối thi đua", "Tên khối", "Tên cụm thi đua"],
  authority: ["Cơ quan chủ quản", "Tỉnh"],
  year: ["Năm", "Năm đánh giá", "Năm thi đua"],
  head: ["Cụm trưởng", "Khối trưởng"],
  deputy: ["Cụm phó", "Khối phó"],
  rotation: ["Thứ tự luân phiên"],
  meritCount: ["Số Bằng khen đề nghị", "Số bằng khen"],
  conference: ["Thời gian hội nghị", "Thời gian"],
  place: ["Địa điểm", "Địa điểm hội nghị"],
  chair: ["Chủ trì"],
  secretary: ["Thư ký"],
  attendees: ["Thành phần", "Thành phần tham dự"],
  classes: ["Xếp loại", "Ngưỡng xếp loại"],
};

const FIELD_BY_LABEL: ReadonlyMap<string, InfoField> = new Map(
  (Object.entries(LABELS) as [InfoField, readonly string[]][]).flatMap(([f, words]) => words.map((w) => [normalizeLabel(w), f] as const)),
);

const INFO_SHEET_NAMES: ReadonlySet<string> = new Set(["thong tin", "thong tin chung", "thong tin cum"]);

export function isInfoSheetName(name: string, labels: LabelCache): boolean {
  return INFO_SHEET_NAMES.has(labels.label(name));
}

/** Certificates of merit proposed when the information sheet does not say (docs/cham-diem.md, "Proposals"). */
export const DEFAULT_MERIT_COUNT = 2;

/** What the sheet says; null where it says nothing. meritCount null means "use the default". */
export type InfoValues = { -readonly [K in keyof ClusterInfo]: ClusterInfo[K] extends number ? number | null : ClusterInfo[K] };

export interface InfoReading {
  readonly values: InfoValues;
  readonly findings: readonly Finding[];
}

export function emptyInfo(): InfoValues {
  return {
    clusterName: null,
    authority: null,
    year: null,
    head: null,
    deputy: null,
    rotation: [],
    meritCount: null,
    conferenceDate: null,
    conferenceText: null,
    place: null,
    chair: null,
    secretary: null,
    attendees: null,
    classes: [],
  };
}

export function readInfo(sheet: SheetSnapshot, file: string | null, labels: LabelCache): InfoReading {
  const sink = new FindingSink();
  const place = new SheetPlace(file, sheet, null);
  const values = emptyInfo();
  const width = widthOf(sheet);
  const done = new Set<InfoField>();

  for (let r = 0; r < sheet.values.length; r++) {
    const found = labelledValue(r);
    if (!found || found.text === "" || done.has(found.field)) continue;
    done.add(found.field);
    const { field, col, text } = found;
    const raw = col === null ? text : rawAt(sheet, r, col);
    const where = place.at(r, col === null ? found.labelCol : col);
    switch (field) {
      case "year": {
        const year = readYear(raw);
        if (year === null) sink.add(makeFinding("NO_YEAR", "warning", where, { text }));
        values.year = year;
        break;
      }
      case "meritCount": {
        const v = parseCell(raw, col === null ? "General" : formatAt(sheet, r, col)).value;
        if (v.kind === "number" && Number.isInteger(v.value) && v.value >= 0) values.meritCount = v.value;
        else sink.add(makeFinding("NOT_A_NUMBER", "warning", where, { field: "meritCount", text, indicator: null }));
        break;
      }
      case "rotation":
        values.rotation = text.split(/[;,\n]/).map((s) => s.trim()).filter((s) => s !== "");
        break;
      case "classes": {
        const classes = readClasses(text);
        if (classes.ok) values.classes = classes.classes;
        else sink.add(makeFinding("INVALID_CLASSIFICATION", "warning", where, { text: classes.bad }));
        break;
      }
      case "conference": {
        const date = parseDate(raw, col === null ? "General" : formatAt(sheet, r, col));
        if (date === null) sink.add(makeFinding("INVALID_DATE", "warning", where, { text }));
        values.conferenceDate = date?.date ?? null;
        values.conferenceText = typeof raw === "number" && date ? formatDateVi(date) : text;
        break;
      }
      default:
        values[field] = text;
    }
  }
  return { values, findings: sink.findings };

  /** The first text cell of a row that is a label, and the value in the same cell after a colon or in the next non-empty cell. */
  function labelledValue(r: number): { field: InfoField; labelCol: number; col: number | null; text: string } | null {
    for (let c = 0; c < width; c++) {
      const raw = rawAt(sheet, r, c);
      if (raw === null || (typeof raw === "string" && raw.trim() === "")) continue;
      if (typeof raw !== "string") return null;
      const colon = raw.indexOf(":");
      const field = FIELD_BY_LABEL.get(labels.label(raw)) ?? (colon > 0 ? FIELD_BY_LABEL.get(labels.label(raw.slice(0, colon))) : undefined);
      if (!field) return null;
      const after = colon > 0 && FIELD_BY_LABEL.get(labels.label(raw)) === undefined ? raw.slice(colon + 1).trim() : "";
      if (after !== "") return { field, labelCol: c, col: null, text: after };
      for (let k = c + 1; k < width; k++) {
        const text = rawText(rawAt(sheet, r, k));
        if (text !== "") return { field, labelCol: c, col: k, text: displayText(rawAt(sheet, r, k), formatAt(sheet, r, k), text) };
      }
      return { field, labelCol: c, col: null, text: "" };
    }
    return null;
  }
}

/** A date cell reads as its date, not as its serial number. */
function displayText(raw: unknown, format: string, text: string): string {
  if (typeof raw !== "number") return text;
  const date = parseDate(raw, format);
  if (!date) return text;
  const { day, month, year } = date.date;
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

export function readYear(raw: unknown): number | null {
  if (typeof raw === "number") return Number.isInteger(raw) && raw >= 1900 && raw <= 2200 ? raw : null;
  if (typeof raw !== "string") return null;
  const m = /(?:^|\D)((?:19|20|21)\d{2})(?:\D|$)/.exec(raw);
  return m ? Number(m[1]) : null;
}
