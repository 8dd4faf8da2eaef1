/** A cluster described as data, from which the sample's workbooks are laid out. */

/** A value as a member types it: a number, or text ("2.735,764", "trên 2.636", "Đạt"). */
export type Typed = number | string | null;

export interface PledgeLine {
  /** As printed in the STT column: "I", "1", "a". */
  readonly code: string;
  readonly name: string;
  readonly kind: "group" | "heading" | "indicator";
  readonly unit?: string;
  /** Blank on a group row without points. */
  readonly points?: number;
  /** Text of the "Cách chấm" column. */
  readonly rule?: string;
  readonly bonusPerPercent?: number;
  readonly bonusCap?: number;
  readonly penaltyPerPercent?: number;
  readonly mandatory?: boolean;
  readonly note?: string;
}

export interface ReportValue {
  readonly plan?: Typed;
  readonly actual: Typed;
  /** Reported attainment in percent (100.7), written as a % cell; "auto" = actual / plan. */
  readonly attainment?: number | "auto";
  /** Growth on last year in percent. */
  readonly growth?: number;
  /** Plan and actual are percents written as % cells (0.912 shown 91,20%). */
  readonly percentCells?: boolean;
}

export interface SampleMember {
  readonly name: string;
  readonly file: string;
  /** e.g. "UBND HUYỆN ĐAK ĐOA" */
  readonly authority: string;
  /** Keyed by the pledge line's full code: "1", "5a". */
  readonly values: Readonly<Record<string, ReportValue>>;
}

export interface SampleCluster {
  readonly file: string;
  readonly clusterName: string;
  /** "Cụm thi đua số 2 tỉnh Gia Lai", for titles. */
  readonly clusterTitle: string;
  readonly year: number;
  /** Label → value rows of the "Thông tin" sheet; a Date is written as a date cell. */
  readonly info: readonly (readonly [string, string | number | Date])[];
  readonly pledgeSheet: string;
  readonly pledge: readonly PledgeLine[];
  readonly members: readonly SampleMember[];
}

/** The full code of each scored line: sub-items "a" under "5" become "5a". */
export function leafCodes(pledge: readonly PledgeLine[]): Map<PledgeLine, string> {
  const codes = new Map<PledgeLine, string>();
  let parent = "";
  for (const line of pledge) {
    if (line.kind === "group") continue;
    if (/^[a-z]$/.test(line.code)) codes.set(line, parent + line.code);
    else {
      parent = line.code;
      if (line.kind === "indicator") codes.set(line, line.code);
    }
  }
  return codes;
}
