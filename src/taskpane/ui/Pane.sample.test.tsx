/** @jest-environment jsdom */
import "../testing/setupDom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WorkbookSnapshot } from "../../engine";
import { GIA_LAI_2024 } from "../../sample/gialai2024";
import { infoGrid } from "../../sample/infoGrid";
import { pledgeGrid } from "../../sample/pledgeGrid";
import { bestAttainments, reportGrid } from "../../sample/reportGrid";
import { gridSnapshot } from "../../sample/sheetGrid";
import { realServices } from "../realServices";
import type { PaneServices } from "../services";
import { fakeHost } from "../testing/fakeHost";
import { pickedFile } from "../testing/fakeServices";
import { renderPane } from "../testing/renderPane";

// Built from the sample's grids rather than its .xlsx files: ExcelJS does not load under jsdom.
const best = bestAttainments(GIA_LAI_2024);
const cluster: WorkbookSnapshot = { file: GIA_LAI_2024.file, sheets: [gridSnapshot(infoGrid(GIA_LAI_2024)), gridSnapshot(pledgeGrid(GIA_LAI_2024))] };
const members: WorkbookSnapshot[] = GIA_LAI_2024.members.map((m) => ({ file: m.file, sheets: [gridSnapshot(reportGrid(GIA_LAI_2024, m, best))] }));

/** The real engine end to end on the bundled sample; only ExcelJS is replaced by the sample's own snapshots. */
describe("the pane on the bundled sample with the real engine", () => {
  it("imports the five member files, ranks huyện Đak Đoa first and writes the ranking sheet", async () => {
    const host = fakeHost("office", [...cluster.sheets]);
    const services: PaneServices = {
      ...realServices,
      readXlsx: async (_bytes, fileName) => members.find((m) => m.file === fileName)!,
    };
    renderPane({ kind: "office", host }, services);
    await screen.findByText("Cụm thi đua số 2");

    await userEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
    await userEvent.upload(await screen.findByLabelText("Tệp báo cáo của đơn vị"), members.map((m) => pickedFile(m.file!)));
    const results = await screen.findByRole("list", { name: "Kết quả nhập tệp" });
    await within(results).findAllByText(/^Đã nhập/);

    await userEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    const table = await screen.findByRole("table", { name: "Bảng xếp hạng" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toHaveTextContent(/^1huyện Đak Đoa/);
    expect(rows[0]).toHaveTextContent(/Cờ thi đua$/);

    await userEvent.click(screen.getByText("Ghi trang Xếp hạng", { selector: "button" }));
    expect(await screen.findByText(/“Xếp hạng 2024”/)).toBeInTheDocument();
    expect(host.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Xếp hạng 2024", "TH huyện Đak Đoa"]));
  }, 120_000);
});
