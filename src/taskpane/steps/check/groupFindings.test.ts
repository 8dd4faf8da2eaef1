import { makeFinding, NOWHERE, type Finding } from "../../../engine";
import { groupFindings } from "./groupFindings";

const at = (member: string | null) => ({ file: null, sheet: "Báo cáo", cell: "E10", member });
const error = (member: string | null): Finding => makeFinding("NOT_A_NUMBER", "error", at(member), { field: "actual", text: "x", indicator: null });
const warning = (member: string | null): Finding => makeFinding("APPROXIMATE_VALUE", "warning", at(member), { field: "actual", text: "khoảng 5", value: 5 });

describe("groupFindings", () => {
  const groups = groupFindings(
    [warning("huyện A"), warning("huyện B"), error("huyện B"), makeFinding("NO_YEAR", "warning", NOWHERE, { text: null }), error("huyện C")],
    ["huyện A", "huyện B", "huyện C"],
  );
  it("puts the whole workbook first, then members whose errors block a proposal, then those with warnings only", () => {
    expect(groups.map((g) => [g.label, g.errors, g.warnings])).toEqual([
      ["Chung (cả sổ)", 0, 1],
      ["huyện B", 1, 1],
      ["huyện C", 1, 0],
      ["huyện A", 0, 1],
    ]);
  });
  it("keeps a member's blocking errors apart from its warnings", () => {
    const b = groups[1]!;
    expect(b.blocking.map((f) => f.severity)).toEqual(["error"]);
    expect(b.notes.map((f) => f.severity)).toEqual(["warning"]);
  });
});
