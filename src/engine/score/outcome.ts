import type { Finding } from "../findings";

/** What scoring one indicator for one member yields. */
export interface Outcome {
  /** Percent, or null when the method has none or it is unknown. */
  readonly attainment: number | null;
  readonly points: number;
  /** null for bonus and penalty indicators, which are left out of the count. */
  readonly met: boolean | null;
  readonly findings: readonly Finding[];
}

/** The indicator could not be scored: 0 points, not met; the findings say why. */
export function failedOutcome(findings: readonly Finding[]): Outcome {
  return { attainment: null, points: 0, met: false, findings };
}
