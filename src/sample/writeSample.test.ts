import { readWorkbook } from "../hosts/xlsx/readWorkbook";
import { GIA_LAI_2024 } from "./gialai2024";
import { writeSample } from "./writeSample";

async function sampleSnapshots() {
  const files = await writeSample();
  return Promise.all(files.map((f) => readWorkbook(f.data, f.file)));
}

function column(values: readonly (readonly unknown[])[], col: number): unknown[] {
  return values.map((row) => row[col]);
}

describe("the bundled sample", () => {
  it("is the cluster workbook first, then one file per member", async () => {
    const files = await writeSample();
    expect(files.map((f) => f.file)).toEqual([
      "cum-thi-dua-so-2-2024.xlsx",
      "kbang.xlsx",
      "mang-yang.xlsx",
      "dak-po.xlsx",
      "dak-doa.xlsx",
      "an-khe.xlsx",
    ]);
  });

  it("holds the cluster's information sheet and the pledge sheet", async () => {
    const [cluster] = await sampleSnapshots();
    expect(cluster!.sheets.map((s) => s.name)).toEqual(["Thông tin", "Giao ước thi đua 2024"]);
    const info = cluster!.sheets[0]!;
    expect(info.values.slice(0, 5)).toEqual([
      ["Tên cụm", "Cụm thi đua số 2"],
      ["Cơ quan chủ quản", "UBND tỉnh Gia Lai"],
      ["Năm", 2024],
      ["Cụm trưởng", "thị xã An Khê"],
      ["Cụm phó", "huyện Mang Yang"],
    ]);
    const date = info.values.find((row) => row[0] === "Thời gian hội nghị")!;
    expect(date[1]).toBe(45700);
  });

  it("pledges 28 indicators worth 1000 points with every scoring method", async () => {
    const [cluster] = await sampleSnapshots();
    const pledge = cluster!.sheets[1]!;
    const codes = column(pledge.values, 0).filter((c) => typeof c === "string" && /^\d+$/.test(c));
    expect(codes).toHaveLength(28);
    expect(column(pledge.values, 1)).toContain("Tổng cộng");
    expect(pledge.values.find((row) => row[1] === "Tổng cộng")![3]).toBe(1000);
    const rules = new Set(column(pledge.values, 4));
    for (const rule of ["Tỷ lệ % KH", "Càng thấp càng tốt", "So với dẫn đầu", "Đạt/Không đạt", "Mức độ", "Chấm trực tiếp", "Điểm thưởng", "Điểm trừ"]) {
      expect(rules).toContain(rule);
    }
    expect(column(pledge.values, 0)).toEqual(expect.arrayContaining(["a", "b"]));
  });

  it("reports the real 2024 production values, in Vietnamese text where a clerk typed them", async () => {
    const snapshots = await sampleSnapshots();
    const firstRow = (file: string) => {
      const sheet = snapshots.find((s) => s.file === file)!.sheets[0]!;
      return sheet.values.find((row) => row[0] === "1")!;
    };
    expect(firstRow("dak-doa.xlsx").slice(3, 6)).toEqual([11949.355, 12033, 1.007]);
    expect(firstRow("mang-yang.xlsx")[4]).toBe("8.603,9");
    expect(firstRow("dak-po.xlsx").slice(4, 7)).toEqual(["2.947,907", null, 7.7]);
    const dakPo = snapshots.find((s) => s.file === "dak-po.xlsx")!.sheets[0]!;
    expect(dakPo.values.flat()).toContain("trên 2.636");
    expect(dakPo.values[3]![0]).toBe("Đơn vị: huyện Đak Pơ");
  });

  it("formats the attainment column as percent", async () => {
    const snapshots = await sampleSnapshots();
    const sheet = snapshots[4]!.sheets[0]!;
    const header = sheet.values.findIndex((row) => row[5] === "Tỷ lệ % KH");
    expect(sheet.formats[header + 2]![5]).toBe("0.00%");
  });

  it("has the same content on every run", async () => {
    expect(JSON.stringify(await sampleSnapshots())).toBe(JSON.stringify(await sampleSnapshots()));
    expect(GIA_LAI_2024.members.map((m) => m.name)).toEqual(["huyện Kbang", "huyện Mang Yang", "huyện Đak Pơ", "huyện Đak Đoa", "thị xã An Khê"]);
  });
});
