/**
 * The "Báo cáo" sheet of a member's report form: the pledge's groups, headings and indicators in pledge order,
 * with their codes, names and units locked, and input cells that accept only what the reader understands
 * (docs/so-lieu.md §3, §4), so that what comes back reads with no finding about headers or rows.
 */
import type { Indicator, Pledge } from "../model";
import type { SheetSnapshot } from "../read/snapshot";
import type { TableHeader } from "../read/findHeader";
import { cellAddress } from "../a1";
import { readCode } from "../read/indicatorCode";
import type { LabelCache } from "../read/labelCache";
import { isGroupName } from "../read/rowKind";
import { rawAt, sheetRow, textAt } from "../read/sheetCells";
import { inputCells, type InputCell, type InputField } from "./formInputs";
import { formPage, HEADER_STYLE, LOCKED_FILL } from "./formStyle";
import type { DataValidation, Rect, SheetSpec, ToolFormula } from "./sheetSpec";
import { estimateRowHeight, FONT, rect, SheetGrid } from "./sheetGrid";

export interface ReportFormSheetInput {
  readonly pledge: Pledge;
  readonly pledgeSheet: SheetSnapshot;
  readonly header: TableHeader;
  readonly member: string;
  readonly year: number | null;
  readonly clusterName: string | null;
}

export const REPORT_SHEET = "Báo cáo";
export const REPORT_HEADER = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ % KH", "So cùng kỳ (%)", "Điểm tự chấm", "Ghi chú"] as const;
const INPUT_COLUMNS: Readonly<Record<InputField, number>> = { plan: 3, actual: 4, attainment: 5, growth: 6, selfScore: 7, note: 8 };
// Thực hiện is wider: the longest grade word, "Hoàn thành xuất sắc", fits on one line.
const WIDTHS = [7, 50, 12, 13, 18, 11, 11, 10, 22];
const WIDTH = REPORT_HEADER.length;
const NAME_COL = 1;
const NUMBER = "#,##0.###";
const PERCENT = "0.00%";
const POINTS = "0.00";

const INSTRUCTIONS: readonly string[] = [
  "Hướng dẫn điền:",
  "- Chỉ nhập vào các ô trắng. Cột STT, Chỉ tiêu, ĐVT và các ô tô xám đã khóa để giữ đúng giao ước.",
  "- Kế hoạch, Thực hiện: nhập số như mọi số trong Excel, không kèm chữ hay đơn vị. Chỉ tiêu không được giao: ghi “Không giao”.",
  "- Tỷ lệ % KH được tính sẵn từ Thực hiện và Kế hoạch; đơn vị có thể ghi đè bằng tỷ lệ của mình.",
  "- Chỉ tiêu chấm Đạt/Không đạt hoặc theo mức hoàn thành: chọn trong danh sách ở cột Thực hiện. Điểm cộng, điểm trừ: ghi số lần (0 nếu không có).",
  "- Điểm tự chấm: một số, hoặc công thức của đơn vị.",
  "- Không thêm, xóa hay đổi thứ tự dòng, cột. Trang tính được bảo vệ không đặt mật khẩu; nếu thật cần, bỏ bảo vệ ở thẻ Xem lại (Review).",
  "- Điền xong, lưu và gửi lại tệp .xlsx này cho Cụm trưởng.",
];

type Line =
  | { readonly kind: "group" | "heading"; readonly code: string | number | null; readonly name: string }
  | { readonly kind: "indicator"; readonly code: string | number | null; readonly indicator: Indicator };

export function reportFormSheet(input: ReportFormSheetInput, labels: LabelCache): SheetSpec {
  const g = new SheetGrid();
  const title = `BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAO ƯỚC THI ĐUA${input.year === null ? "" : ` NĂM ${input.year}`}`;
  g.set(0, 0, (input.clusterName ?? "").toUpperCase() || null);
  g.set(1, 0, title);
  g.set(2, 0, `Đơn vị: ${input.member}`);
  for (const r of [0, 1, 2]) g.merge(rect(r, 0, r, WIDTH - 1));
  g.style(rect(0, 0, 1, WIDTH - 1), { bold: true, horizontal: "center", size: 13 });
  g.style(rect(2, 0, 2, WIDTH - 1), { bold: true });
  const head = 4;
  g.setRow(head, 0, REPORT_HEADER);
  g.style(rect(head, 0, head, WIDTH - 1), HEADER_STYLE);
  g.height(head, 33);

  const validations: DataValidation[] = [];
  const unlocked: Rect[] = [];
  const formulas: ToolFormula[] = [];
  let row = head + 1;
  for (const line of pledgeLines(input, labels)) {
    g.set(row, 0, line.code);
    if (line.kind === "indicator") {
      const indicator = line.indicator;
      g.set(row, NAME_COL, indicator.name);
      g.set(row, 2, indicator.unit);
      const cells = inputCells(indicator);
      for (const field of Object.keys(INPUT_COLUMNS) as InputField[]) {
        const col = INPUT_COLUMNS[field];
        placeInput(row, col, field, cells[field]);
      }
      g.height(row, Math.max(20, estimateRowHeight(indicator.name, WIDTHS[NAME_COL] ?? 50, 12)));
    } else {
      g.set(row, NAME_COL, line.name);
      g.style(rect(row, 0, row, WIDTH - 1), { bold: true, fill: LOCKED_FILL });
    }
    row++;
  }
  const lastTableRow = row - 1;
  g.style(rect(head + 1, 0, lastTableRow, WIDTH - 1), { border: "thin", wrap: true });
  g.style(rect(head + 1, 0, lastTableRow, 0), { horizontal: "center" });
  g.style(rect(head + 1, 2, lastTableRow, 2), { horizontal: "center" });

  const notes = lastTableRow + 2;
  INSTRUCTIONS.forEach((text, i) => {
    g.set(notes + i, 0, text);
    g.merge(rect(notes + i, 0, notes + i, WIDTH - 1));
    g.height(notes + i, estimateRowHeight(text, WIDTHS.reduce((a, b) => a + b, 0), 12));
  });
  g.style(rect(notes, 0, notes + INSTRUCTIONS.length - 1, WIDTH - 1), { wrap: true, vertical: "top" });
  g.style(rect(notes, 0, notes, WIDTH - 1), { bold: true, italic: true });
  const lastRow = notes + INSTRUCTIONS.length - 1;
  // The font first, so that the later styles of each range refine it.
  g.styles.unshift({ range: rect(0, 0, lastRow, WIDTH - 1), style: { fontName: FONT, size: 12, vertical: "middle" } });

  return {
    kind: "form",
    tag: "form_report",
    name: REPORT_SHEET,
    values: g.values(WIDTH, lastRow + 1),
    styles: g.styles,
    merges: g.merges,
    columnWidths: WIDTHS,
    rowHeights: g.rowHeights,
    freeze: { rows: head + 1, columns: 2 },
    links: [],
    conditionalFormats: [],
    page: formPage(rect(0, 0, lastRow, WIDTH - 1), { first: head, last: head }, true),
    table: null,
    chart: null,
    validations: mergeValidations(validations),
    unlocked: mergeRects(unlocked),
    protection: { allowFormatColumns: true, allowFormatRows: true },
    formulas,
  };

  function placeInput(r: number, col: number, field: InputField, cell: InputCell): void {
    const at = rect(r, col, r, col);
    if (cell.kind === "locked") {
      g.style(at, { fill: LOCKED_FILL });
      return;
    }
    unlocked.push(at);
    if (cell.kind === "text") return;
    if (cell.kind === "formula") formulas.push({ row: r, col, formula: attainmentFormula(r, cell.inverse), cached: "" });
    validations.push({ range: at, ...cell.check });
    if (cell.check.rule.kind === "list") g.style(at, { horizontal: "center" });
    else g.style(at, { numberFormat: field === "attainment" ? PERCENT : field === "plan" || field === "actual" ? NUMBER : POINTS, horizontal: "right" });
  }
}

/** Thực hiện / Kế hoạch (Kế hoạch / Thực hiện when lower is better), blank until both are numbers: the reader
 * then compares it with its own rate, so it never disagrees (docs/cham-diem.md, ratio and inverse). */
function attainmentFormula(r: number, inverse: boolean): string {
  const plan = cellAddress(r, INPUT_COLUMNS.plan);
  const actual = cellAddress(r, INPUT_COLUMNS.actual);
  const [num, den] = inverse ? [plan, actual] : [actual, plan];
  return `IF(AND(ISNUMBER(${plan}),ISNUMBER(${actual}),${den}>0),${num}/${den},"")`;
}

/** The rows of the pledge table that a report repeats: groups, headings with sub-items, scored indicators.
 * Codes are copied as written ("a" under "5"), so that the reader derives the same codes ("5a"). */
function pledgeLines(input: ReportFormSheetInput, labels: LabelCache): Line[] {
  const { pledgeSheet: sheet, header } = input;
  const byRow = new Map(input.pledge.indicators.map((i) => [i.row, i]));
  const codeCol = header.columns.code;
  const nameCol = header.columns.name;
  const lines: Line[] = [];
  for (let r = header.bottom + 1; r < sheet.values.length; r++) {
    const raw = codeCol === undefined ? null : rawAt(sheet, r, codeCol);
    const code = typeof raw === "string" || typeof raw === "number" ? raw : null;
    const indicator = byRow.get(sheetRow(sheet, r));
    if (indicator) {
      lines.push({ kind: "indicator", code, indicator });
      continue;
    }
    const name = nameCol === undefined ? "" : textAt(sheet, r, nameCol);
    const kind = readCode(raw).kind;
    if (kind === "roman" || ((kind === "none" || kind === "other") && name !== "" && isGroupName(name, labels))) lines.push({ kind: "group", code, name });
    else if (kind === "code" && name !== "") lines.push({ kind: "heading", code, name });
  }
  return lines;
}

/** Cells of one column with the same rule, one below the other, become one range (a smaller file). */
function mergeValidations(cells: readonly DataValidation[]): DataValidation[] {
  const out: DataValidation[] = [];
  const sorted = [...cells].sort((a, b) => a.range.left - b.range.left || a.range.top - b.range.top);
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && last.range.left === v.range.left && last.range.bottom + 1 === v.range.top && JSON.stringify([last.rule, last.prompt, last.error]) === JSON.stringify([v.rule, v.prompt, v.error])) {
      out[out.length - 1] = { ...last, range: { ...last.range, bottom: v.range.bottom } };
    } else out.push(v);
  }
  return out;
}

function mergeRects(cells: readonly Rect[]): Rect[] {
  const out: Rect[] = [];
  const sorted = [...cells].sort((a, b) => a.left - b.left || a.top - b.top);
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.left === c.left && last.right === c.right && last.bottom + 1 === c.top) out[out.length - 1] = { ...last, bottom: c.bottom };
    else out.push(c);
  }
  return out;
}
