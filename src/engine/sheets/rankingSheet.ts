import { awardLabel } from "../format/awardLabel";
import { formatNumberVi } from "../format/formatVi";
import type { ClusterData, Group, Rule } from "../model";
import type { ClusterResult, MemberResult } from "../score/result";
import type { CellStyle, SheetSpec } from "./sheetSpec";
import { estimateRowHeight, FONT, rect, SheetGrid } from "./sheetGrid";
import { yearName, yearTag } from "./sheetNames";

const HEADER_FILL = "DDEBF7";
const POINTS = "#,##0.00";
const PERCENT = "0.00%";
const COUNT = "0";
/** Narrow enough not to stretch the detail matrix's member column below it; award names wrap to two lines. */
const AWARD_WIDTH = 22;
const HEADER_STYLE: CellStyle = { bold: true, fill: HEADER_FILL, horizontal: "center", vertical: "middle", wrap: true, border: "thin" };

interface IndicatorLine {
  readonly code: string;
  readonly name: string;
  readonly maxPoints: number | null;
  readonly groupCode: string | null;
  readonly rule: Rule | null;
}

/** The pledge's indicators, or, without a pledge, the codes the scorer used. */
function indicatorLines(result: ClusterResult, data: ClusterData): readonly IndicatorLine[] {
  if (data.pledge !== null) return data.pledge.indicators;
  return (result.members[0]?.indicators ?? []).map((i) => ({ code: i.code, name: "", maxPoints: null, groupCode: null, rule: null }));
}

function groupsOf(result: ClusterResult, data: ClusterData): readonly Group[] {
  if (data.pledge !== null) return data.pledge.groups;
  return result.members[0]?.groups ?? [];
}

/** Table column names must be unique: a repeated header gets " (2)". */
function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h) => {
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return n === 1 ? h : `${h} (${n})`;
  });
}

function scoreOf(member: MemberResult, code: string): { attainment: number | null; points: number } | null {
  return member.indicators.find((i) => i.code === code) ?? null;
}

/**
 * "Xếp hạng <năm>": titles, the summary table (one row per member, in rank order) and the detail matrix
 * indicator × member. Numbers stay numbers with number formats, so Excel shows them with the user's separators.
 */
export function rankingSheet(result: ClusterResult, data: ClusterData): SheetSpec {
  const year = result.year ?? data.info.year;
  const cluster = data.info.clusterName ?? result.cluster;
  const groups = groupsOf(result, data);
  const indicators = indicatorLines(result, data);
  const members = result.members;
  const g = new SheetGrid();

  const summaryHeaders = uniqueHeaders([
    "Hạng",
    "Đơn vị",
    ...groups.map((gr) => `${gr.code}. ${gr.name}`),
    "Tổng điểm",
    "Tỷ lệ so thang điểm (%)",
    "Số chỉ tiêu đạt",
    "Đề nghị khen thưởng",
  ]);
  const summaryWidth = summaryHeaders.length;
  const totalCol = 2 + groups.length;
  const detailWidth = 3 + 2 * members.length;
  const width = Math.max(summaryWidth, detailWidth);

  g.set(0, 0, cluster ? cluster.toLocaleUpperCase("vi") : "…");
  g.set(1, 0, `BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM ${year ?? "…"}`);
  g.set(2, 0, `Thang điểm: ${formatNumberVi(result.maxPoints, 2)} điểm`);
  for (const row of [0, 1, 2]) g.merge(rect(row, 0, row, width - 1));

  // Summary table.
  const head = 4;
  g.setRow(head, 0, summaryHeaders);
  members.forEach((m, i) => {
    const groupPoints = groups.map((gr) => m.groups.find((x) => x.code === gr.code)?.points ?? null);
    const award = awardLabel(m.award);
    g.setRow(head + 1 + i, 0, [m.rank, m.name, ...groupPoints, m.total, m.percentOfMax / 100, m.met, award]);
    g.height(head + 1 + i, Math.max(estimateRowHeight(m.name, 42, 12), estimateRowHeight(award, AWARD_WIDTH, 12)));
  });
  const lastMember = head + members.length;

  // Detail matrix: a two-row header, a row per task group and per indicator, then the totals.
  const detailTitle = lastMember + 2;
  g.set(detailTitle, 0, "CHI TIẾT KẾT QUẢ THEO CHỈ TIÊU");
  g.merge(rect(detailTitle, 0, detailTitle, width - 1));
  const dh = detailTitle + 1;
  g.setRow(dh, 0, ["Mã", "Chỉ tiêu", "Điểm chuẩn"]);
  for (const col of [0, 1, 2]) g.merge(rect(dh, col, dh + 1, col));
  members.forEach((m, j) => {
    const col = 3 + 2 * j;
    g.set(dh, col, m.name);
    g.merge(rect(dh, col, dh, col + 1));
    g.setRow(dh + 1, col, ["Tỷ lệ (%)", "Điểm"]);
  });

  let row = dh + 2;
  const groupRows: number[] = [];
  const indicatorRows: number[] = [];
  const writeIndicator = (ind: IndicatorLine): void => {
    g.setRow(row, 0, [ind.code, ind.name, ind.maxPoints]);
    members.forEach((m, j) => {
      const score = scoreOf(m, ind.code);
      const attainment = score === null ? null : score.attainment === null ? "—" : score.attainment / 100;
      g.setRow(row, 3 + 2 * j, [attainment, score?.points ?? null]);
    });
    indicatorRows.push(row);
    g.height(row, estimateRowHeight(ind.name, 42, 12));
    row++;
  };
  const isScale = (ind: IndicatorLine): boolean => ind.rule !== "bonus" && ind.rule !== "penalty";
  for (const gr of groups) {
    const inGroup = indicators.filter((ind) => ind.groupCode === gr.code);
    const max = inGroup.filter(isScale).reduce((s, ind) => s + (ind.maxPoints ?? 0), 0);
    g.setRow(row, 0, [gr.code, gr.name, max]);
    members.forEach((m, j) => g.set(row, 4 + 2 * j, m.groups.find((x) => x.code === gr.code)?.points ?? null));
    groupRows.push(row);
    g.height(row, estimateRowHeight(gr.name, 42, 12));
    row++;
    inGroup.forEach(writeIndicator);
  }
  indicators.filter((ind) => !groups.some((gr) => gr.code === ind.groupCode)).forEach(writeIndicator);
  const totalRow = row;
  g.setRow(totalRow, 0, [null, "Tổng cộng", result.maxPoints]);
  members.forEach((m, j) => g.set(totalRow, 4 + 2 * j, m.total));
  const lastRow = totalRow;

  // Styles, in order: later entries win.
  g.style(rect(0, 0, lastRow, width - 1), { fontName: FONT, size: 12, vertical: "middle" });
  g.style(rect(0, 0, 1, width - 1), { size: 14, bold: true, horizontal: "center" });
  g.style(rect(2, 0, 2, width - 1), { italic: true, horizontal: "center" });
  g.style(rect(head, 0, head, summaryWidth - 1), HEADER_STYLE);
  if (members.length > 0) {
    g.style(rect(head + 1, 0, lastMember, summaryWidth - 1), { border: "thin" });
    g.style(rect(head + 1, 0, lastMember, 0), { numberFormat: COUNT, horizontal: "center" });
    g.style(rect(head + 1, 1, lastMember, 1), { wrap: true });
    g.style(rect(head + 1, 2, lastMember, totalCol), { numberFormat: POINTS });
    g.style(rect(head + 1, totalCol, lastMember, totalCol), { bold: true });
    g.style(rect(head + 1, totalCol + 1, lastMember, totalCol + 1), { numberFormat: PERCENT });
    g.style(rect(head + 1, totalCol + 2, lastMember, totalCol + 2), { numberFormat: COUNT, horizontal: "center" });
    g.style(rect(head + 1, totalCol + 3, lastMember, totalCol + 3), { wrap: true });
  }
  g.style(rect(detailTitle, 0, detailTitle, width - 1), { bold: true, size: 13 });
  g.style(rect(dh, 0, dh + 1, detailWidth - 1), HEADER_STYLE);
  g.style(rect(dh + 2, 0, lastRow, detailWidth - 1), { border: "thin" });
  g.style(rect(dh + 2, 0, lastRow, 0), { horizontal: "center" });
  g.style(rect(dh + 2, 1, lastRow, 1), { wrap: true });
  g.style(rect(dh + 2, 2, lastRow, 2), { numberFormat: POINTS });
  members.forEach((_, j) => {
    g.style(rect(dh + 2, 3 + 2 * j, lastRow, 3 + 2 * j), { numberFormat: PERCENT, horizontal: "right" });
    g.style(rect(dh + 2, 4 + 2 * j, lastRow, 4 + 2 * j), { numberFormat: POINTS });
  });
  for (const r of [...groupRows, totalRow]) g.style(rect(r, 0, r, detailWidth - 1), { bold: true });

  g.height(0, 21);
  g.height(1, 21);
  g.height(head, 48);
  g.height(dh, estimateRowHeight(members.reduce((a, m) => (m.name.length > a.length ? m.name : a), ""), 24, 12));

  const columnWidths = Array.from({ length: width }, (_, c) => {
    if (c === 0) return 8;
    if (c === 1) return 42;
    if (c === totalCol + 3) return AWARD_WIDTH;
    return 14;
  });

  const chartTop = lastRow + 2;
  const chart =
    members.length > 0
      ? {
          title: "Tổng điểm theo đơn vị",
          categories: rect(head + 1, 1, lastMember, 1),
          values: rect(head + 1, totalCol, lastMember, totalCol),
          anchor: rect(chartTop, 1, chartTop + 18, Math.min(width - 1, 1 + 5)),
        }
      : null;

  return {
    kind: "ranking",
    tag: yearTag("ranking", year),
    name: yearName("Xếp hạng", year),
    values: g.values(width),
    styles: g.styles,
    merges: g.merges,
    columnWidths,
    rowHeights: g.rowHeights,
    freeze: { rows: head + 1, columns: 2 },
    links: [],
    conditionalFormats: members.length > 0 ? [{ range: rect(head + 1, totalCol, lastMember, totalCol), kind: "dataBar", color: "5B9BD5" }] : [],
    page: {
      orientation: "landscape",
      scale: { kind: "fit", pagesWide: 1, pagesTall: 0 },
      margins: { top: 20, bottom: 20, left: 20, right: 15 },
      centerHorizontally: false,
      printArea: rect(0, 0, chart ? chart.anchor.bottom : lastRow, width - 1),
      // The detail matrix runs over several pages; its two-row header is what a reader needs on each.
      printTitleRows: { first: dh, last: dh + 1 },
      printTitleColumns: null,
      rowBreaks: [],
      columnBreaks: [],
    },
    table: members.length > 0 ? { range: rect(head, 0, lastMember, summaryWidth - 1), style: "TableStyleMedium2" } : null,
    chart,
  };
}
