import { formatNumberVi, formatPercentVi } from "../format/formatVi";
import type { Indicator, ClusterData, ParsedCell } from "../model";
import type { ClusterResult } from "../score/result";
import { sameMemberName } from "../text";
import type { MinutesParagraph } from "./minutesModel";

const BLANK = "…";

/** The indicator the form names, else the first indicator of the first group, else the first indicator. */
export function keyIndicatorOf(data: ClusterData, code: string | null): Indicator | null {
  const pledge = data.pledge;
  if (pledge === null) return null;
  const chosen = code === null ? undefined : pledge.indicators.find((i) => i.code === code);
  if (chosen) return chosen;
  const firstGroup = pledge.groups[0];
  const inFirstGroup = firstGroup ? pledge.indicators.find((i) => i.groupCode === firstGroup.code) : undefined;
  return inFirstGroup ?? pledge.indicators[0] ?? null;
}

function numberOf(cell: ParsedCell): { value: number; percent: boolean } | null {
  return cell.kind === "number" ? { value: cell.value, percent: cell.percent } : null;
}

function amountText(actual: { value: number; percent: boolean } | null, unit: string | null): string {
  if (actual === null) return unit ? `${BLANK} ${unit}` : BLANK;
  const number = formatNumberVi(actual.value);
  if (actual.percent || unit === "%") return `${number}%`;
  return unit ? `${number} ${unit}` : number;
}

function growthText(growth: number, previousYear: string): string {
  if (Math.abs(growth) < 1e-9) return `tương đương năm ${previousYear}`;
  const verb = growth > 0 ? "tăng" : "giảm";
  return `${verb} ${formatPercentVi(Math.abs(growth), 3)} so với năm ${previousYear}`;
}

/**
 * Section I: "<member> đạt <A> <unit>, bằng <r>% kế hoạch, tăng <g>% so với năm <N−1>" for each member,
 * in workbook order; the attainment and growth clauses are left out when unknown.
 */
export function keyIndicatorParagraphs(
  result: ClusterResult,
  data: ClusterData,
  keyCode: string | null,
  year: number | null,
): readonly MinutesParagraph[] {
  const indicator = keyIndicatorOf(data, keyCode);
  if (indicator === null || data.reports.length === 0) return [{ role: "body", runs: [{ text: BLANK }] }];
  const previousYear = year === null ? BLANK : String(year - 1);
  const intro: MinutesParagraph = { role: "body", runs: [{ text: `Chỉ tiêu “${indicator.name}”:` }] };
  const lines = data.reports.map((report, index): MinutesParagraph => {
    const row = report.rows[indicator.code];
    const scored =
      result.members.find((m) => m.name === report.member) ??
      result.members.find((m) => sameMemberName(m.name, report.member));
    const attainment = scored?.indicators.find((i) => i.code === indicator.code)?.attainment ?? null;
    const growth = row ? numberOf(row.growth) : null;
    const clauses = [`${report.member} đạt ${amountText(row ? numberOf(row.actual) : null, indicator.unit)}`];
    if (attainment !== null) clauses.push(`bằng ${formatPercentVi(attainment)} kế hoạch`);
    if (growth !== null) clauses.push(growthText(growth.value, previousYear));
    const end = index === data.reports.length - 1 ? "." : ";";
    return { role: "body", runs: [{ text: `- ${clauses.join(", ")}${end}` }] };
  });
  return [intro, ...lines];
}
