import { formatNumberVi } from "../format/formatVi";
import type { ClusterData } from "../model";
import type { ClusterResult, MemberResult } from "../score/result";
import { columnPoints, columnsPoints, printablePoints } from "./printGeometry";
import { groupsOf, indicatorLines, type IndicatorLine } from "./rankingLines";
import type { PageSetup, SheetSpec } from "./sheetSpec";
import { FONT, rect, SheetGrid, wordWrappedLines } from "./sheetGrid";
import { yearName, yearTag } from "./sheetNames";

const POINTS = "#,##0.00";
const PERCENT = "0.00%";
/** 10 pt at 100 %: the issue asks for no less than 9 pt on paper, whatever the cluster's size. */
const SIZE = 10;
const SCALE = 100;
/** Mã, Chỉ tiêu, Điểm chuẩn: repeated at the left of every printed page. */
const TITLE_WIDTHS = [5, 40, 8] as const;
const TITLE_COLUMNS = TITLE_WIDTHS.length;
/** Each member has two columns: attainment and points. */
const MEMBER_WIDTHS = [8, 7.5] as const;
const PAGE: Pick<PageSetup, "orientation" | "margins"> = { orientation: "landscape", margins: { top: 15, bottom: 15, left: 15, right: 15 } };

/** First column of member j (its attainment); its points are one to the right. */
function rateColumn(j: number): number {
  return TITLE_COLUMNS + 2 * j;
}

function pointsColumn(j: number): number {
  return rateColumn(j) + 1;
}

/**
 * Columns print up to a tenth wider than Excel's Calibri measure where the workbook's default font is another
 * (LibreOffice without Calibri): the breaks leave that much room, so a member is never cut by an automatic break.
 */
const WIDTH_SLACK = 1.1;

/** How many members fit across a page beside the repeated indicator columns. */
export function membersPerPage(): number {
  const room = (printablePoints(PAGE).width * 100) / SCALE / WIDTH_SLACK - columnsPoints(TITLE_WIDTHS, { first: 0, last: TITLE_COLUMNS - 1 });
  return Math.max(1, Math.floor(room / (columnPoints(MEMBER_WIDTHS[0]) + columnPoints(MEMBER_WIDTHS[1]))));
}

type IndicatorScore = MemberResult["indicators"][number];

/** Code → the member's first score of it (as a find would give), looked up in a map: 300 members × 60 indicators. */
function scoresByCode(member: MemberResult): ReadonlyMap<string, IndicatorScore> {
  const scores = new Map<string, IndicatorScore>();
  for (const i of member.indicators) if (!scores.has(i.code)) scores.set(i.code, i);
  return scores;
}

function lineHeight(lines: number): number {
  return Math.ceil((lines * SIZE * 1.25 + 3) * 4) / 4;
}

/**
 * "Chi tiết điểm <năm>": attainment and points per indicator and member, under a two-row header. Printed landscape at
 * 100 % with the indicator columns and the header rows repeated on every page and a page break every few members,
 * so the text stays at 10 pt for any cluster size; no fills, which print grey in black and white.
 */
export function detailSheet(result: ClusterResult, data: ClusterData): SheetSpec {
  const year = result.year ?? data.info.year;
  const cluster = data.info.clusterName ?? result.cluster;
  const groups = groupsOf(result, data);
  const indicators = indicatorLines(result, data);
  const members = result.members;
  const width = rateColumn(members.length);
  const last = width - 1;
  const titleLast = TITLE_COLUMNS - 1;
  const g = new SheetGrid();

  g.set(0, 0, `CHI TIẾT ĐIỂM THEO CHỈ TIÊU NĂM ${year ?? "…"}`);
  g.set(1, 0, `${cluster ?? "…"}, thang điểm ${formatNumberVi(result.maxPoints, 2)} điểm`);
  for (const r of [0, 1]) g.merge(rect(r, 0, r, titleLast));

  const head = 3;
  g.setRow(head, 0, ["Mã", "Chỉ tiêu", "Điểm chuẩn"]);
  for (let c = 0; c < TITLE_COLUMNS; c++) g.merge(rect(head, c, head + 1, c));
  members.forEach((m, j) => {
    g.set(head, rateColumn(j), m.name);
    g.merge(rect(head, rateColumn(j), head, pointsColumn(j)));
    // The cells show "101,25%": the header needs no "(%)", which would wrap.
    g.setRow(head + 1, rateColumn(j), ["Tỷ lệ", "Điểm"]);
  });
  const nameLines = Math.max(1, ...members.map((m) => wordWrappedLines(m.name, MEMBER_WIDTHS[0] + MEMBER_WIDTHS[1], SIZE, true)));
  if (nameLines > 1) g.height(head, lineHeight(nameLines));

  let row = head + 2;
  const boldRows: number[] = [];
  // Row heights only where the indicator's name wraps: every other row keeps Excel's own height.
  const sizeFor = (text: string): void => {
    // Measured as bold: errs tall, so a name never loses its last line.
    const lines = wordWrappedLines(text, TITLE_WIDTHS[1], SIZE, true);
    if (lines > 1) g.height(row, lineHeight(lines));
  };
  const scores = members.map(scoresByCode);
  const writeIndicator = (ind: IndicatorLine): void => {
    g.setRow(row, 0, [ind.code, ind.name, ind.maxPoints]);
    scores.forEach((byCode, j) => {
      const score = byCode.get(ind.code) ?? null;
      if (score?.notAssigned === true) {
        g.setRow(row, rateColumn(j), ["không giao", null]);
        return;
      }
      const attainment = score === null ? null : score.attainment === null ? "—" : score.attainment / 100;
      g.setRow(row, rateColumn(j), [attainment, score?.points ?? null]);
    });
    sizeFor(ind.name);
    row++;
  };
  const isScale = (ind: IndicatorLine): boolean => ind.rule !== "bonus" && ind.rule !== "penalty";
  for (const gr of groups) {
    const inGroup = indicators.filter((ind) => ind.groupCode === gr.code);
    const max = inGroup.filter(isScale).reduce((s, ind) => s + (ind.maxPoints ?? 0), 0);
    g.setRow(row, 0, [gr.code, gr.name, max]);
    members.forEach((m, j) => g.set(row, pointsColumn(j), m.groups.find((x) => x.code === gr.code)?.points ?? null));
    boldRows.push(row);
    sizeFor(gr.name);
    row++;
    inGroup.forEach(writeIndicator);
  }
  indicators.filter((ind) => !groups.some((gr) => gr.code === ind.groupCode)).forEach(writeIndicator);
  const totalRow = row;
  g.setRow(totalRow, 0, [null, "Tổng cộng", result.maxPoints]);
  members.forEach((m, j) => g.set(totalRow, pointsColumn(j), m.total));
  boldRows.push(totalRow);
  const lastRow = totalRow;

  g.style(rect(0, 0, 0, titleLast), { bold: true, size: 11, horizontal: "left" });
  g.style(rect(1, 0, 1, titleLast), { italic: true, horizontal: "left" });
  g.style(rect(head, 0, head + 1, last), { bold: true, horizontal: "center", vertical: "middle", wrap: true });
  g.style(rect(head, 0, lastRow, last), { border: "thin" });
  g.style(rect(head + 2, 0, lastRow, 0), { horizontal: "center" });
  g.style(rect(head + 2, 1, lastRow, 1), { wrap: true });
  g.style(rect(head + 2, 2, lastRow, 2), { numberFormat: POINTS });
  members.forEach((_, j) => {
    g.style(rect(head + 2, rateColumn(j), lastRow, rateColumn(j)), { numberFormat: PERCENT, horizontal: "right" });
    g.style(rect(head + 2, pointsColumn(j), lastRow, pointsColumn(j)), { numberFormat: POINTS });
  });
  for (const r of boldRows) g.style(rect(r, 0, r, last), { bold: true });

  const perPage = membersPerPage();
  const columnBreaks = members.map((_, j) => j).filter((j) => j > 0 && j % perPage === 0).map(rateColumn);
  const columnWidths = [...TITLE_WIDTHS, ...members.flatMap(() => [...MEMBER_WIDTHS])];

  return {
    kind: "detail",
    tag: yearTag("detail", year),
    name: yearName("Chi tiết điểm", year),
    values: g.values(width, lastRow + 1),
    styles: [{ range: rect(0, 0, lastRow, last), style: { fontName: FONT, size: SIZE, vertical: "middle" } }, ...g.styles],
    merges: g.merges,
    columnWidths,
    rowHeights: g.rowHeights,
    freeze: { rows: head + 2, columns: TITLE_COLUMNS },
    links: [],
    conditionalFormats: [],
    page: {
      ...PAGE,
      scale: { kind: "percent", percent: SCALE },
      centerHorizontally: false,
      printArea: rect(0, 0, lastRow, last),
      printTitleRows: { first: 0, last: head + 1 },
      printTitleColumns: { first: 0, last: titleLast },
      rowBreaks: [],
      columnBreaks,
    },
    table: null,
    chart: null,
  };
}
