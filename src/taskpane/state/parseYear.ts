/** The Year field: empty means "take it from the workbook". */
export type YearInput = { readonly ok: true; readonly year: number | undefined } | { readonly ok: false; readonly message: string };

export function parseYear(text: string): YearInput {
  const t = text.trim();
  if (t === "") return { ok: true, year: undefined };
  const year = /^\d{4}$/.test(t) ? Number(t) : NaN;
  if (year >= 2000 && year <= 2100) return { ok: true, year };
  return { ok: false, message: `"${t}" không phải là năm hợp lệ; hãy nhập 4 chữ số, ví dụ 2024.` };
}
