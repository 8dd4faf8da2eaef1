import type { ConferenceForm } from "./conference";
import { awardLabel } from "../format/awardLabel";
import { formatFixedVi, formatLongDateVi, formatNumberVi, formatPercentVi, formatShortDateVi } from "../format/formatVi";
import { listVi } from "../format/listVi";
import type { ClusterData } from "../model";
import type { ClusterResult } from "../score/result";
import { keyIndicatorParagraphs } from "./keyIndicatorParagraphs";
import type { HeaderLine, MinutesBlock, MinutesModel, MinutesParagraph, RankingTable, TextRun } from "./minutesModel";
import { rankingSentence } from "./rankingSentence";

const BLANK = "…";

function upper(text: string): string {
  return text.toLocaleUpperCase("vi");
}

function paragraph(role: MinutesParagraph["role"], ...runs: TextRun[]): MinutesBlock {
  return { kind: "paragraph", paragraph: { role, runs } };
}

/** "1. Địa điểm:" in bold, then the value. */
function item(label: string, value: string): MinutesBlock {
  return paragraph("item", { text: label, bold: true }, { text: ` ${value}` });
}

function header(authority: string | null, cluster: string | null, form: ConferenceForm): MinutesModel["header"] {
  const dateText = form.date ? formatLongDateVi(form.date) : `ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`;
  const left: HeaderLine[] = [
    { size: 13, runs: [{ text: authority ? upper(authority) : BLANK }] },
    { size: 13, runs: [{ text: cluster ? upper(cluster) : BLANK, bold: true }] },
    { size: 13, runs: [{ text: `Số: ${BLANK}/BB-CTĐ` }] },
  ];
  const right: HeaderLine[] = [
    // 12 pt (NĐ 30 allows 12–13) keeps the national name on one line in the right column.
    { size: 12, runs: [{ text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true }] },
    { size: 14, runs: [{ text: "Độc lập - Tự do - Hạnh phúc", bold: true, underline: true }] },
    { size: 14, runs: [{ text: `${form.locality ?? BLANK}, ${dateText}`, italic: true }] },
  ];
  return { left, right };
}

/** The minutes' table (docs/bien-ban.md): the converted total, with the indicators not assigned named beside the
 * member, and the class before the award when the cluster sets classes (docs/cham-diem.md). */
function rankingTable(result: ClusterResult): RankingTable {
  const classified = result.members.some((m) => m.classification !== null);
  return {
    headers: ["Hạng", "Đơn vị", "Tổng điểm", "Tỷ lệ so thang điểm", classified ? "Xếp loại, đề nghị khen thưởng" : "Đề nghị khen thưởng"],
    rows: result.members.map((m) => {
      const notAssigned = m.indicators.filter((i) => i.notAssigned).map((i) => i.code);
      const award = awardLabel(m.award);
      const classAndAward = [m.classification ?? "", award].filter((t) => t !== "").join("; ");
      return {
        rank: m.rank,
        member: notAssigned.length === 0 ? m.name : `${m.name} (không giao: ${notAssigned.join(", ")}; tổng điểm đã quy đổi)`,
        total: m.total,
        percentOfMax: m.percentOfMax,
        award: classified ? classAndAward : award,
        totalText: formatFixedVi(m.total),
        percentText: `${formatFixedVi(m.percentOfMax)}%`,
      };
    }),
  };
}

/** "A và B cùng xếp thứ nhất; hội nghị cần bình xét…" → "A và B cùng xếp thứ nhất." */
function factOf(reason: string): string {
  const cut = reason.indexOf(";");
  return cut < 0 ? reason : `${reason.slice(0, cut)}.`;
}

function votesText(form: ConferenceForm): string {
  const { votesFor, votesTotal } = form;
  const share = votesFor !== null && votesTotal !== null && votesTotal > 0 ? formatPercentVi((votesFor / votesTotal) * 100) : `${BLANK}%`;
  const forText = votesFor === null ? BLANK : String(votesFor);
  const totalText = votesTotal === null ? BLANK : String(votesTotal);
  return `(Kết quả bỏ phiếu: ${forText}/${totalText} phiếu đồng ý, đạt ${share}.)`;
}

function sectionThree(result: ClusterResult, clusterName: string, yearText: string, form: ConferenceForm): MinutesBlock[] {
  const { leader, merit, noLeaderReason } = result.proposals;
  const blocks: MinutesBlock[] = [];
  if (leader === null) {
    // The minutes record facts; the advice to the conference ("hội nghị cần bình xét…") stays in the pane.
    blocks.push(paragraph("body", { text: factOf(noLeaderReason ?? "Chưa đề xuất được đơn vị dẫn đầu.") }));
  }
  const meritClause = merit.length > 0 ? listVi(merit) : leader === null ? BLANK : null;
  const certificates = meritClause === null ? "" : `; đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho ${meritClause}`;
  blocks.push(
    paragraph("body", {
      text: `Hội nghị thống nhất suy tôn ${leader ?? BLANK} là đơn vị dẫn đầu ${clusterName} năm ${yearText} và đề nghị UBND tỉnh tặng Cờ thi đua${certificates}.`,
    }),
  );
  blocks.push(paragraph("body", { text: votesText(form), italic: true }));
  return blocks;
}

/** The draft minutes of docs/bien-ban.md, with "…" wherever the data and the form do not know. */
export function buildMinutes(result: ClusterResult, data: ClusterData, form: ConferenceForm): MinutesModel {
  const year = result.year ?? data.info.year;
  const yearText = year === null ? BLANK : String(year);
  const nextYearText = year === null ? BLANK : String(year + 1);
  const cluster = data.info.clusterName ?? result.cluster;
  const clusterName = cluster ?? BLANK;
  const shortDate = form.date ? formatShortDateVi(form.date) : `${BLANK}/${BLANK}/${BLANK}`;

  const memberNames = data.reports.length > 0 ? data.reports.map((r) => r.member) : result.members.map((m) => m.name);
  const attendees =
    form.attendees ?? `Đại diện lãnh đạo các đơn vị thành viên Cụm: ${memberNames.length > 0 ? listVi(memberNames) : BLANK}.`;
  const pledgeCount = form.nextPledgeCount ?? data.pledge?.indicatorCount ?? null;

  const body: MinutesBlock[] = [
    item("1. Thời gian bắt đầu:", `${form.startTime ?? `${BLANK} giờ ${BLANK}`}, ngày ${shortDate}.`),
    item("2. Địa điểm:", form.place ?? BLANK),
    item("3. Thành phần tham dự:", attendees),
    paragraph(
      "item",
      { text: "4. Chủ trì:", bold: true },
      { text: ` ${form.chair ?? BLANK} — ` },
      { text: "Thư ký:", bold: true },
      { text: ` ${form.secretary ?? BLANK}` },
    ),
    paragraph("item", { text: "5. Nội dung:", bold: true }),
    paragraph("section", { text: `I. Kết quả thực hiện giao ước thi đua năm ${yearText}.`, bold: true }),
    ...keyIndicatorParagraphs(result, data, form.keyIndicator, year).map((p): MinutesBlock => ({ kind: "paragraph", paragraph: p })),
    paragraph("section", { text: "II. Kết quả chấm điểm, xếp hạng.", bold: true }),
    { kind: "rankingTable", table: rankingTable(result) },
    paragraph("body", { text: rankingSentence(result.members) }),
    paragraph("section", { text: "III. Bình xét, suy tôn.", bold: true }),
    ...sectionThree(result, clusterName, yearText, form),
    paragraph("section", { text: `IV. Bầu Cụm trưởng, Cụm phó năm ${nextYearText}.`, bold: true }),
    paragraph("body", {
      text: `Hội nghị thống nhất bầu ${form.nextHead ?? BLANK} làm Cụm trưởng, ${form.nextDeputy ?? BLANK} làm Cụm phó ${clusterName} năm ${nextYearText}.`,
    }),
    paragraph("section", { text: `V. Ký kết giao ước thi đua năm ${nextYearText}.`, bold: true }),
    paragraph("body", {
      text: `Các đơn vị thành viên đã ký kết giao ước thi đua năm ${nextYearText} với ${pledgeCount === null ? BLANK : formatNumberVi(pledgeCount)} chỉ tiêu.`,
    }),
  ];

  return {
    year,
    header: header(data.info.authority, cluster, form),
    title: [
      "BIÊN BẢN",
      `Hội nghị tổng kết công tác thi đua, khen thưởng năm ${yearText} và ký kết giao ước thi đua năm ${nextYearText} ${clusterName}`,
    ],
    body,
    closing: [
      `Hội nghị kết thúc vào ${BLANK} giờ ${BLANK}, ngày ${shortDate}./.`,
      "Biên bản được thông qua trước Hội nghị.",
    ],
    signatures: {
      left: { title: "THƯ KÝ", note: "(Ký, ghi rõ họ tên)", name: form.secretary },
      // "Chủ trì" as in the form and in item 4, not "Chủ tọa": one word for one role.
      right: { title: "CHỦ TRÌ", note: "(Ký, ghi rõ họ tên)", name: form.chair },
    },
    recipients: {
      heading: "Nơi nhận:",
      lines: ["- Ban Thi đua - Khen thưởng tỉnh;", "- Các đơn vị thành viên Cụm;", "- Lưu: VT, Hồ sơ."],
    },
  };
}
