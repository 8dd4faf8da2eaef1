import { makeFinding } from "../findings";
import { sampleData, sampleResult } from "../testing/minutesFixtures";
import type { SheetSpec } from "./sheetSpec";
import type { SheetSnapshot } from "../read/snapshot";
import { findingsSheet } from "./findingsSheet";
import { rankingSheet } from "./rankingSheet";
import { resolveWrites } from "./resolveWrites";

function sheet(name: string, tag: string | null = null): SheetSnapshot {
  return { name, top: 0, left: 0, values: [], formats: [], tag };
}

function named(plan: SheetSpec, name: string, tag = plan.tag): SheetSpec {
  return { ...plan, name, tag };
}

const ranking = rankingSheet(sampleResult(), sampleData());

describe("resolveWrites", () => {
  it("writes under the wanted name when it is free and activates the ranking", () => {
    const w = resolveWrites([ranking], [sheet("Giao ước")]);
    expect(w.sheets.map((s) => [s.name, s.replaces])).toEqual([["Xếp hạng 2023", null]]);
    expect(w.activate).toBe("Xếp hạng 2023");
  });

  it("replaces the tool's own sheet with the same tag and keeps its name", () => {
    const w = resolveWrites([ranking], [sheet("Xếp hạng 2023 (2)", "ranking_2023"), sheet("Xếp hạng 2023")]);
    expect(w.sheets.map((s) => [s.name, s.replaces])).toEqual([["Xếp hạng 2023 (2)", "Xếp hạng 2023 (2)"]]);
  });

  it("keeps a user's sheet of the same name and gives the new one (2), then (3)", () => {
    const w = resolveWrites([ranking], [sheet("Xếp hạng 2023"), sheet("xếp hạng 2023 (2)")]);
    expect(w.sheets.map((s) => [s.name, s.replaces])).toEqual([["Xếp hạng 2023 (3)", null]]);
  });

  it("does not give two new sheets the same name", () => {
    const a = named(ranking, "TH huyện Kbang", "import_a");
    const b = named(ranking, "TH huyện Kbang", "import_b");
    expect(resolveWrites([a, b], []).sheets.map((s) => s.name)).toEqual(["TH huyện Kbang", "TH huyện Kbang (2)"]);
  });

  it("keeps names within 31 characters, cutting before the suffix, and drops forbidden characters", () => {
    const long = named(ranking, "TH Ủy ban nhân dân thị trấn Phú", "import_x");
    const w = resolveWrites([long, named(ranking, "Kết quả [2023]: a/b?", "other")], [sheet("TH Ủy ban nhân dân thị trấn Phú")]);
    expect(w.sheets.map((s) => s.name)).toEqual(["TH Ủy ban nhân dân thị trấn (2)", "Kết quả 2023 ab"]);
    expect(w.sheets.every((s) => s.name.length <= 31)).toBe(true);
  });

  it("activates nothing when no ranking is written", () => {
    expect(resolveWrites([{ ...named(ranking, "TH a", "import_a"), kind: "import" }], []).activate).toBeNull();
  });

  it("points links at the final name of a sheet written in the same plan", () => {
    const where = { file: "kbang.xlsx", sheet: "Báo cáo", cell: "E12", member: "huyện Kbang" };
    const finding = makeFinding("NOT_A_NUMBER", "error", where, { field: "actual", text: "hai nghìn", indicator: null });
    const findings = findingsSheet(sampleResult({ findings: [finding] }), () => "TH huyện Kbang")!;
    const imported = named(ranking, "TH huyện Kbang", "import_huyen_kbang");
    const w = resolveWrites([imported, findings], [sheet("TH huyện Kbang")]);
    expect(w.sheets[0]!.name).toBe("TH huyện Kbang (2)");
    expect(w.sheets[1]!.spec.links).toEqual([{ row: 4, col: 4, sheet: "TH huyện Kbang (2)", cell: "E12" }]);
  });
});
