import JSZip from "jszip";
import { buildMinutes } from "../../engine/minutes/buildMinutes";
import { defaultConferenceForm } from "../../engine/minutes/defaultConferenceForm";
import { sampleData, sampleResult } from "../../engine/testing/minutesFixtures";
import { minutesToDocx } from "./minutesDocx";

async function openDocx(): Promise<{ document: string; headers: string[]; styles: string }> {
  const data = sampleData();
  const result = sampleResult();
  const bytes = await minutesToDocx(buildMinutes(result, data, { ...defaultConferenceForm(data, result), locality: "Đak Pơ" }));
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string): Promise<string> => zip.file(name)!.async("string");
  const headerNames = Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n));
  return { document: await read("word/document.xml"), headers: await Promise.all(headerNames.map(read)), styles: await read("word/styles.xml") };
}

/** Word splits nothing here (one run per sentence), but XML escapes quotes; compare the visible text. */
function visibleText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join("")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

describe("minutesToDocx", () => {
  let docx: Awaited<ReturnType<typeof openDocx>>;
  beforeAll(async () => {
    docx = await openDocx();
  });

  it("contains the sentences of the minutes", () => {
    const text = visibleText(docx.document);
    expect(text).toContain("UBND TỈNH GIA LAI");
    expect(text).toContain("Đak Pơ, ngày 22 tháng 01 năm 2024");
    expect(text).toContain("BIÊN BẢN");
    expect(text).toContain("- huyện Đak Pơ đạt 2.735,764 tỷ đồng, bằng 100,05% kế hoạch, tăng 7,67% so với năm 2022;");
    expect(text).toContain("Kết quả xếp hạng: huyện Kbang đứng thứ nhất, huyện Đak Pơ xếp thứ hai, huyện Mang Yang xếp thứ ba.");
    expect(text).toContain("(Kết quả bỏ phiếu: …/… phiếu đồng ý, đạt …%.)");
    expect(text).toContain("Biên bản được thông qua trước Hội nghị.");
    expect(text).toContain("Nơi nhận:");
  });

  it("puts the ranking in a table with the figures as the reader sees them", () => {
    const text = visibleText(docx.document);
    expect(text).toContain("HạngĐơn vịTổng điểmTỷ lệ so thang điểmĐề nghị khen thưởng");
    expect(text).toContain("1huyện Kbang100,00100,00%Cờ thi đua của UBND tỉnh");
    expect(docx.document).toMatch(/<w:tblBorders>[\s\S]*?<w:insideH w:val="single"/);
  });

  it("sets an A4 portrait page with the NĐ 30 margins", () => {
    expect(docx.document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(docx.document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it("writes in Times New Roman, body 14 pt, justified, with a 1,27 cm first-line indent and 6 pt after", () => {
    expect(docx.styles).toContain('w:ascii="Times New Roman"');
    expect(docx.document).toContain('w:ascii="Times New Roman"');
    expect(docx.document).toContain('<w:sz w:val="28"/>');
    expect(docx.document).toContain('<w:jc w:val="both"/>');
    expect(docx.document).toContain('w:firstLine="720"');
    expect(docx.document).toContain('w:after="120"');
  });

  it("numbers pages from the second one, centred at the top", () => {
    expect(docx.document).toContain("<w:titlePg/>");
    expect(docx.document).toMatch(/<w:headerReference w:type="first"/);
    expect(docx.headers.some((h) => /PAGE/.test(h) && h.includes('<w:jc w:val="center"/>'))).toBe(true);
    expect(docx.headers.some((h) => !/PAGE/.test(h))).toBe(true);
  });
});
