import { scoreCluster } from "./scoreCluster";
import { cluster, indicator, readerFinding, report, standings } from "../testing/scoreData";

const proposalCodes = new Set(["TIE_FOR_FIRST", "LEADER_PASSED_OVER", "MERIT_TIE", "NO_ELIGIBLE_LEADER"]);
const proposalFindings = (r: ReturnType<typeof scoreCluster>) => r.findings.filter((f) => proposalCodes.has(f.code));
const awards = (r: ReturnType<typeof scoreCluster>) => r.members.map((m) => [m.name, m.award]);

/** Two direct indicators; the second is mandatory and met at its full 10 points. */
function withMandatory(members: Readonly<Record<string, { points: number; mandatory: number }>>) {
  return cluster({
    indicators: [indicator("1", { rule: "direct", maxPoints: 100 }), indicator("2", { rule: "direct", maxPoints: 10, mandatory: true })],
    reports: Object.entries(members).map(([name, m]) => report(name, { "1": { clusterScore: m.points }, "2": { clusterScore: m.mandatory } })),
  });
}

describe("leader and certificates of merit", () => {
  it("proposes the first for the flag and the next two for merit", () => {
    const r = scoreCluster(standings({ "huyện Kbang": 95, "huyện Đak Pơ": 90, "thị xã An Khê": 85, "huyện Mang Yang": 80 }));
    expect(r.proposals).toMatchObject({ leader: "huyện Kbang", merit: ["huyện Đak Pơ", "thị xã An Khê"], noLeaderReason: null });
    expect(awards(r)).toEqual([
      ["huyện Kbang", "flag"],
      ["huyện Đak Pơ", "merit"],
      ["thị xã An Khê", "merit"],
      ["huyện Mang Yang", null],
    ]);
    expect(proposalFindings(r)).toEqual([]);
  });
  it("proposes as many certificates as the cluster asks for", () => {
    const r = scoreCluster(standings({ "huyện A": 4, "huyện B": 3, "huyện C": 2, "huyện D": 1 }, { info: { meritCount: 1 } }));
    expect(r.proposals.merit).toEqual(["huyện B"]);
  });
  it("proposes no certificate when the count is zero", () => {
    const r = scoreCluster(standings({ "huyện A": 4, "huyện B": 3 }, { info: { meritCount: 0 } }));
    expect(r.proposals).toMatchObject({ leader: "huyện A", merit: [] });
  });
  it("gives no flag when two members share first place", () => {
    const r = scoreCluster(standings({ "huyện Kbang": 90, "huyện Đak Pơ": 90, "huyện Mang Yang": 80 }));
    expect(r.proposals).toMatchObject({ leader: null, merit: [] });
    expect(r.proposals.noLeaderReason).toBe(
      "Huyện Đak Pơ và huyện Kbang cùng xếp thứ nhất; hội nghị cần bình xét, bỏ phiếu để chọn đơn vị dẫn đầu.",
    );
    expect(proposalFindings(r)).toEqual([expect.objectContaining({ severity: "warning", code: "TIE_FOR_FIRST" })]);
    expect(proposalFindings(r)[0]).toMatchObject({ members: ["huyện Đak Pơ", "huyện Kbang"], rank: 1 });
    expect(awards(r).every(([, a]) => a === null)).toBe(true);
  });
  it("passes over a disqualified first with a warning saying why", () => {
    const r = scoreCluster(
      withMandatory({
        "huyện Kbang": { points: 100, mandatory: 5 },
        "huyện Đak Pơ": { points: 90, mandatory: 10 },
        "huyện Mang Yang": { points: 80, mandatory: 10 },
        "thị xã An Khê": { points: 70, mandatory: 10 },
      }),
    );
    expect(r.members[0]).toMatchObject({ name: "huyện Kbang", rank: 1, disqualified: true, award: null });
    expect(r.proposals).toMatchObject({ leader: "huyện Đak Pơ", merit: ["huyện Mang Yang", "thị xã An Khê"] });
    expect(proposalFindings(r)).toEqual([
      expect.objectContaining({ severity: "warning", code: "LEADER_PASSED_OVER", where: expect.objectContaining({ member: "huyện Kbang", file: "huyện Kbang.xlsx" }) }),
    ]);
    expect(proposalFindings(r)[0]).toMatchObject({ rank: 1, unmetMandatory: ["2"], hasErrors: false, leader: { name: "huyện Đak Pơ", rank: 2 } });
  });
  it("passes over a first with an error finding and never proposes members with errors", () => {
    const r = scoreCluster(
      standings(
        { "huyện Kbang": 95, "huyện Đak Pơ": 90, "thị xã An Khê": 85, "huyện Mang Yang": 80 },
        { findings: [readerFinding("NOT_A_NUMBER", "huyện Kbang", "E20"), readerFinding("EXCEL_ERROR", "thị xã An Khê", "E21")] },
      ),
    );
    expect(r.proposals).toMatchObject({ leader: "huyện Đak Pơ", merit: ["huyện Mang Yang"] });
    const passed = proposalFindings(r);
    expect(passed.map((f) => [f.code, f.where.member])).toEqual([["LEADER_PASSED_OVER", "huyện Kbang"]]);
    expect(passed[0]).toMatchObject({ hasErrors: true });
  });
  it("proposes every member tied at the merit boundary, with a warning", () => {
    const r = scoreCluster(standings({ "huyện A": 95, "huyện B": 90, "huyện C": 85, "huyện D": 85, "huyện E": 50 }));
    expect(r.proposals).toMatchObject({ leader: "huyện A", merit: ["huyện B", "huyện C", "huyện D"] });
    expect(proposalFindings(r)).toEqual([expect.objectContaining({ severity: "warning", code: "MERIT_TIE" })]);
    expect(proposalFindings(r)[0]).toMatchObject({ members: ["huyện C", "huyện D"], rank: 3, meritCount: 2, proposed: 3 });
  });
  it("gives no merit warning when the tie lies inside the certificates", () => {
    const r = scoreCluster(standings({ "huyện A": 95, "huyện B": 90, "huyện C": 90, "huyện D": 50 }));
    expect(r.proposals.merit).toEqual(["huyện B", "huyện C"]);
    expect(proposalFindings(r)).toEqual([]);
  });
  it("skips a disqualified member for merit", () => {
    const r = scoreCluster(
      withMandatory({
        "huyện A": { points: 100, mandatory: 10 },
        "huyện B": { points: 90, mandatory: 0 },
        "huyện C": { points: 80, mandatory: 10 },
        "huyện D": { points: 70, mandatory: 10 },
      }),
    );
    expect(r.proposals).toMatchObject({ leader: "huyện A", merit: ["huyện C", "huyện D"] });
  });
  it("proposes no leader when nobody is eligible, and says so", () => {
    const r = scoreCluster(
      withMandatory({ "huyện A": { points: 100, mandatory: 0 }, "huyện B": { points: 90, mandatory: 0 } }),
    );
    expect(r.proposals).toMatchObject({ leader: null, merit: [] });
    expect(r.proposals.noLeaderReason).toBe(
      "Không có đơn vị nào đủ điều kiện đề nghị Cờ thi đua: mọi đơn vị đều không đạt chỉ tiêu bắt buộc hoặc có số liệu còn lỗi.",
    );
    expect(proposalFindings(r).map((f) => f.code)).toEqual(["NO_ELIGIBLE_LEADER"]);
  });
  it("leaves the choice to the conference when the first eligible place is shared", () => {
    const r = scoreCluster(
      withMandatory({
        "huyện A": { points: 100, mandatory: 0 },
        "huyện B": { points: 80, mandatory: 10 },
        "huyện C": { points: 80, mandatory: 10 },
      }),
    );
    expect(r.proposals).toMatchObject({ leader: null, merit: [] });
    expect(proposalFindings(r).map((f) => [f.code, f.where.member])).toEqual([
      ["LEADER_PASSED_OVER", "huyện A"],
      ["TIE_FOR_FIRST", null],
    ]);
    expect(r.proposals.noLeaderReason).toContain("Huyện B và huyện C cùng xếp thứ 2");
  });
});
