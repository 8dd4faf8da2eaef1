import { strFromU8, unzipSync } from "fflate";
import { readCluster } from "../../engine/read/readCluster";
import { reportForms } from "../../engine/sheets/reportForms";
import { grid, workbook } from "../../engine/testing/grid";
import { samplePledge } from "../../engine/testing/sampleSheets";
import { formWorkbook } from "./formWorkbook";
import { readWorkbook } from "./readWorkbook";

const INFO = grid("Thông tin", [["Năm", 2024], ["Thứ tự luân phiên", "huyện Kbang"]]);

async function kbangForm(): Promise<Uint8Array> {
  const books = [workbook("cum.xlsx", INFO, samplePledge())];
  const forms = reportForms(readCluster(books), books);
  if (!forms.ok || !forms.forms[0]) throw new Error("no form");
  return formWorkbook(forms.forms[0].sheets);
}

function part(bytes: Uint8Array, name: string): string {
  const file = unzipSync(bytes)[name];
  if (!file) throw new Error(`no ${name}`);
  return strFromU8(file);
}

describe("formWorkbook", () => {
  it("writes the report sheet first and the pledge after it", async () => {
    const snapshot = await readWorkbook(await kbangForm(), "bao-cao.xlsx");
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Báo cáo", "Giao ước"]);
  });

  it("protects both sheets without a password, still letting columns and rows be resized", async () => {
    const bytes = await kbangForm();
    for (const sheet of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
      const protection = /<sheetProtection [^>]*\/>/.exec(part(bytes, sheet))?.[0];
      expect(protection).toBe('<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>');
    }
  });

  it("unlocks the input cells only", async () => {
    const bytes = await kbangForm();
    const styles = part(bytes, "xl/styles.xml");
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
    const unlocked = new Set([...xfs.matchAll(/<xf [^>]*\/>|<xf [^>]*[^/]>[\s\S]*?<\/xf>/g)].flatMap((m, i) => (m[0].includes('locked="0"') ? [String(i)] : [])));
    const sheet = part(bytes, "xl/worksheets/sheet1.xml");
    const styleOf = (cell: string): string => new RegExp(`<c r="${cell}" s="(\\d+)"`).exec(sheet)?.[1] ?? "0";
    expect(["D7", "E7", "F7", "H7", "I7", "E11"].map((c) => unlocked.has(styleOf(c)))).toEqual([true, true, true, true, true, true]);
    expect(["A7", "B7", "C7", "D11", "A2"].map((c) => unlocked.has(styleOf(c)))).toEqual([false, false, false, false, false]);
  });

  it("writes the entry rules: a number or “Không giao”, a list of words, a plain decimal", async () => {
    const sheet = part(await kbangForm(), "xl/worksheets/sheet1.xml");
    const rule = (sqref: string): string => new RegExp(`<dataValidation [^>]*sqref="${sqref}"[^>]*>[\\s\\S]*?</dataValidation>`).exec(sheet)?.[0] ?? "";
    // Indicators 1 and 2 share their unit and rule: one range, whose formula is relative to its first cell.
    expect(rule("D7:D8")).toContain('type="custom"');
    expect(rule("D7:D8")).toContain("<formula1>OR(ISNUMBER(D7),D7=&quot;Không giao&quot;)</formula1>");
    expect(rule("D7:D8")).toContain('promptTitle="Kế hoạch"');
    expect(rule("E11")).toContain('type="list"');
    expect(rule("E11")).toContain("<formula1>&quot;Đạt,Không đạt,Không giao&quot;</formula1>");
    expect(rule("F7:F8")).toMatch(/type="decimal"[^>]*operator="greaterThanOrEqual"/);
    expect(rule("F7:F8")).toContain("<formula1>0</formula1>");
  });

  it("writes the tool's formula with its cached result, which the reader takes as the value", async () => {
    const bytes = await kbangForm();
    const sheet = part(bytes, "xl/worksheets/sheet1.xml");
    expect(/<c r="F7"[^>]*>[\s\S]*?<\/c>/.exec(sheet)?.[0]).toMatch(/<f>IF\(AND\(ISNUMBER\(D7\),ISNUMBER\(E7\),D7&gt;0\),E7\/D7,&quot;&quot;\)<\/f><v><\/v>/);
    expect(part(bytes, "xl/workbook.xml")).toContain('fullCalcOnLoad="1"');
    const snapshot = await readWorkbook(bytes, "bao-cao.xlsx");
    expect(snapshot.sheets[0]?.values[6]?.[5] ?? null).toBeNull();
  });

  it("reads a formula cell as its cached number, such as Excel stores once the member has typed the figures", async () => {
    const books = [workbook("cum.xlsx", INFO, samplePledge())];
    const forms = reportForms(readCluster(books), books);
    const [sheet, pledge] = forms.ok ? (forms.forms[0]?.sheets ?? []) : [];
    if (!sheet || !pledge) throw new Error("no form");
    const computed = { ...sheet, formulas: [{ row: 6, col: 5, formula: "E7/D7", cached: 1.0005 }] };
    const snapshot = await readWorkbook(await formWorkbook([computed, pledge]), "bao-cao.xlsx");
    expect([snapshot.sheets[0]?.values[6]?.[5], snapshot.sheets[0]?.formats[6]?.[5]]).toEqual([1.0005, "0.00%"]);
  });
});
