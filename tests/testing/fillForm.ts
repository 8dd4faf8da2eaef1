/**
 * Fills a report form the way a member does in Excel, with the sample's figures: only the open cells, only what
 * the entry rules accept (numbers, or a word from the drop-down list), and the tool's Tỷ lệ % KH formula given
 * the result Excel would store for it.
 */
import ExcelJS from "exceljs";
import { GIA_LAI_2024 } from "../../src/sample/gialai2024";
import { leafCodes, type PledgeLine, type ReportValue, type SampleMember } from "../../src/sample/sampleModel";
import { bestAttainments } from "../../src/sample/reportGrid";
import { selfScore, typedNumber } from "../../src/sample/selfScore";

/** What the drop-down lists offer for the words the sample's members typed by hand. */
const LIST_WORD: Readonly<Record<string, string>> = {
  x: "Đạt",
  "Hoàn thành": "Đạt",
  HTT: "Hoàn thành tốt",
  HTXS: "Hoàn thành xuất sắc",
  "Xuất sắc": "Hoàn thành xuất sắc",
  Tốt: "Hoàn thành tốt",
};
const WORD_RULES = new Set(["Mức độ", "Đạt/Không đạt"]);

/** A cell's entry after the figures are in: a wrong one ("E8": "hai nghìn"), or the member's own formula. */
export type Planted = Readonly<Record<string, string | ExcelJS.CellFormulaValue>>;

export async function fillForm(bytes: Uint8Array, member: SampleMember, planted: Planted = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.getWorksheet("Báo cáo");
  if (!sheet) throw new Error("no Báo cáo sheet");
  const lines = linesByCode();
  const best = bestAttainments(GIA_LAI_2024);
  let parent = "";
  sheet.eachRow((row, r) => {
    const raw = row.getCell(1).value;
    const printed = typeof raw === "string" || typeof raw === "number" ? String(raw) : "";
    if (r < 6 || printed === "") return;
    const code = /^[a-z]$/.test(printed) ? parent + printed : printed;
    if (!/^[a-z]$/.test(printed)) parent = printed;
    const line = lines.get(code);
    const value = member.values[code];
    if (!line || !value) return;
    const words = line.rule !== undefined && WORD_RULES.has(line.rule);
    const plan = words ? null : typedNumber(value.plan);
    const actual = words ? LIST_WORD[String(value.actual)] ?? value.actual : typedNumber(value.actual);
    // A unit "%" is typed as a percent (91,2), not as the fraction the sample's % cells hold.
    const scale = value.percentCells ? 100 : 1;
    if (plan !== null) row.getCell(4).value = plan * scale;
    if (actual !== null) row.getCell(5).value = typeof actual === "number" ? actual * scale : actual;
    fillAttainment(row.getCell(6), line, value, plan, typeof actual === "number" ? actual : null);
    if (value.growth !== undefined) row.getCell(7).value = value.growth;
    row.getCell(8).value = selfScore(line, value, best.get(code) ?? 0);
  });
  for (const [address, entry] of Object.entries(planted)) sheet.getCell(address).value = entry;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A reported rate overwrites the formula, as a member may; otherwise Excel stores what the formula gives. */
function fillAttainment(cell: ExcelJS.Cell, line: PledgeLine, value: ReportValue, plan: number | null, actual: number | null): void {
  if (typeof value.attainment === "number") {
    cell.value = value.attainment / 100;
    return;
  }
  const current = cell.value;
  if (current === null || typeof current !== "object" || !("formula" in current)) return;
  const inverse = line.rule?.startsWith("Càng thấp") === true;
  const [num, den] = inverse ? [plan, actual] : [actual, plan];
  const result = num !== null && den !== null && den > 0 ? num / den : "";
  cell.value = { formula: current.formula, result } as ExcelJS.CellFormulaValue;
}

function linesByCode(): Map<string, PledgeLine> {
  const byCode = new Map<string, PledgeLine>();
  for (const [line, code] of leafCodes(GIA_LAI_2024.pledge)) byCode.set(code, line);
  return byCode;
}
