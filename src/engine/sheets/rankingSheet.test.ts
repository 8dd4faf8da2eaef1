import { memberResult, sampleData, sampleResult } from "../testing/minutesFixtures";
import { rowOf, specProblems, styleAt, valueAt } from "../testing/sheetSpecs";
import { detailSheet } from "./detailSheet";
import { rankingSheet } from "./rankingSheet";

describe("rankingSheet", () => {
  const plan = rankingSheet(sampleResult(), sampleData());
  const head = rowOf(plan, "Hạng");

  it("names and tags the sheet by year", () => {
    expect(plan.name).toBe("Xếp hạng 2023");
    expect(plan.tag).toBe("ranking_2023");
  });

  it("is a well-formed plan: same-length rows, merges and styles inside the used area", () => {
    expect(specProblems(plan)).toEqual([]);
  });

  it("opens with the header of the minutes: authority and cluster on the left, Quốc hiệu and tiêu ngữ on the right", () => {
    const right = plan.values[0]!.findIndex((v, c) => c > 0 && v !== null);
    expect([valueAt(plan, "A1"), valueAt(plan, "A2")]).toEqual(["UBND TỈNH GIA LAI", "CỤM THI ĐUA SỐ 2"]);
    expect([plan.values[0]![right], plan.values[1]![right]]).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]);
    expect(styleAt(plan, "A2")).toMatchObject({ bold: true });
    const title = rowOf(plan, "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG");
    expect(title).toBeGreaterThan(1);
    expect(plan.values[title + 1]![0]).toBe("Thi đua năm 2023 của Cụm thi đua số 2 (thang điểm 100 điểm)");
  });

  it("lists the members in rank order with group points, total, share of the maximum, award and note", () => {
    expect(plan.values[head]).toEqual(["Hạng", "Đơn vị", "Nhóm I", "Nhóm II", "Tổng điểm", "% thang điểm", "Đề nghị khen thưởng", "Ghi chú"]);
    expect(plan.values[head + 1]).toEqual([1, "huyện Kbang", 50, 50, 100, 1, "Cờ thi đua của UBND tỉnh", ""]);
    expect(plan.values[head + 2]).toEqual([2, "huyện Đak Pơ", 49.8, 50, 99.5, 0.995, "Bằng khen của Chủ tịch UBND tỉnh", ""]);
    expect(plan.values[head + 5]!.slice(0, 5)).toEqual([5, "huyện Đak Đoa", 30, 47.5, 90]);
    const legend = rowOf(plan, "Nhóm nhiệm vụ: I. Phát triển kinh tế; II. Văn hóa - xã hội.");
    expect(legend).toBe(head + 6);
  });

  it("gives the reason a member is passed over in Ghi chú", () => {
    const data = sampleData({ pledge: { ...sampleData().pledge!, indicators: sampleData().pledge!.indicators.map((i) => (i.code === "2" ? { ...i, mandatory: true } : i)) } });
    const result = sampleResult({
      members: [
        memberResult("huyện Kbang", 1, 100, [100, 99, 100], { hasErrors: true }),
        memberResult("huyện Đak Pơ", 2, 99.5, [100, 95, 100], { mandatoryUnmet: 1 }),
        memberResult("huyện Mang Yang", 3, 98, [100, 100, 100], { award: "flag" }),
      ],
      proposals: { leader: "huyện Mang Yang", merit: [], nextHead: null, nextDeputy: null, noLeaderReason: null },
    });
    const p = rankingSheet(result, data);
    const h = rowOf(p, "Hạng");
    const note = p.values[h]!.indexOf("Ghi chú");
    expect([1, 2, 3].map((i) => p.values[h + i]![note])).toEqual(["có lỗi số liệu; không đạt chỉ tiêu bắt buộc 2", "không đạt chỉ tiêu bắt buộc 2", ""]);
  });

  it("says when members tie for first and the conference decides", () => {
    const result = sampleResult({
      members: [memberResult("huyện Kbang", 1, 100, [100, 100, 100]), memberResult("huyện Đak Pơ", 1, 100, [100, 100, 100]), memberResult("thị xã An Khê", 3, 90, [100, 90, 100])],
      proposals: { leader: null, merit: [], nextHead: null, nextDeputy: null, noLeaderReason: "…" },
    });
    const p = rankingSheet(result, sampleData());
    const h = rowOf(p, "Hạng");
    const note = p.values[h]!.indexOf("Ghi chú");
    expect([1, 2, 3].map((i) => p.values[h + i]![note])).toEqual(["đồng hạng nhất, chờ hội nghị bình xét", "đồng hạng nhất, chờ hội nghị bình xét", ""]);
  });

  it("ends with place and date, then NGƯỜI LẬP BIỂU on the left and TM. CỤM THI ĐUA / CỤM TRƯỞNG on the right, with names", () => {
    const p = rankingSheet(sampleResult(), sampleData(), { date: { year: 2024, month: 1, day: 22 }, locality: "An Khê", chair: "Nguyễn Văn A", secretary: "Trần Thị B" });
    const sign = rowOf(p, "NGƯỜI LẬP BIỂU");
    const right = p.values[sign]!.findIndex((v) => v === "TM. CỤM THI ĐUA");
    expect(right).toBeGreaterThan(2);
    expect(p.values[sign - 1]![right]).toBe("An Khê, ngày 22 tháng 01 năm 2024");
    expect(p.values[sign + 1]![right]).toBe("CỤM TRƯỞNG");
    expect(p.values[sign + 2]![0]).toBe("(Ký, ghi rõ họ tên)");
    const names = p.values.findIndex((r) => r[0] === "Trần Thị B");
    expect(names).toBeGreaterThan(sign + 3);
    expect(p.values[names]![right]).toBe("Nguyễn Văn A");
    expect(p.page.printArea!.bottom).toBe(names);
  });

  it("leaves blanks for the place, the date and the names it does not know", () => {
    const p = rankingSheet(sampleResult(), sampleData({ info: { ...sampleData().info, chair: null, secretary: null, conferenceDate: null } }));
    const sign = rowOf(p, "NGƯỜI LẬP BIỂU");
    expect(p.values[sign - 1]).toContain("…, ngày … tháng … năm …");
    expect(p.values.slice(sign + 3).flat().filter((v) => v !== null)).toEqual([]);
  });

  it("prints in black and white without fills, data bars, table or chart", () => {
    expect(plan.styles.filter((s) => s.style.fill !== undefined)).toEqual([]);
    expect(plan.conditionalFormats).toEqual([]);
    expect([plan.table, plan.chart]).toEqual([null, null]);
    expect(styleAt(plan, `E${head + 2}`)).toMatchObject({ numberFormat: "#,##0.00", fontName: "Times New Roman", bold: true, size: 11 });
    expect(styleAt(plan, `F${head + 2}`)).toMatchObject({ numberFormat: "0.00%" });
  });

  it("writes a member name that starts with = as the same text, never a formula", () => {
    const result = sampleResult({ members: [memberResult("=HYPERLINK(\"x\")", 1, 10, [])] });
    const p = rankingSheet(result, sampleData());
    expect(p.values[rowOf(p, "Hạng") + 1]![1]).toBe("=HYPERLINK(\"x\")");
    expect(specProblems(p)).toEqual([]);
  });

  it("still makes a well-formed sheet with no members and no pledge", () => {
    const p = rankingSheet(sampleResult({ members: [] }), sampleData({ pledge: null }));
    expect(specProblems(p)).toEqual([]);
    expect(rowOf(p, "NGƯỜI LẬP BIỂU")).toBeGreaterThan(0);
  });

  describe("with classes and indicators not assigned (docs/cham-diem.md)", () => {
    const base = sampleResult();
    const kbang = base.members[0]!;
    const members = [
      {
        ...kbang,
        memberMax: 80,
        rawTotal: 80,
        classification: "Hoàn thành xuất sắc",
        indicators: kbang.indicators.map((x, i) => (i === 1 ? { ...x, attainment: null, points: 0, computedPoints: 0, met: null, notAssigned: true } : x)),
      },
      ...base.members.slice(1).map((m) => ({ ...m, classification: "Hoàn thành tốt" })),
    ];
    const converted = rankingSheet({ ...base, members }, sampleData());
    const headRow = converted.values.findIndex((r) => r[0] === "Hạng");
    const header = converted.values[headRow]!;
    const classCol = header.indexOf("Xếp loại");
    const noteOf = (spec: typeof converted) => spec.values.find((r) => String(r[0] ?? "").startsWith("Đơn vị có chỉ tiêu không giao"));

    it("adds a Xếp loại column after % thang điểm and before the award, with each member's class", () => {
      expect(classCol).toBe(header.indexOf("% thang điểm") + 1);
      expect(header[classCol + 1]).toBe("Đề nghị khen thưởng");
      expect(converted.values[headRow + 1]![classCol]).toBe("Hoàn thành xuất sắc");
      expect(converted.values[headRow + 2]![classCol]).toBe("Hoàn thành tốt");
      expect(specProblems(converted)).toEqual([]);
    });
    it("shows the converted total, says it was converted, and writes không giao in the detail cell", () => {
      expect(converted.values[headRow + 1]![header.indexOf("Tổng điểm")]).toBe(100);
      expect(String(noteOf(converted)?.[0])).toContain("tổng điểm đã quy đổi về thang điểm của cụm");
      const detail = detailSheet({ ...base, members }, sampleData());
      const row2 = detail.values.findIndex((r) => r[0] === kbang.indicators[1]!.code);
      expect(detail.values[row2]!.slice(3, 5)).toEqual(["không giao", null]);
    });
    it("has no Xếp loại column nor note when no class is set and nothing is converted", () => {
      expect(plan.values.some((r) => r.includes("Xếp loại"))).toBe(false);
      expect(noteOf(plan)).toBeUndefined();
    });
  });
});
