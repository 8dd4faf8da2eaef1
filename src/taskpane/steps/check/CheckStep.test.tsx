/** @jest-environment jsdom */
import "../../testing/setupDom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeHost } from "../../testing/fakeHost";
import { fakeServices } from "../../testing/fakeServices";
import { clusterData, clusterResult, info, KBANG, MANG_YANG, noYear, notANumber } from "../../testing/fixtures";
import { fill } from "../../testing/fill";
import { renderPane } from "../../testing/renderPane";

describe("Kiểm tra", () => {
  it("summarises the cluster and lists the findings grouped by member", async () => {
    const host = fakeHost("office");
    renderPane({ kind: "office", host }, fakeServices({ data: clusterData(), result: clusterResult() }));

    expect(await screen.findByText("Cụm thi đua số 2")).toBeInTheDocument();
    expect(screen.getByText("1 lỗi / 1 cảnh báo")).toBeInTheDocument();

    const kbang = await screen.findByRole("list", { name: `Lỗi: ${KBANG}` });
    expect(within(kbang).getByText('Ô E12: "hai nghìn" không phải là số.')).toBeInTheDocument();
    expect(within(kbang).getByText("TH huyện Kbang!E12")).toBeInTheDocument();
    expect(within(kbang).getByRole("img", { name: "Lỗi" })).toBeInTheDocument();
    expect(screen.getByText(`Lỗi chặn đề nghị khen thưởng: ${KBANG} chưa được đề nghị cho đến khi sửa.`)).toBeInTheDocument();
    const mangYang = screen.getByRole("list", { name: `Cảnh báo: ${MANG_YANG}` });
    expect(within(mangYang).getByRole("img", { name: "Cảnh báo" })).toBeInTheDocument();
    expect(screen.queryByText("Không có lỗi")).not.toBeInTheDocument();
  });

  it("takes the clerk to the cell of a finding in Excel", async () => {
    const host = fakeHost("office");
    renderPane({ kind: "office", host }, fakeServices({ data: clusterData(), result: clusterResult() }));

    await userEvent.click(await screen.findByRole("button", { name: /hai nghìn/ }));

    expect(host.selections).toEqual([{ sheet: notANumber.where.sheet, cell: "E12" }]);
  });

  it("says where the cell is when there is no Excel to jump to", async () => {
    const host = fakeHost("file");
    const workbook = Object.assign(host, { fileName: "cum.xlsx", toBuffer: async () => new Uint8Array() });
    renderPane({ kind: "file", host: workbook, pendingFiles: [] }, fakeServices({ data: clusterData(), result: clusterResult() }));

    await userEvent.click(await screen.findByRole("button", { name: /hai nghìn/ }));

    expect(screen.getByText("Sửa trong tệp kbang.xlsx, trang tính TH huyện Kbang, ô E12, rồi mở lại tệp đã sửa bằng “Mở sổ khác”.")).toBeInTheDocument();
    expect(host.selections).toEqual([]);
  });

  it("shows the success state when there is no error", async () => {
    const data = clusterData({ findings: [] });
    renderPane({ kind: "office", host: fakeHost("office") }, fakeServices({ data, result: clusterResult({ findings: [] }) }));

    expect(await screen.findByText("Không có lỗi")).toBeInTheDocument();
    expect(screen.getByText("Số liệu đủ để chấm điểm.")).toBeInTheDocument();
  });

  it("sends the clerk to Tổng hợp when the workbook holds the pledge but no report yet", async () => {
    const data = clusterData({ reports: [], findings: [] });
    renderPane({ kind: "office", host: fakeHost("office") }, fakeServices({ data, result: clusterResult({ members: [], findings: [] }) }));

    expect(await screen.findByText("Chưa có báo cáo của đơn vị nào")).toBeInTheDocument();
    expect(screen.getByText(/Hãy sang bước “Tổng hợp”/)).toBeInTheDocument();
    expect(screen.queryByText("Không có lỗi")).not.toBeInTheDocument();
  });

  it("asks for the year when the workbook has none and reads again with it", async () => {
    const data = clusterData({ info: { ...info, year: null }, findings: [noYear] });
    const services = fakeServices({ data, result: clusterResult({ findings: [noYear] }) });
    renderPane({ kind: "office", host: fakeHost("office") }, services);

    const year = await screen.findByRole("textbox", { name: /Năm đánh giá/ });
    await fill(year, "2024");
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra lại" }));

    expect(await screen.findByText("2024")).toBeInTheDocument();
    expect(services.readOptions.at(-1)).toEqual({ year: 2024 });
  });

  it("refuses a year that is not four digits", async () => {
    const data = clusterData({ info: { ...info, year: null } });
    renderPane({ kind: "office", host: fakeHost("office") }, fakeServices({ data, result: clusterResult() }));

    await fill(await screen.findByRole("textbox", { name: /Năm đánh giá/ }), "24");

    expect(screen.getByText(/"24" không phải là năm hợp lệ/)).toBeInTheDocument();
  });
});
