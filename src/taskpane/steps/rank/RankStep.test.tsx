/** @jest-environment jsdom */
import "../../testing/setupDom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { makeFinding, NOWHERE, type Finding } from "../../../engine";
import { fakeHost, sheet } from "../../testing/fakeHost";
import { fakeServices } from "../../testing/fakeServices";
import { clusterData, clusterResult, DAK_DOA, MANG_YANG } from "../../testing/fixtures";
import { renderPane } from "../../testing/renderPane";

async function openRankStep() {
  await screen.findByText("Cụm thi đua số 2");
  await userEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
  // The step loads on first use.
  await screen.findByRole("region", { name: "Xếp hạng" });
}

const tie: Finding = makeFinding("TIE_FOR_FIRST", "warning", NOWHERE, { members: ["huyện Đak Đoa", "huyện Mang Yang"], rank: 1 });

describe("Xếp hạng", () => {
  it("shows the ranking rows with Vietnamese numbers and the award proposed", async () => {
    renderPane({ kind: "office", host: fakeHost("office") }, fakeServices({ data: clusterData(), result: clusterResult() }));
    await openRankStep();

    const table = screen.getByRole("table", { name: "Bảng xếp hạng" });
    const rows = within(table).getAllByRole("row").map((row) => Array.from(row.querySelectorAll("th, td"), (c) => c.textContent));
    expect(rows[0]).toEqual(["Hạng", "Đơn vị", "Tổng điểm", "% thang điểm", "Đề nghị"]);
    expect(rows[1]).toEqual(["1", DAK_DOA, "1.012,50", "101,25%", "Cờ thi đua"]);
    expect(rows[2]).toEqual(["2", MANG_YANG, "998,25", "99,83%", "Bằng khen"]);
    expect(rows[3]).toEqual(["3", "huyện Kbang", "940,00", "94,00%", ""]);
    expect(within(table).getByRole("img", { name: "có lỗi" })).toBeInTheDocument();
  });

  it("shows the proposals for the flag, the certificates and next year's head and deputy", async () => {
    renderPane({ kind: "office", host: fakeHost("office") }, fakeServices({ data: clusterData(), result: clusterResult() }));
    await openRankStep();

    const proposals = screen.getByLabelText("Đề xuất");
    expect(proposals).toHaveTextContent(`Cờ thi đua${DAK_DOA}`);
    expect(proposals).toHaveTextContent(`Bằng khen${MANG_YANG}`);
    expect(proposals).toHaveTextContent(`Cụm trưởng năm 2025${MANG_YANG}`);
    expect(proposals).toHaveTextContent("Cụm phó năm 2025huyện Kbang");
  });

  it("warns of a tie for first place and proposes no flag", async () => {
    const result = clusterResult({
      findings: [tie],
      proposals: { leader: null, merit: [], nextHead: null, nextDeputy: null, noLeaderReason: "Hai đơn vị cùng đứng thứ nhất." },
    });
    renderPane({ kind: "office", host: fakeHost("office") }, fakeServices({ data: clusterData({ findings: [] }), result }));
    await openRankStep();

    expect(
      screen.getByText(
        "Huyện Đak Đoa và huyện Mang Yang cùng xếp thứ nhất; hội nghị cần bình xét, bỏ phiếu để chọn đơn vị dẫn đầu, nên chưa đề nghị Cờ thi đua và Bằng khen.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Đề xuất")).toHaveTextContent("Cờ thi đuachưa đề nghị: Hai đơn vị cùng đứng thứ nhất.");
  });

  it("writes the ranking and findings sheets through the host and shows the ranking", async () => {
    const host = fakeHost("office");
    renderPane({ kind: "office", host }, fakeServices({ data: clusterData(), result: clusterResult() }));
    await openRankStep();

    await userEvent.click(screen.getByRole("button", { name: "Ghi trang Xếp hạng" }));

    expect(await screen.findByText("“Xếp hạng 2024”, “Chi tiết điểm 2024” và “Kiểm tra 2024”")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Đã ghi");
    expect(host.writes).toHaveLength(1);
    expect(host.writes[0]?.sheets.map((s) => [s.name, s.spec.kind])).toEqual([
      ["Xếp hạng 2024", "ranking"],
      ["Chi tiết điểm 2024", "detail"],
      ["Kiểm tra 2024", "findings"],
    ]);
    expect(host.selections).toEqual([{ sheet: "Xếp hạng 2024", cell: "A1" }]);
  });

  it("keeps a user's sheet of the same name and writes beside it", async () => {
    const host = fakeHost("office", [sheet("Giao ước"), sheet("Xếp hạng 2024")]);
    renderPane({ kind: "office", host }, fakeServices({ data: clusterData({ findings: [] }), result: clusterResult({ findings: [] }) }));
    await openRankStep();

    await userEvent.click(screen.getByRole("button", { name: "Ghi trang Xếp hạng" }));

    expect(await screen.findByText("“Xếp hạng 2024 (2)” và “Chi tiết điểm 2024”")).toBeInTheDocument();
    expect(host.selections).toEqual([{ sheet: "Xếp hạng 2024 (2)", cell: "A1" }]);
    expect(host.sheets.map((s) => s.name)).toEqual(["Giao ước", "Xếp hạng 2024", "Xếp hạng 2024 (2)", "Chi tiết điểm 2024"]);
  });

  it("writes the score comparison with the ranking when its toggle is checked", async () => {
    const host = fakeHost("office");
    renderPane({ kind: "office", host }, fakeServices({ data: clusterData({ findings: [] }), result: clusterResult({ findings: [] }) }));
    await openRankStep();

    const toggle = screen.getByRole("checkbox", { name: "Ghi kèm trang Đối chiếu điểm (tự chấm, theo giao ước, thẩm định)" });
    expect(toggle).not.toBeChecked();
    await userEvent.click(toggle);
    await userEvent.click(screen.getByRole("button", { name: "Ghi trang Xếp hạng" }));

    expect(await screen.findByText("“Xếp hạng 2024”, “Chi tiết điểm 2024” và “Đối chiếu điểm 2024”")).toBeInTheDocument();
    expect(host.writes[0]?.sheets.map((s) => s.spec.kind)).toEqual(["ranking", "detail", "comparison"]);
  });
});
