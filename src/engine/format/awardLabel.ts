import type { Award } from "../score/result";

export const FLAG_LABEL = "Cờ thi đua của UBND tỉnh";
export const MERIT_LABEL = "Bằng khen của Chủ tịch UBND tỉnh";

/** The award as the ranking and the minutes name it; "" when none is proposed. */
export function awardLabel(award: Award | null): string {
  if (award === "flag") return FLAG_LABEL;
  if (award === "merit") return MERIT_LABEL;
  return "";
}
