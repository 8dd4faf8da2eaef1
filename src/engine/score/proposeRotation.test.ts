import type { ClusterInfo } from "../model";
import { scoreCluster } from "./scoreCluster";
import { standings } from "../testing/scoreData";

const members = { "huyện Kbang": 90, "huyện Mang Yang": 80, "huyện Đak Pơ": 70, "huyện Đak Đoa": 60, "thị xã An Khê": 50 };
const succession = (info: Partial<ClusterInfo>) => {
  const { nextHead, nextDeputy } = scoreCluster(standings(members, { info })).proposals;
  return { nextHead, nextDeputy };
};

describe("next year's head and deputy", () => {
  it("makes this year's deputy the head, and the next in rotation the deputy", () => {
    const rotation = ["Đak Pơ", "An Khê", "Mang Yang", "Kbang", "Đak Đoa"];
    expect(succession({ head: "huyện Đak Pơ", deputy: "thị xã An Khê", rotation })).toEqual({
      nextHead: "thị xã An Khê",
      nextDeputy: "huyện Mang Yang",
    });
  });
  it("writes names as the reports write them", () => {
    expect(succession({ deputy: "AN KHÊ", rotation: ["An Khê", "Kbang"] })).toEqual({ nextHead: "thị xã An Khê", nextDeputy: "huyện Kbang" });
  });
  it("wraps around the end of the rotation", () => {
    const rotation = ["Kbang", "Mang Yang", "Đak Pơ", "Đak Đoa", "An Khê"];
    expect(succession({ head: "huyện Đak Đoa", deputy: "An Khê", rotation })).toEqual({ nextHead: "thị xã An Khê", nextDeputy: "huyện Kbang" });
  });
  it("skips this year's head", () => {
    const rotation = ["Kbang", "Mang Yang", "Đak Pơ", "Đak Đoa", "An Khê"];
    expect(succession({ head: "Kbang", deputy: "An Khê", rotation })).toEqual({ nextHead: "thị xã An Khê", nextDeputy: "huyện Mang Yang" });
  });
  it("follows the order of the reports when there is no rotation", () => {
    expect(succession({ head: "huyện Đak Đoa", deputy: "huyện Đak Pơ" })).toEqual({ nextHead: "huyện Đak Pơ", nextDeputy: "thị xã An Khê" });
  });
  it("leaves both blank when this year's deputy is unknown", () => {
    expect(succession({ head: "huyện Kbang", deputy: null })).toEqual({ nextHead: null, nextDeputy: null });
  });
  it("keeps a deputy who sent no report as head, with no deputy to follow", () => {
    expect(succession({ deputy: "huyện Ia Pa" })).toEqual({ nextHead: "huyện Ia Pa", nextDeputy: null });
  });
});
