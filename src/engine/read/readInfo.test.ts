import { readCluster } from "./readCluster";
import { samplePledge } from "../testing/sampleSheets";
import { grid, workbook } from "../testing/grid";

const info = (rows: Parameters<typeof grid>[1], options: Parameters<typeof grid>[2] = {}) => grid("Thông tin", rows, options);

describe("reading the cluster information sheet", () => {
  it("reads every label of the information sheet", () => {
    const sheet = info([
      ["THÔNG TIN CỤM THI ĐUA"],
      ["Tên cụm", "Cụm thi đua số 2"],
      ["Cơ quan chủ quản", "UBND tỉnh Gia Lai"],
      ["Năm", 2024],
      ["Cụm trưởng", "thị xã An Khê"],
      ["Cụm phó", "huyện Mang Yang"],
      ["Thứ tự luân phiên", "huyện Kbang; huyện Mang Yang; huyện Đak Pơ, huyện Đak Đoa; thị xã An Khê"],
      ["Số Bằng khen đề nghị", 1],
      ["Thời gian hội nghị", "8 giờ 00, ngày 12/02/2025"],
      ["Địa điểm", "Hội trường UBND thị xã An Khê"],
      ["Chủ trì", "Ông Nguyễn Văn A"],
      ["Thư ký", "Bà Trần Thị B"],
      ["Thành phần", "Đại diện lãnh đạo 5 đơn vị"],
    ]);
    const data = readCluster([workbook("cum.xlsx", sheet, samplePledge())]);
    expect(data.info).toEqual({
      clusterName: "Cụm thi đua số 2",
      authority: "UBND tỉnh Gia Lai",
      year: 2024,
      head: "thị xã An Khê",
      deputy: "huyện Mang Yang",
      rotation: ["huyện Kbang", "huyện Mang Yang", "huyện Đak Pơ", "huyện Đak Đoa", "thị xã An Khê"],
      meritCount: 1,
      conferenceDate: { year: 2025, month: 2, day: 12 },
      conferenceText: "8 giờ 00, ngày 12/02/2025",
      place: "Hội trường UBND thị xã An Khê",
      chair: "Ông Nguyễn Văn A",
      secretary: "Bà Trần Thị B",
      attendees: "Đại diện lãnh đạo 5 đơn vị",
      classes: [],
    });
    expect(data.findings).toEqual([]);
  });

  it("matches labels without diacritics, with a colon, and values after the colon", () => {
    const sheet = grid("Thong tin", [["CUM TRUONG:", "thị xã An Khê"], ["Năm: 2024"], ["khoi thi dua", "Khối thi đua các sở"]]);
    const data = readCluster([workbook("cum.xlsx", sheet, samplePledge())]);
    expect([data.info.head, data.info.year, data.info.clusterName]).toEqual(["thị xã An Khê", 2024, "Khối thi đua các sở"]);
  });

  it("reads a label given twice from the row that has a value", () => {
    const sheet = info([["Cụm thi đua"], ["Tên cụm", "Cụm thi đua số 7"]]);
    expect(readCluster([workbook("cum.xlsx", sheet, samplePledge())]).info.clusterName).toBe("Cụm thi đua số 7");
  });

  it("reads a conference date stored as a date serial", () => {
    const sheet = info([["Thời gian hội nghị", 45700]], { formats: { "0,1": "dd/mm/yyyy" } });
    const data = readCluster([workbook("cum.xlsx", sheet, samplePledge())]);
    expect(data.info.conferenceDate).toEqual({ year: 2025, month: 2, day: 12 });
    expect(data.info.conferenceText).toBe("ngày 12/02/2025");
  });

  it("warns about a conference date it cannot read and keeps the text", () => {
    const sheet = info([["Thời gian hội nghị", "đầu tháng Hai"]]);
    const data = readCluster([workbook("cum.xlsx", sheet, samplePledge())]);
    expect(data.info.conferenceDate).toBeNull();
    expect(data.info.conferenceText).toBe("đầu tháng Hai");
    const f = data.findings.find((x) => x.code === "INVALID_DATE");
    expect(f).toMatchObject({ severity: "warning", where: { sheet: "Thông tin", cell: "B1" }, text: "đầu tháng Hai" });
  });

  it("keeps the default of two certificates when the count is not a number", () => {
    const sheet = info([["Số Bằng khen đề nghị", "hai"]]);
    const data = readCluster([workbook("cum.xlsx", sheet, samplePledge())]);
    expect(data.info.meritCount).toBe(2);
    expect(data.findings.find((f) => f.where.cell === "B1")).toMatchObject({ code: "NOT_A_NUMBER", severity: "warning", field: "meritCount", text: "hai" });
  });

  it("lets the user's year win over the workbook's", () => {
    const sheet = info([["Năm", 2023]]);
    expect(readCluster([workbook("cum.xlsx", sheet, samplePledge())], { year: 2024 }).info.year).toBe(2024);
  });

  it("warns when no year is given anywhere", () => {
    const pledge = grid("Giao ước", [["STT", "Chỉ tiêu", "Điểm chuẩn", "Cách chấm"], ["1", "Thu ngân sách", 10]]);
    const data = readCluster([workbook("cum.xlsx", pledge)]);
    expect(data.info.year).toBeNull();
    expect(data.findings.filter((f) => f.code === "NO_YEAR")).toHaveLength(1);
    expect(data.findings.find((f) => f.code === "NO_YEAR")?.severity).toBe("warning");
  });

  it("takes an upper-case cluster title in sentence case", () => {
    const pledge = grid("Giao ước", [
      ["CỤM THI ĐUA CÁC HUYỆN PHÍA ĐÔNG TỈNH GIA LAI"],
      ["Bảng điểm thi đua năm 2025"],
      ["STT", "Chỉ tiêu", "Điểm chuẩn", "Cách chấm"],
      ["1", "Thu ngân sách", 10],
    ]);
    const data = readCluster([workbook("cum.xlsx", pledge)]);
    expect(data.info.clusterName).toBe("Cụm thi đua các huyện phía đông");
    expect(data.info.year).toBe(2025);
  });
});
