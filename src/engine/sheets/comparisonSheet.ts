import { fitToWidthPage } from "./fitToWidthPage";
import type { ClusterData, MemberReport } from "../model";
import type { ClusterResult } from "../score/result";
import type { SheetSpec, SpecValue } from "./sheetSpec";
import { estimateRowHeight, FONT, rect, SheetGrid } from "./sheetGrid";
import { yearName, yearTag } from "./sheetNames";

const HEADERS = [
  "Đơn vị",
  "Mã",
  "Chỉ tiêu",
  "Điểm chuẩn",
  "Điểm tự chấm",
  "Điểm theo giao ước",
  "Điểm thẩm định",
  "Chênh lệch (điểm dùng − tự chấm)",
  "Lý do",
] as const;
const WIDTHS = [24, 8, 42, 11, 11, 13, 13, 14, 36] as const;
const POINTS = "#,##0.00";
const NAME_COL = 2;
const REASON_COL = 8;

/** Whether any member's report has a self-score or an appraisal column: the CLI then writes the comparison sheet. */
export function hasScoreColumns(data: ClusterData): boolean {
  return data.reports.some((r) => Object.values(r.rows).some((row) => row.selfScore.cell !== null || row.clusterScore.cell !== null));
}

function numberOf(value: { readonly kind: string; readonly value?: unknown }): number | null {
  return value.kind === "number" && typeof value.value === "number" ? value.value : null;
}

/**
 * "Đối chiếu điểm <năm>" (issue 10): per member (in rank order) and indicator (in pledge order), the self-score,
 * the points by the pledge, the appraised points, the difference between the points used and the self-score,
 * and the appraisal's reason. The cluster's appraisal team works from it.
 */
export function comparisonSheet(result: ClusterResult, data: ClusterData): SheetSpec {
  const year = result.year ?? data.info.year;
  const indicators = data.pledge?.indicators ?? [];
  const reports = new Map<string, MemberReport>(data.reports.map((r) => [r.member, r]));
  const g = new SheetGrid();
  const last = HEADERS.length - 1;

  g.set(0, 0, `ĐỐI CHIẾU ĐIỂM TỰ CHẤM, ĐIỂM THEO GIAO ƯỚC VÀ ĐIỂM THẨM ĐỊNH NĂM ${year ?? "…"}`);
  g.merge(rect(0, 0, 0, last));
  g.set(1, 0, "Điểm dùng để xếp hạng là điểm thẩm định khi có, còn không là điểm theo giao ước.");
  g.merge(rect(1, 0, 1, last));
  const head = 3;
  g.setRow(head, 0, HEADERS);

  let row = head + 1;
  const memberRows: number[] = [];
  // Measured once per indicator, not once per member and indicator.
  const nameHeights = indicators.map((ind) => estimateRowHeight(ind.name, WIDTHS[NAME_COL], 12));
  const noReasonHeight = estimateRowHeight("", WIDTHS[REASON_COL], 12);
  for (const member of result.members) {
    const report = reports.get(member.name);
    const scores = new Map(member.indicators.map((s) => [s.code, s]));
    g.setRow(row, 0, [member.name, null, "Tổng cộng", result.maxPoints, member.selfScore, null, null, member.selfScore === null ? null : member.total - member.selfScore, null]);
    memberRows.push(row);
    row++;
    for (const [at, ind] of indicators.entries()) {
      const score = scores.get(ind.code);
      const reportRow = report?.rows[ind.code];
      const self = reportRow === undefined ? null : numberOf(reportRow.selfScore);
      const appraised = reportRow === undefined || ind.rule === "direct" ? null : numberOf(reportRow.clusterScore);
      const byPledge: SpecValue = score === undefined ? null : score.notAssigned ? "không giao" : score.computedPoints;
      const used = score === undefined || score.notAssigned ? null : score.points;
      g.setRow(row, 0, [member.name, ind.code, ind.name, ind.maxPoints, self, byPledge, appraised, used !== null && self !== null ? used - self : null, reportRow?.reason ?? null]);
      const reason = reportRow?.reason ?? "";
      g.height(row, Math.max(nameHeights[at]!, reason === "" ? noReasonHeight : estimateRowHeight(reason, WIDTHS[REASON_COL], 12)));
      row++;
    }
  }
  const lastRow = Math.max(head, row - 1);

  const styles = [
    { range: rect(0, 0, lastRow, last), style: { fontName: FONT, size: 12, vertical: "middle" as const } },
    { range: rect(0, 0, 0, last), style: { bold: true, size: 14, horizontal: "center" as const } },
    { range: rect(1, 0, 1, last), style: { italic: true, horizontal: "center" as const } },
    { range: rect(head, 0, head, last), style: { bold: true, fill: "DDEBF7", horizontal: "center" as const, wrap: true } },
    { range: rect(head, 0, lastRow, last), style: { border: "thin" as const } },
    ...(lastRow > head
      ? [
          { range: rect(head + 1, 3, lastRow, 7), style: { numberFormat: POINTS, horizontal: "right" as const } },
          { range: rect(head + 1, 0, lastRow, 0), style: { wrap: true } },
          { range: rect(head + 1, NAME_COL, lastRow, NAME_COL), style: { wrap: true } },
          { range: rect(head + 1, REASON_COL, lastRow, REASON_COL), style: { wrap: true } },
        ]
      : []),
    ...memberRows.map((r) => ({ range: rect(r, 0, r, last), style: { bold: true } })),
    ...g.styles,
  ];
  g.height(head, 48);
  return {
    kind: "comparison",
    tag: yearTag("comparison", year),
    name: yearName("Đối chiếu điểm", year),
    values: g.values(HEADERS.length),
    styles,
    merges: g.merges,
    columnWidths: [...WIDTHS],
    rowHeights: g.rowHeights,
    freeze: { rows: head + 1, columns: 1 },
    links: [],
    conditionalFormats: [],
    page: fitToWidthPage({ orientation: "landscape", margins: { top: 20, bottom: 20, left: 20, right: 15 }, printArea: rect(0, 0, lastRow, last), printTitleRows: { first: head, last: head } }),
    table: lastRow > head ? { range: rect(head, 0, lastRow, last), style: "TableStyleLight9" } : null,
    chart: null,
  };
}
