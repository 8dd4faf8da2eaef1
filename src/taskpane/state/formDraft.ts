import type { ConferenceForm, SimpleDate } from "../../engine";

export interface FormDraft {
  readonly date: string;
  readonly startTime: string;
  readonly locality: string;
  readonly place: string;
  readonly chair: string;
  readonly secretary: string;
  readonly attendees: string;
  readonly votesFor: string;
  readonly votesTotal: string;
  readonly nextHead: string;
  readonly nextDeputy: string;
  /** Indicator code, "" for the default (first indicator of the first group). */
  readonly keyIndicator: string;
  readonly nextPledgeCount: string;
}

export type DraftField = keyof FormDraft;

export type DraftErrors = Partial<Record<DraftField, string>>;

export type DraftResult =
  | { readonly ok: true; readonly form: ConferenceForm }
  | { readonly ok: false; readonly errors: DraftErrors };

const pad2 = (n: number): string => String(n).padStart(2, "0");

export function formatDate(date: SimpleDate): string {
  return `${pad2(date.day)}/${pad2(date.month)}/${date.year}`;
}

export function draftFromForm(form: ConferenceForm): FormDraft {
  return {
    date: form.date ? formatDate(form.date) : "",
    startTime: form.startTime ?? "",
    locality: form.locality ?? "",
    place: form.place ?? "",
    chair: form.chair ?? "",
    secretary: form.secretary ?? "",
    attendees: form.attendees ?? "",
    votesFor: form.votesFor === null ? "" : String(form.votesFor),
    votesTotal: form.votesTotal === null ? "" : String(form.votesTotal),
    nextHead: form.nextHead ?? "",
    nextDeputy: form.nextDeputy ?? "",
    keyIndicator: form.keyIndicator ?? "",
    nextPledgeCount: form.nextPledgeCount === null ? "" : String(form.nextPledgeCount),
  };
}

/** "12/02/2025", "12-2-2025", "12.02.2025" → the date; null when it is not a real day. */
export function parseDate(text: string): SimpleDate | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** Clerks type the time many ways ("8:00", "8h00", "8 giờ"); the minutes want "8 giờ 00". */
export function normalizeTime(text: string): string {
  const t = text.trim();
  const m = /^(\d{1,2})\s*(?::|h|giờ)\s*(\d{1,2})?\s*(?:phút)?$/i.exec(t);
  if (!m) return t;
  const hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  if (hour > 23 || minute > 59) return t;
  return `${hour} giờ ${pad2(minute)}`;
}

function parseCount(text: string): number | null | "bad" {
  const t = text.trim();
  if (t === "") return null;
  return /^\d{1,6}$/.test(t) ? Number(t) : "bad";
}

const orNull = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/** Empty fields become null (a blank "…" in the minutes); bad ones give a Vietnamese message per field. */
export function formFromDraft(draft: FormDraft): DraftResult {
  const errors: { -readonly [K in DraftField]?: string } = {};
  let date: SimpleDate | null = null;
  if (draft.date.trim() !== "") {
    date = parseDate(draft.date);
    if (!date) errors.date = `"${draft.date.trim()}" không phải là ngày hợp lệ; hãy nhập theo dạng dd/mm/yyyy, ví dụ 12/02/2025.`;
  }
  const votesFor = parseCount(draft.votesFor);
  if (votesFor === "bad") errors.votesFor = `"${draft.votesFor.trim()}" không phải là số phiếu; hãy nhập số nguyên, ví dụ 9.`;
  const votesTotal = parseCount(draft.votesTotal);
  if (votesTotal === "bad") errors.votesTotal = `"${draft.votesTotal.trim()}" không phải là số phiếu; hãy nhập số nguyên, ví dụ 10.`;
  if (typeof votesFor === "number" && typeof votesTotal === "number" && votesFor > votesTotal) {
    errors.votesFor = `Số phiếu đồng ý (${votesFor}) lớn hơn tổng số phiếu (${votesTotal}).`;
  }
  const nextPledgeCount = parseCount(draft.nextPledgeCount);
  if (nextPledgeCount === "bad" || nextPledgeCount === 0) {
    errors.nextPledgeCount = `"${draft.nextPledgeCount.trim()}" không phải là số chỉ tiêu; hãy nhập số nguyên dương, ví dụ 28.`;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    form: {
      date,
      startTime: draft.startTime.trim() === "" ? null : normalizeTime(draft.startTime),
      locality: orNull(draft.locality),
      place: orNull(draft.place),
      chair: orNull(draft.chair),
      secretary: orNull(draft.secretary),
      attendees: orNull(draft.attendees),
      votesFor: votesFor === "bad" ? null : votesFor,
      votesTotal: votesTotal === "bad" ? null : votesTotal,
      nextHead: orNull(draft.nextHead),
      nextDeputy: orNull(draft.nextDeputy),
      keyIndicator: orNull(draft.keyIndicator),
      nextPledgeCount: nextPledgeCount === "bad" ? null : nextPledgeCount,
    },
  };
}
