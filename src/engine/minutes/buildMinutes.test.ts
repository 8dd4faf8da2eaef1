import type { ConferenceForm } from "./conference";
import { buildMinutes } from "./buildMinutes";
import { defaultConferenceForm } from "./defaultConferenceForm";
import type { MinutesModel } from "./minutesModel";
import { memberReport, memberResult, sampleData, sampleResult } from "../testing/minutesFixtures";

function lines(model: MinutesModel): string[] {
  return model.body.flatMap((b) => (b.kind === "paragraph" ? [b.paragraph.runs.map((r) => r.text).join("")] : []));
}

function after(model: MinutesModel, heading: string): string {
  const all = lines(model);
  const i = all.findIndex((l) => l.startsWith(heading));
  return all.slice(i + 1).join("\n");
}

function minutes(form: Partial<ConferenceForm> = {}, result = sampleResult(), data = sampleData()): MinutesModel {
  return buildMinutes(result, data, { ...defaultConferenceForm(data, result), ...form });
}

describe("defaultConferenceForm", () => {
  it("prefills the date, time, place, people and next year's head and deputy", () => {
    const form = defaultConferenceForm(sampleData(), sampleResult());
    expect(form).toEqual({
      date: { year: 2024, month: 1, day: 22 },
      startTime: "8 giờ 00",
      locality: null,
      place: "Hội trường UBND huyện Đak Pơ",
      chair: "Nguyễn Văn A",
      secretary: "Trần Thị B",
      attendees: null,
      votesFor: null,
      votesTotal: null,
      nextHead: "thị xã An Khê",
      nextDeputy: "huyện Mang Yang",
      keyIndicator: null,
      nextPledgeCount: null,
    });
  });
});

describe("buildMinutes header and title", () => {
  it("writes the authority and cluster in upper case, the number blank and the dated place line", () => {
    const model = minutes({ locality: "Đak Pơ" });
    const left = model.header.left.map((l) => l.runs.map((r) => r.text).join(""));
    const right = model.header.right.map((l) => l.runs.map((r) => r.text).join(""));
    expect(left).toEqual(["UBND TỈNH GIA LAI", "CỤM THI ĐUA SỐ 2", "Số: …/BB-CTĐ"]);
    expect(model.header.left[1]?.runs[0]?.bold).toBe(true);
    expect(right).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đak Pơ, ngày 22 tháng 01 năm 2024"]);
    expect(model.header.right[2]?.runs[0]?.italic).toBe(true);
  });

  it("titles the conference with the year reviewed and the next year", () => {
    expect(minutes().title).toEqual([
      "BIÊN BẢN",
      "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 và ký kết giao ước thi đua năm 2024 Cụm thi đua số 2",
    ]);
  });

  it("leaves blanks where the place and date are not known", () => {
    const model = minutes({ date: null, startTime: null, place: null, chair: null, secretary: null });
    expect(model.header.right[2]?.runs[0]?.text).toBe("…, ngày … tháng … năm …");
    expect(lines(model)).toEqual(
      expect.arrayContaining(["1. Thời gian bắt đầu: … giờ …, ngày …/…/….", "2. Địa điểm: …", "4. Chủ trì: … — Thư ký: …"]),
    );
    expect(model.closing[0]).toBe("Hội nghị kết thúc vào … giờ …, ngày …/…/…./.");
    expect(model.signatures.left).toEqual({ title: "THƯ KÝ", note: "(Ký, ghi rõ họ tên)", name: null });
  });
});

describe("buildMinutes items 1–4", () => {
  it("states the start time, place, attendees in workbook order, chair and secretary", () => {
    const all = lines(minutes());
    expect(all.slice(0, 5)).toEqual([
      "1. Thời gian bắt đầu: 8 giờ 00, ngày 22/01/2024.",
      "2. Địa điểm: Hội trường UBND huyện Đak Pơ",
      "3. Thành phần tham dự: Đại diện lãnh đạo các đơn vị thành viên Cụm: huyện Đak Pơ, huyện Đak Đoa, huyện Kbang, huyện Mang Yang và thị xã An Khê.",
      "4. Chủ trì: Nguyễn Văn A — Thư ký: Trần Thị B",
      "5. Nội dung:",
    ]);
  });

  it("uses the attendees text of the form when given", () => {
    expect(lines(minutes({ attendees: "Lãnh đạo 05 huyện, thị xã." }))[2]).toBe("3. Thành phần tham dự: Lãnh đạo 05 huyện, thị xã.");
  });
});

describe("buildMinutes section I", () => {
  it("writes one sentence per member for the first indicator, with Vietnamese numbers", () => {
    const text = after(minutes(), "I. Kết quả thực hiện giao ước thi đua năm 2023.");
    expect(text).toContain("Chỉ tiêu “Tổng giá trị sản xuất (giá so sánh 2010)”:");
    expect(text).toContain("- huyện Đak Pơ đạt 2.735,764 tỷ đồng, bằng 100,05% kế hoạch, tăng 7,67% so với năm 2022;");
    expect(text).toContain("- huyện Đak Đoa đạt 10.858 tỷ đồng, bằng 100,44% kế hoạch, tăng 10,7% so với năm 2022;");
    expect(text).toContain("- huyện Kbang đạt 5.696,5 tỷ đồng, bằng 100,02% kế hoạch, tăng 8,068% so với năm 2022;");
    expect(text).toContain("- thị xã An Khê đạt 18.797,39 tỷ đồng, bằng 100,3% kế hoạch, tăng 12,83% so với năm 2022.");
  });

  it("says giảm for a negative growth", () => {
    const data = sampleData({ reports: [memberReport("huyện Đak Pơ", { "1": { actual: 2735.764, growth: -1.8 } })] });
    expect(after(minutes({}, sampleResult(), data), "I.")).toContain("giảm 1,8% so với năm 2022.");
  });

  it("says tương đương when the growth is zero", () => {
    const data = sampleData({ reports: [memberReport("huyện Đak Pơ", { "1": { actual: 2735.764, growth: 0 } })] });
    expect(after(minutes({}, sampleResult(), data), "I.")).toContain("bằng 100,05% kế hoạch, tương đương năm 2022.");
  });

  it("leaves out the growth and attainment clauses when they are unknown, and blanks an unknown actual", () => {
    const data = sampleData({
      reports: [memberReport("huyện Đak Pơ", { "1": { actual: 2947.907 } }), memberReport("huyện Đak Đoa", {})],
    });
    const result = sampleResult({ members: [memberResult("huyện Đak Pơ", 1, 90, [null, 100, 100]), memberResult("huyện Đak Đoa", 2, 80, [null, 90, 90])] });
    const text = after(minutes({}, result, data), "I.");
    expect(text).toContain("- huyện Đak Pơ đạt 2.947,907 tỷ đồng;");
    expect(text).toContain("- huyện Đak Đoa đạt … tỷ đồng.");
  });

  it("uses the key indicator the form names", () => {
    const data = sampleData({ reports: [memberReport("huyện Mang Yang", { "3": { actual: 3.32 } })] });
    const text = after(minutes({ keyIndicator: "3" }, sampleResult(), data), "I.");
    expect(text).toContain("Chỉ tiêu “Tỷ lệ giảm hộ nghèo”:");
    expect(text).toContain("- huyện Mang Yang đạt 3,32%, bằng 100% kế hoạch.");
  });

  it("writes a blank when there is no pledge", () => {
    const all = lines(minutes({}, sampleResult(), sampleData({ pledge: null })));
    const i = all.indexOf("I. Kết quả thực hiện giao ước thi đua năm 2023.");
    expect(all[i + 1]).toBe("…");
  });
});

describe("buildMinutes section II", () => {
  it("tabulates the ranking with the totals and awards of the result", () => {
    const table = minutes().body.find((b) => b.kind === "rankingTable");
    expect(table?.kind === "rankingTable" && table.table.headers).toEqual(["Hạng", "Đơn vị", "Tổng điểm", "Tỷ lệ so thang điểm", "Đề nghị khen thưởng"]);
    const rows = table?.kind === "rankingTable" ? table.table.rows : [];
    expect(rows.map((r) => [r.rank, r.member, r.totalText, r.percentText, r.award])).toEqual([
      [1, "huyện Kbang", "100,00", "100,00%", "Cờ thi đua của UBND tỉnh"],
      [2, "huyện Đak Pơ", "99,50", "99,50%", "Bằng khen của Chủ tịch UBND tỉnh"],
      [3, "huyện Mang Yang", "98,25", "98,25%", ""],
      [4, "thị xã An Khê", "97,13", "97,13%", ""],
      [5, "huyện Đak Đoa", "90,00", "90,00%", ""],
    ]);
  });

  it("names the indicators not assigned beside the member, and puts the class before the award when classes are set", () => {
    const base = sampleResult();
    const [first, second, ...rest] = base.members;
    const notAssigned = { ...first!, classification: "Hoàn thành xuất sắc", indicators: first!.indicators.map((x, i) => (i === 1 ? { ...x, notAssigned: true } : x)) };
    const table = minutes({}, { ...base, members: [notAssigned, { ...second!, classification: "Hoàn thành tốt" }, ...rest] }).body.find((b) => b.kind === "rankingTable");
    const t = table?.kind === "rankingTable" ? table.table : null;
    expect(t?.headers[4]).toBe("Xếp loại, đề nghị khen thưởng");
    expect(t?.rows.slice(0, 3).map((r) => [r.member, r.award])).toEqual([
      [`huyện Kbang (không giao: ${first!.indicators[1]!.code}; tổng điểm đã quy đổi)`, "Hoàn thành xuất sắc; Cờ thi đua của UBND tỉnh"],
      ["huyện Đak Pơ", "Hoàn thành tốt; Bằng khen của Chủ tịch UBND tỉnh"],
      ["huyện Mang Yang", ""],
    ]);
  });

  it("names the first three in the ranking sentence", () => {
    expect(lines(minutes())).toContain("Kết quả xếp hạng: huyện Kbang đứng thứ nhất, huyện Đak Pơ xếp thứ hai, huyện Mang Yang xếp thứ ba.");
  });

  it("names tied members together and skips the rank a tie uses up", () => {
    const result = sampleResult({
      members: [memberResult("huyện Kbang", 1, 99, []), memberResult("huyện Đak Pơ", 1, 99, []), memberResult("huyện Mang Yang", 3, 90, []), memberResult("thị xã An Khê", 4, 80, [])],
    });
    expect(lines(minutes({}, result))).toContain("Kết quả xếp hạng: huyện Kbang và huyện Đak Pơ cùng đứng thứ nhất, huyện Mang Yang xếp thứ ba.");
  });

  it("names only the members there are", () => {
    const result = sampleResult({ members: [memberResult("huyện Kbang", 1, 99, []), memberResult("huyện Đak Pơ", 2, 90, [])] });
    expect(lines(minutes({}, result))).toContain("Kết quả xếp hạng: huyện Kbang đứng thứ nhất, huyện Đak Pơ xếp thứ hai.");
  });
});

describe("buildMinutes section III", () => {
  it("proposes the leader for the flag and the others for certificates, with vote blanks", () => {
    const text = after(minutes(), "III. Bình xét, suy tôn.");
    expect(text).toContain(
      "Hội nghị thống nhất suy tôn huyện Kbang là đơn vị dẫn đầu Cụm thi đua số 2 năm 2023 và đề nghị UBND tỉnh tặng Cờ thi đua; đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho huyện Đak Pơ.",
    );
    expect(text).toContain("(Kết quả bỏ phiếu: …/… phiếu đồng ý, đạt …%.)");
  });

  it("fills the votes when the form gives them", () => {
    expect(after(minutes({ votesFor: 4, votesTotal: 5 }), "III.")).toContain("(Kết quả bỏ phiếu: 4/5 phiếu đồng ý, đạt 80%.)");
  });

  it("states why no leader was proposed, without advice to the conference, and leaves blanks", () => {
    const reason = "Huyện Kbang và huyện Đak Pơ cùng xếp thứ nhất; hội nghị cần bình xét, bỏ phiếu để chọn đơn vị dẫn đầu.";
    const result = sampleResult({ proposals: { leader: null, merit: [], nextHead: null, nextDeputy: null, noLeaderReason: reason } });
    const text = after(minutes({ nextHead: null, nextDeputy: null }, result), "III.");
    expect(text).toContain("Huyện Kbang và huyện Đak Pơ cùng xếp thứ nhất.");
    expect(text).not.toContain("hội nghị cần");
    expect(text).toContain(
      "Hội nghị thống nhất suy tôn … là đơn vị dẫn đầu Cụm thi đua số 2 năm 2023 và đề nghị UBND tỉnh tặng Cờ thi đua; đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho ….",
    );
    expect(text).toContain("(Kết quả bỏ phiếu: …/… phiếu đồng ý, đạt …%.)");
  });
});

describe("buildMinutes sections IV and V", () => {
  it("elects next year's head and deputy", () => {
    expect(after(minutes(), "IV. Bầu Cụm trưởng, Cụm phó năm 2024.")).toContain(
      "Hội nghị thống nhất bầu thị xã An Khê làm Cụm trưởng, huyện Mang Yang làm Cụm phó Cụm thi đua số 2 năm 2024.",
    );
  });

  it("leaves the election blank when the head and deputy are unknown", () => {
    expect(after(minutes({ nextHead: null, nextDeputy: null }), "IV.")).toContain("Hội nghị thống nhất bầu … làm Cụm trưởng, … làm Cụm phó Cụm thi đua số 2 năm 2024.");
  });

  it("counts the pledge's indicators, unless the form says otherwise", () => {
    expect(after(minutes(), "V. Ký kết giao ước thi đua năm 2024.")).toBe("Các đơn vị thành viên đã ký kết giao ước thi đua năm 2024 với 3 chỉ tiêu.");
    expect(after(minutes({ nextPledgeCount: 28 }), "V.")).toBe("Các đơn vị thành viên đã ký kết giao ước thi đua năm 2024 với 28 chỉ tiêu.");
  });
});

describe("buildMinutes closing", () => {
  it("closes, signs and lists the recipients", () => {
    const model = minutes();
    expect(model.closing).toEqual(["Hội nghị kết thúc vào … giờ …, ngày 22/01/2024./.", "Biên bản được thông qua trước Hội nghị."]);
    expect(model.signatures.right).toEqual({ title: "CHỦ TRÌ", note: "(Ký, ghi rõ họ tên)", name: "Nguyễn Văn A" });
    expect(model.signatures.left.name).toBe("Trần Thị B");
    expect(model.recipients).toEqual({
      heading: "Nơi nhận:",
      lines: ["- Ban Thi đua - Khen thưởng tỉnh;", "- Các đơn vị thành viên Cụm;", "- Lưu: VT, Hồ sơ."],
    });
  });

  it("writes blanks for the year when it is unknown", () => {
    const model = minutes({}, sampleResult({ year: null }), sampleData({ info: { ...sampleData().info, year: null } }));
    expect(model.title[1]).toBe("Hội nghị tổng kết công tác thi đua, khen thưởng năm … và ký kết giao ước thi đua năm … Cụm thi đua số 2");
  });
});
