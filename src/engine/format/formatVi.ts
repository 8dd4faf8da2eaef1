/** Vietnamese number and date formatting (CLDR vi): decimal comma, dot grouping; dates per NĐ 30/2020. */
import type { SimpleDate } from "../model";

/** Rounds half away from zero at `decimals` places without the binary drift of toFixed (1.005 → 1.01). */
function roundTo(n: number, decimals: number): number {
  const sign = n < 0 ? -1 : 1;
  const abs = Math.abs(n);
  // Shifting through the decimal string keeps 1.005 at 1.005 instead of 1.00499…; tiny or huge numbers print in e-notation and take the plain path.
  const text = String(abs);
  const rounded = text.includes("e")
    ? Math.round(abs * 10 ** decimals) / 10 ** decimals
    : Number(`${Math.round(Number(`${text}e${decimals}`))}e-${decimals}`);
  return sign * rounded;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

function render(n: number, minDecimals: number, maxDecimals: number): string {
  const value = roundTo(n, maxDecimals);
  // -0 and values that round to zero show without a minus sign.
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(maxDecimals);
  const [intPart = "0", fracPart = ""] = fixed.split(".");
  let frac = fracPart;
  while (frac.length > minDecimals && frac.endsWith("0")) frac = frac.slice(0, -1);
  const body = groupThousands(intPart) + (frac.length > 0 ? `,${frac}` : "");
  return negative ? `-${body}` : body;
}

/** 2735.764 → "2.735,764"; 10858 → "10.858"; 100.05 → "100,05"; trailing zeros dropped. Not finite → "…". */
export function formatNumberVi(n: number, maxDecimals = 3): string {
  if (!Number.isFinite(n)) return "…";
  return render(n, 0, maxDecimals);
}

/** Exactly `decimals` places, as the sheet shows "#,##0.00": 1012.5 → "1.012,50". */
export function formatFixedVi(n: number, decimals = 2): string {
  if (!Number.isFinite(n)) return "…";
  return render(n, decimals, decimals);
}

/** A percent already ×100: 100.05 → "100,05%". */
export function formatPercentVi(n: number, maxDecimals = 2): string {
  if (!Number.isFinite(n)) return "…";
  return `${render(n, 0, maxDecimals)}%`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** "ngày 12 tháng 02 năm 2025": NĐ 30 puts a leading 0 on days below 10 and on months 1 and 2 only. */
export function formatLongDateVi(date: SimpleDate): string {
  const month = date.month <= 2 ? pad2(date.month) : String(date.month);
  return `ngày ${pad2(date.day)} tháng ${month} năm ${date.year}`;
}

/** "12/02/2025": the numeric form always uses two-digit day and month. */
export function formatShortDateVi(date: SimpleDate): string {
  return `${pad2(date.day)}/${pad2(date.month)}/${date.year}`;
}
