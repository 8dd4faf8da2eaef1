import { INDICATORS, memberResult, sampleResult } from "../testing/minutesFixtures";
import { awardNotes } from "./awardNote";

const mandatory2 = INDICATORS.map((i) => (i.code === "2" ? { ...i, mandatory: true } : i));
const noProposals = { leader: null, merit: [], nextHead: null, nextDeputy: null, noLeaderReason: "…" } as const;

describe("awardNotes", () => {
  it("says nothing for members with no reason to be passed over", () => {
    expect(awardNotes(sampleResult(), INDICATORS)).toEqual(["", "", "", "", ""]);
  });

  it("names data errors and the mandatory indicators not met, by code", () => {
    const result = sampleResult({
      members: [memberResult("A", 1, 99, [100, 95, 100], { hasErrors: true, mandatoryUnmet: 1 }), memberResult("B", 2, 98, [100, 100, 100])],
      proposals: { ...noProposals, leader: "B" },
    });
    expect(awardNotes(result, mandatory2)).toEqual(["có lỗi số liệu; không đạt chỉ tiêu bắt buộc 2", ""]);
  });

  it("marks a tie for first that the conference must settle, and only the tied members", () => {
    const result = sampleResult({
      members: [memberResult("A", 1, 99, [100, 100, 100]), memberResult("B", 1, 99, [100, 100, 100]), memberResult("C", 3, 90, [100, 90, 100])],
      proposals: noProposals,
    });
    expect(awardNotes(result, INDICATORS)).toEqual(["đồng hạng nhất, chờ hội nghị bình xét", "đồng hạng nhất, chờ hội nghị bình xét", ""]);
  });

  it("marks the tie at the first eligible place when the members above are passed over", () => {
    const result = sampleResult({
      members: [memberResult("A", 1, 99, [100, 100, 100], { hasErrors: true }), memberResult("B", 2, 98, [100, 100, 100]), memberResult("C", 2, 98, [100, 100, 100])],
      proposals: noProposals,
    });
    expect(awardNotes(result, INDICATORS)).toEqual(["có lỗi số liệu", "đồng hạng 2, chờ hội nghị bình xét", "đồng hạng 2, chờ hội nghị bình xét"]);
  });
});
