/** Dates where a date is expected (the conference date): Excel serial numbers with a date format, or dd/mm/yyyy text. */
import type { RawValue } from "./snapshot";
import type { SimpleDate } from "../model";

export interface DateReading {
  readonly date: SimpleDate;
  /** Hours and minutes when the cell holds a time of day too, else null. */
  readonly time: { readonly hour: number; readonly minute: number } | null;
}

/** True when a number format shows a date or time ("dd/mm/yyyy", "[$-vi-VN]d mmmm yyyy"), not a number. */
export function isDateFormat(numberFormat: string): boolean {
  const bare = numberFormat.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dy]/i.test(bare) || /h+[^a-z]*m/i.test(bare);
}

// Day, month, year in that order, as Vietnamese write them: 12/02/2025, 12-2-2025, "ngày 12 tháng 02 năm 2025".
const NUMERIC_DATE = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/;
const WORDED_DATE = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/i;
const TIME = /(\d{1,2})\s*(?:giờ|h|:)\s*(\d{1,2})?/i;

export function parseDate(raw: RawValue, numberFormat: string): DateReading | null {
  if (typeof raw === "number") return isDateFormat(numberFormat) ? fromSerial(raw) : null;
  if (typeof raw !== "string") return null;
  const text = raw.normalize("NFC");
  const m = NUMERIC_DATE.exec(text) ?? WORDED_DATE.exec(text);
  if (!m) return null;
  const date = validDate(Number(m[3]), Number(m[2]), Number(m[1]));
  if (!date) return null;
  const before = text.slice(0, m.index);
  const t = TIME.exec(before);
  const hour = t ? Number(t[1]) : NaN;
  const minute = t?.[2] !== undefined ? Number(t[2]) : 0;
  const time = hour >= 0 && hour < 24 && minute < 60 ? { hour, minute } : null;
  return { date, time };
}

/** Excel's 1900 date system: serial 1 is 1900-01-01, and serial 60 is the fictitious 1900-02-29. */
function fromSerial(serial: number): DateReading | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const days = Math.floor(serial);
  const base = days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(base + days * 86400000);
  const minutes = Math.round((serial - days) * 1440);
  const time = minutes > 0 && minutes < 1440 ? { hour: Math.floor(minutes / 60), minute: minutes % 60 } : null;
  return { date: { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }, time };
}

function validDate(year: number, month: number, day: number): SimpleDate | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? { year, month, day } : null;
}

/** "8 giờ 00, ngày 12/02/2025" — how minutes write a conference time. */
export function formatDateVi(reading: DateReading): string {
  const { year, month, day } = reading.date;
  const date = `ngày ${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
  if (!reading.time) return date;
  return `${reading.time.hour} giờ ${String(reading.time.minute).padStart(2, "0")}, ${date}`;
}
