/**
 * What each input cell of a report form accepts, by the indicator's method (docs/cham-diem.md): the entry rule
 * and its Vietnamese messages. Cells that the method does not read stay locked.
 */
import type { Indicator } from "../model";
import type { ValidationRule } from "./sheetSpec";

/** docs/cham-diem.md, "Indicators not assigned": allowed in the plan or the actual column of any indicator. */
export const NOT_ASSIGNED = "Không giao";
export const PASS_WORDS: readonly string[] = ["Đạt", "Không đạt"];
export const GRADE_WORDS: readonly string[] = ["Hoàn thành xuất sắc", "Hoàn thành tốt", "Hoàn thành", "Trung bình", "Không hoàn thành"];

export type InputField = "plan" | "actual" | "attainment" | "growth" | "selfScore" | "note";

export type InputCell =
  | { readonly kind: "locked" }
  /** Free text (Ghi chú). */
  | { readonly kind: "text" }
  /** The tool's formula, which the member may overwrite. */
  | { readonly kind: "formula"; readonly inverse: boolean; readonly check: InputCheck }
  | { readonly kind: "checked"; readonly check: InputCheck };

export interface InputCheck {
  readonly rule: ValidationRule;
  readonly prompt: { readonly title: string; readonly text: string };
  readonly error: { readonly title: string; readonly text: string };
}

const REFUSED = "Giá trị không hợp lệ";
const LOCKED: InputCell = { kind: "locked" };

function unitNote(indicator: Indicator): string {
  return indicator.unit === null ? "" : ` (${indicator.unit})`;
}

function numberCheck(title: string, text: string, options: { min?: number; notAssigned: boolean }): InputCheck {
  const words = options.notAssigned ? [NOT_ASSIGNED] : [];
  const accepted = options.min === 0 ? "một số không âm" : "một số";
  return {
    rule: { kind: "decimal", min: options.min ?? null, max: null, words },
    prompt: { title, text },
    error: { title: REFUSED, text: `Ô này chỉ nhận ${accepted}${options.notAssigned ? ` hoặc “${NOT_ASSIGNED}”` : ""}, không kèm chữ hay đơn vị.` },
  };
}

function listCheck(items: readonly string[], text: string): InputCheck {
  return {
    rule: { kind: "list", items: [...items, NOT_ASSIGNED] },
    prompt: { title: "Thực hiện", text },
    error: { title: REFUSED, text: "Hãy chọn một giá trị trong danh sách." },
  };
}

const ATTAINMENT = numberCheck("Tỷ lệ % KH", "Tính sẵn từ Thực hiện và Kế hoạch. Đơn vị có thể ghi đè bằng tỷ lệ của mình (số %).", { min: 0, notAssigned: false });
const GROWTH = numberCheck("So cùng kỳ (%)", "Tăng (số dương) hoặc giảm (số âm) so với cùng kỳ năm trước, tính bằng %, ví dụ 7,7.", { notAssigned: false });
const SELF_SCORE = numberCheck("Điểm tự chấm", "Điểm đơn vị tự chấm theo giao ước: một số, hoặc công thức của đơn vị.", { notAssigned: false });

/** The cells of one indicator row, by column. */
export function inputCells(indicator: Indicator): Readonly<Record<InputField, InputCell>> {
  const unit = unitNote(indicator);
  const base = { growth: LOCKED, selfScore: { kind: "checked", check: SELF_SCORE }, note: { kind: "text" } } as const;
  switch (indicator.rule) {
    case "pass":
      return { ...base, plan: LOCKED, attainment: LOCKED, actual: { kind: "checked", check: listCheck(PASS_WORDS, "Chọn Đạt hoặc Không đạt; chỉ tiêu không được giao: Không giao.") } };
    case "grade":
      return { ...base, plan: LOCKED, attainment: LOCKED, actual: { kind: "checked", check: listCheck(GRADE_WORDS, "Chọn mức hoàn thành trong danh sách; chỉ tiêu không được giao: Không giao.") } };
    case "direct":
      return {
        ...base,
        plan: LOCKED,
        attainment: LOCKED,
        actual: { kind: "checked", check: numberCheck("Thực hiện", `Kết quả${unit} để Cụm chấm điểm trực tiếp; chỉ tiêu không được giao: ghi “${NOT_ASSIGNED}”.`, { min: 0, notAssigned: true }) },
      };
    case "bonus":
    case "penalty":
      return {
        ...base,
        plan: LOCKED,
        attainment: LOCKED,
        actual: { kind: "checked", check: numberCheck("Số lần", `Số lần${unit} trong năm; ghi 0 nếu không có.`, { min: 0, notAssigned: true }) },
      };
    default: {
      // ratio, inverse, relative, and a method the pledge did not make clear (the cluster decides; figures are kept).
      const figure = (title: string, what: string): InputCell => ({
        kind: "checked",
        check: numberCheck(title, `${what}${unit}: một số. Chỉ tiêu không được giao: ghi “${NOT_ASSIGNED}”.`, { notAssigned: true }),
      });
      return {
        ...base,
        growth: { kind: "checked", check: GROWTH },
        plan: figure("Kế hoạch", "Kế hoạch năm"),
        actual: figure("Thực hiện", "Thực hiện năm"),
        attainment: { kind: "formula", inverse: indicator.rule === "inverse", check: ATTAINMENT },
      };
    }
  }
}
