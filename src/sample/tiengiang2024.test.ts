import { readCluster } from "../engine/read/readCluster";
import { scoreCluster } from "../engine/score/scoreCluster";
import { tienGiangFiles } from "./tiengiang2024";
import { fileSnapshot } from "./writeSample";

describe("the Tiền Giang 2024 sector sample", () => {
  const data = readCluster(tienGiangFiles().map(fileSnapshot));
  const result = scoreCluster(data);
  const member = (name: string) => result.members.find((m) => m.name === name)!;
  const points = (name: string, code: string) => member(name).indicators.find((i) => i.code === code)!;

  it("reads and scores with no error, the five members apart (huyện and thị xã Cai Lậy are two members)", () => {
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.members.map((m) => m.name).sort()).toEqual(["huyện Cai Lậy", "huyện Châu Thành", "huyện Cái Bè", "thành phố Mỹ Tho", "thị xã Cai Lậy"].sort());
    expect(result.maxPoints).toBe(100);
  });
  it("scores the bands and the capped deductions of a1", () => {
    expect(points("thành phố Mỹ Tho", "a1").points).toBe(10);
    expect(points("huyện Cái Bè", "a1").points).toBeCloseTo(7.5, 9);
    // 96.2 % → 8; a1.1: 3 cases × 0.5 capped at 1; a1.2: 1; together 2, capped at 1.5.
    expect(points("huyện Cai Lậy", "a1").points).toBeCloseTo(6.5, 9);
  });
  it("converts the total of the member with an indicator not assigned", () => {
    const m = member("thị xã Cai Lậy");
    expect(points("thị xã Cai Lậy", "a3").notAssigned).toBe(true);
    expect(m.memberMax).toBe(85);
    expect(m.total).toBeCloseTo((m.rawTotal - 1) * (100 / 85) + 1, 9);
  });
  it("takes the appraisals, quoting their reasons, and classifies every member", () => {
    expect(points("huyện Cai Lậy", "a4")).toMatchObject({ points: 15, computedPoints: 12 });
    expect(result.findings.filter((f) => f.code === "APPRAISAL_CHANGED")).toHaveLength(2);
    expect(member("thành phố Mỹ Tho").classification).toBe("Hoàn thành xuất sắc");
    expect(member("huyện Châu Thành").classification).toBe("Hoàn thành");
  });
  it("proposes the flag and two certificates, leaving out the member that failed a mandatory indicator", () => {
    expect(result.proposals.leader).toBe("thành phố Mỹ Tho");
    expect(result.proposals.merit).toEqual(["thị xã Cai Lậy", "huyện Cái Bè"]);
    expect(member("huyện Châu Thành").disqualified).toBe(true);
  });
});
