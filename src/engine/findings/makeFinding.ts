import type { Finding, FindingCode, FindingFacts, FindingOf, IndicatorRef, Severity, Where } from "./finding";

/** The one way a finding is made. */
export function makeFinding<C extends FindingCode>(code: C, severity: Severity, where: Where, facts: FindingFacts[C]): FindingOf<C> {
  return { code, severity, where, ...facts } as unknown as FindingOf<C>;
}

/** A finding's facts alone, without code, severity and place (the result JSON's `params`). */
export function findingFacts(finding: Finding): Readonly<Record<string, unknown>> {
  const { code: _code, severity: _severity, where: _where, ...facts } = finding;
  return facts;
}

/** A place that is no file, sheet, cell or member: findings about the whole cluster. */
export const NOWHERE: Where = { file: null, sheet: null, cell: null, member: null };

/** An indicator (or anything with its code and name) as a finding names it: the two fields only, so the
 * result JSON does not carry the whole indicator. */
export function indicatorRef(indicator: IndicatorRef): IndicatorRef {
  return { code: indicator.code, name: indicator.name };
}
