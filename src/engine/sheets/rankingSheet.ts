import { awardLabel } from "../format/awardLabel";
import { formatLongDateVi, formatNumberVi } from "../format/formatVi";
import type { ConferenceForm } from "../minutes/conference";
import type { ClusterData } from "../model";
import { awardNotes } from "../score/awardNote";
import type { ClusterResult } from "../score/result";
import { columnPoints, printablePoints } from "./printGeometry";
import { groupsOf, uniqueHeaders } from "./rankingLines";
import type { CellStyle, PageSetup, SheetSpec } from "./sheetSpec";
import { FONT, rect, SheetGrid, wordWrappedLines } from "./sheetGrid";
import { yearName, yearTag } from "./sheetNames";

const BLANK = "…";
/** The table's text: the issue asks for no less than 11 pt on paper, and the sheet prints at 100 %. */
const TABLE_SIZE = 11;
const HEAD_SIZE = 13;
const POINTS = "#,##0.00";
const PERCENT = "0.00%";

/** Who signs and where: the conference form's fields the ranking uses. */
export type RankingSigning = Pick<ConferenceForm, "date" | "locality" | "chair" | "secretary">;

/** Narrowest widths (Excel characters) that hold "1.012,50", "101,25%" and the rank at 11 pt. */
const WIDTH = { rank: 5, group: 6.5, total: 8, percent: 7.5 } as const;
/** The text columns' least and preferred widths: they share what the page has left. */
const TEXT_COLUMNS = { member: [13.5, 24], classification: [10, 16], award: [12, 28], note: [12.5, 30] } as const;

const PORTRAIT: Pick<PageSetup, "orientation" | "margins"> = { orientation: "portrait", margins: { top: 12, bottom: 12, left: 15, right: 10 } };
const LANDSCAPE: Pick<PageSetup, "orientation" | "margins"> = { orientation: "landscape", margins: { top: 15, bottom: 15, left: 15, right: 15 } };

/** Total Excel width of `columns` columns that fill `points` of paper (each column adds 5 px of padding). */
function charsFor(points: number, columns: number): number {
  return (points / 0.75 - 5 * columns) / 7;
}

/**
 * Column widths for the table: the number columns at their narrowest, the text columns sharing the rest of the
 * printable width. Portrait when the text columns get at least their least width there, else landscape.
 */
function layoutColumns(groupCount: number, classified: boolean): { page: Pick<PageSetup, "orientation" | "margins">; widths: number[] } {
  const fixed = [WIDTH.rank, ...Array<number>(groupCount).fill(WIDTH.group), WIDTH.total, WIDTH.percent];
  const text = [TEXT_COLUMNS.member, ...(classified ? [TEXT_COLUMNS.classification] : []), TEXT_COLUMNS.award, TEXT_COLUMNS.note];
  const fixedPoints = fixed.reduce((s, w) => s + columnPoints(w), 0);
  const place = (page: typeof PORTRAIT): number[] | null => {
    const room = charsFor(printablePoints(page).width - fixedPoints, text.length);
    const least = text.reduce((s, [min]) => s + min, 0);
    if (room < least) return null;
    const preferred = text.reduce((s, [, max]) => s + max, 0);
    const share = Math.min(1, (room - least) / (preferred - least));
    return text.map(([min, max]) => Math.floor((min + (max - min) * share) * 4) / 4);
  };
  const portrait = place(PORTRAIT);
  const page = portrait === null ? LANDSCAPE : PORTRAIT;
  const [member, ...rest] = portrait ?? place(LANDSCAPE) ?? text.map(([min]) => min);
  return { page, widths: [WIDTH.rank, member!, ...fixed.slice(1, 1 + groupCount), WIDTH.total, WIDTH.percent, ...rest] };
}

/** Row height for text in a cell: Times New Roman lines at 1.25 × the size, plus a little room. */
function linesHeight(lines: number, size: number): number {
  return Math.ceil((lines * size * 1.25 + 3) * 4) / 4;
}

function upper(text: string): string {
  return text.toLocaleUpperCase("vi");
}

/**
 * "Xếp hạng <năm>": the summary the cluster signs (Bảng tổng hợp kết quả chấm điểm, xếp hạng). The header of the
 * minutes (authority and cluster; Quốc hiệu and tiêu ngữ), the title, one row per member in rank order with the
 * points per task group, the total, its share of the maximum, the proposed award and why a member is passed over,
 * then place and date and the signatures. One A4 page at 11 pt for up to 20 members; the indicator × member detail
 * is on "Chi tiết điểm <năm>" (detailSheet). Numbers stay numbers with number formats.
 */
export function rankingSheet(result: ClusterResult, data: ClusterData, signing: RankingSigning | null = null): SheetSpec {
  const year = result.year ?? data.info.year;
  const cluster = data.info.clusterName ?? result.cluster;
  const sign: RankingSigning = signing ?? { date: data.info.conferenceDate, locality: null, chair: data.info.chair, secretary: data.info.secretary };
  const groups = groupsOf(result, data);
  const members = result.members;
  const notes = awardNotes(result, data.pledge?.indicators ?? []);
  // docs/cham-diem.md: a "Xếp loại" column when the cluster sets classes; a note when totals were converted.
  const classified = members.some((m) => m.classification !== null);
  const converted = members.some((m) => m.memberMax !== result.maxPoints);
  const { page, widths } = layoutColumns(groups.length, classified);
  const width = widths.length;
  const last = width - 1;
  const totalCol = 2 + groups.length;
  const awardCol = totalCol + (classified ? 3 : 2);
  const noteCol = awardCol + 1;
  // The two header blocks of the minutes: the left over the rank, member and first number column, the right over the
  // last five, wide enough for the Quốc hiệu on one line.
  const leftBlock = { first: 0, last: 2 };
  const rightBlock = { first: Math.max(3, width - 5), last };
  const blockChars = (b: { first: number; last: number }): number => widths.slice(b.first, b.last + 1).reduce((s, w) => s + w, 0);
  const g = new SheetGrid();
  let row = 0;

  const blockText = (block: { first: number; last: number }, text: string, style: CellStyle, size: number): number => {
    g.set(row, block.first, text);
    g.merge(rect(row, block.first, row, block.last));
    g.style(rect(row, block.first, row, block.last), { horizontal: "center", wrap: true, size, ...style });
    return linesHeight(wordWrappedLines(text, blockChars(block), size, style.bold === true), size);
  };
  const pair = (left: [string, CellStyle, number] | null, right: [string, CellStyle, number] | null): void => {
    const heights = [left === null ? 0 : blockText(leftBlock, ...left), right === null ? 0 : blockText(rightBlock, ...right)];
    g.height(row, Math.max(...heights));
    row++;
  };
  const gap = (height: number): void => {
    g.height(row, height);
    row++;
  };
  const fullLine = (text: string, style: CellStyle, size: number): void => {
    g.set(row, 0, text);
    g.merge(rect(row, 0, row, last));
    g.style(rect(row, 0, row, last), { horizontal: "center", wrap: true, size, ...style });
    g.height(row, linesHeight(wordWrappedLines(text, blockChars({ first: 0, last }), size, style.bold === true), size));
    row++;
  };

  pair([upper(data.info.authority ?? BLANK), {}, HEAD_SIZE], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true }, 12]);
  pair([cluster ? upper(cluster) : BLANK, { bold: true }, HEAD_SIZE], ["Độc lập - Tự do - Hạnh phúc", { bold: true, underline: true }, HEAD_SIZE]);
  gap(6);
  fullLine("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG", { bold: true }, 14);
  fullLine(`Thi đua năm ${year ?? BLANK} của ${cluster ?? BLANK} (thang điểm ${formatNumberVi(result.maxPoints, 2)} điểm)`, { italic: true }, 12);
  if (converted) {
    const text = "Đơn vị có chỉ tiêu không giao: tổng điểm đã quy đổi về thang điểm của cụm (tổng điểm × thang điểm của cụm ÷ thang điểm của đơn vị; điểm cộng, điểm trừ giữ nguyên).";
    fullLine(text, { italic: true, horizontal: "left" }, TABLE_SIZE);
  }
  gap(4);

  const head = row;
  const headers = uniqueHeaders([
    "Hạng",
    "Đơn vị",
    // "Nhóm I" keeps the header to two lines; the legend under the table names the groups.
    ...groups.map((gr) => `Nhóm ${gr.code}`),
    "Tổng điểm",
    "% thang điểm",
    ...(classified ? ["Xếp loại"] : []),
    "Đề nghị khen thưởng",
    "Ghi chú",
  ]);
  g.setRow(head, 0, headers);
  g.height(head, linesHeight(Math.max(...headers.map((h, c) => wordWrappedLines(h, widths[c]!, TABLE_SIZE, true))), TABLE_SIZE));
  row++;
  members.forEach((m, i) => {
    const award = awardLabel(m.award);
    const note = notes[i] ?? "";
    const groupPoints = groups.map((gr) => m.groups.find((x) => x.code === gr.code)?.points ?? null);
    g.setRow(row, 0, [m.rank, m.name, ...groupPoints, m.total, m.percentOfMax / 100, ...(classified ? [m.classification ?? ""] : []), award, note]);
    const lines = Math.max(wordWrappedLines(m.name, widths[1]!, TABLE_SIZE), wordWrappedLines(award, widths[awardCol]!, TABLE_SIZE), wordWrappedLines(note, widths[noteCol]!, TABLE_SIZE));
    g.height(row, linesHeight(lines, TABLE_SIZE));
    row++;
  });
  const lastMember = row - 1;
  g.style(rect(head, 0, lastMember, last), { size: TABLE_SIZE, border: "thin", vertical: "middle", wrap: true });
  g.style(rect(head, 0, head, last), { bold: true, horizontal: "center" });
  if (members.length > 0) {
    g.style(rect(head + 1, 0, lastMember, 0), { numberFormat: "0", horizontal: "center" });
    g.style(rect(head + 1, 2, lastMember, totalCol), { numberFormat: POINTS });
    g.style(rect(head + 1, totalCol, lastMember, totalCol), { bold: true });
    g.style(rect(head + 1, totalCol + 1, lastMember, totalCol + 1), { numberFormat: PERCENT });
  }
  if (groups.length > 0) {
    const legend = `Nhóm nhiệm vụ: ${groups.map((gr) => `${gr.code}. ${gr.name}`).join("; ")}.`;
    g.set(row, 0, legend);
    g.merge(rect(row, 0, row, last));
    g.style(rect(row, 0, row, last), { italic: true, wrap: true, horizontal: "left", vertical: "top" });
    g.height(row, linesHeight(wordWrappedLines(legend, blockChars({ first: 0, last }), TABLE_SIZE), TABLE_SIZE));
    row++;
  }
  gap(4);

  const dateText = sign.date ? formatLongDateVi(sign.date) : `ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`;
  pair(null, [`${sign.locality ?? BLANK}, ${dateText}`, { italic: true }, 12]);
  pair(["NGƯỜI LẬP BIỂU", { bold: true }, 12], ["TM. CỤM THI ĐUA", { bold: true }, 12]);
  pair(null, ["CỤM TRƯỞNG", { bold: true }, 12]);
  pair(["(Ký, ghi rõ họ tên)", { italic: true }, TABLE_SIZE], ["(Ký, ghi rõ họ tên)", { italic: true }, TABLE_SIZE]);
  gap(45);
  const name = (n: string | null): [string, CellStyle, number] | null => (n === null ? null : [n, { bold: true }, 12]);
  // The secretary draws up the table; the chair signs for the cluster as its head. Without a name the line stays for handwriting.
  pair(name(sign.secretary), name(sign.chair));
  const lastRow = row - 1;

  return {
    kind: "ranking",
    tag: yearTag("ranking", year),
    name: yearName("Xếp hạng", year),
    values: g.values(width, row),
    // The font goes first so every later style keeps it.
    styles: [{ range: rect(0, 0, lastRow, last), style: { fontName: FONT, size: TABLE_SIZE, vertical: "middle" } }, ...g.styles],
    merges: g.merges,
    columnWidths: widths,
    rowHeights: g.rowHeights,
    freeze: null,
    links: [],
    conditionalFormats: [],
    page: {
      ...page,
      // One page: for up to 20 members the layout fits at 100 %; a larger cluster shrinks rather than splits the signatures off.
      scale: { kind: "fit", pagesWide: 1, pagesTall: 1 },
      centerHorizontally: true,
      printArea: rect(0, 0, lastRow, last),
      printTitleRows: null,
      printTitleColumns: null,
      rowBreaks: [],
      columnBreaks: [],
    },
    table: null,
    chart: null,
  };
}
