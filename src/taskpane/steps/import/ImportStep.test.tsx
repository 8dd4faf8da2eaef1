/** @jest-environment jsdom */
import "../../testing/setupDom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeHost } from "../../testing/fakeHost";
import { fakeServices, memberFile, pickedFile } from "../../testing/fakeServices";
import { clusterData, clusterResult, DAK_DOA, KBANG } from "../../testing/fixtures";
import { renderPane } from "../../testing/renderPane";

function notXlsx(file: string): Error {
  const error = new Error(`Tệp "${file}" không phải là sổ tính Excel .xlsx; hãy mở bằng Excel và lưu lại dạng .xlsx.`);
  // What XlsxInputError is to the pane: an Error with host "xlsx" (hosts/host.ts, HostFailure).
  return Object.assign(error, { host: "xlsx" as const, problem: "notXlsx" as const });
}

async function openImportStep() {
  await screen.findByText("Cụm thi đua số 2");
  await userEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
  // The step loads on first use.
  await screen.findByRole("region", { name: "Tổng hợp" });
}

describe("Tổng hợp", () => {
  it("imports two files and shows each file's result, including a failure", async () => {
    const host = fakeHost("office");
    const services = fakeServices({
      data: clusterData(),
      result: clusterResult(),
      files: { "dak-doa.xlsx": memberFile("dak-doa.xlsx", DAK_DOA), "bao-cao.xls.xlsx": notXlsx("bao-cao.xls.xlsx") },
    });
    renderPane({ kind: "office", host }, services);
    await openImportStep();

    await userEvent.upload(screen.getByLabelText("Tệp báo cáo của đơn vị"), [pickedFile("dak-doa.xlsx"), pickedFile("bao-cao.xls.xlsx")]);

    const results = await screen.findByRole("list", { name: "Kết quả nhập tệp" });
    const items = await within(results).findAllByRole("listitem");
    const texts = items.map((li) => li.textContent);
    expect(texts).toContainEqual(expect.stringContaining("dak-doa.xlsxĐã nhập: “TH huyện Đak Đoa”"));
    expect(texts).toContainEqual(expect.stringContaining('bao-cao.xls.xlsxLỗi: Tệp "bao-cao.xls.xlsx" không phải là sổ tính Excel .xlsx'));
    expect(host.writes).toHaveLength(1);
    expect(host.writes[0]?.sheets.map((s) => s.name)).toEqual(["TH huyện Đak Đoa"]);
  });

  it("replaces a member imported before instead of adding a second sheet", async () => {
    const host = fakeHost("office");
    const services = fakeServices({ data: clusterData(), result: clusterResult(), files: { "dak-doa.xlsx": memberFile("dak-doa.xlsx", DAK_DOA) } });
    renderPane({ kind: "office", host }, services);
    await openImportStep();
    const input = screen.getByLabelText("Tệp báo cáo của đơn vị");

    await userEvent.upload(input, [pickedFile("dak-doa.xlsx")]);
    await screen.findByText(/^Đã nhập:/);
    await userEvent.upload(input, [pickedFile("dak-doa.xlsx")]);
    await screen.findByText(/^Đã nhập:/);

    expect(host.writes[1]?.sheets[0]?.replaces).toBe("TH huyện Đak Đoa");
    expect(host.sheets.filter((s) => s.name.startsWith("TH ")).map((s) => s.name)).toEqual(["TH huyện Đak Đoa"]);
  });

  it("says which file was used when two files hold the same member", async () => {
    const host = fakeHost("office");
    const services = fakeServices({
      data: clusterData(),
      result: clusterResult(),
      files: { "kbang-cu.xlsx": memberFile("kbang-cu.xlsx", KBANG), "kbang-moi.xlsx": memberFile("kbang-moi.xlsx", KBANG) },
    });
    renderPane({ kind: "office", host }, services);
    await openImportStep();

    await userEvent.upload(screen.getByLabelText("Tệp báo cáo của đơn vị"), [pickedFile("kbang-cu.xlsx"), pickedFile("kbang-moi.xlsx")]);

    expect(await screen.findByText(/cũng có trong tệp “kbang-moi.xlsx”; đã dùng số liệu của tệp đó/)).toBeInTheDocument();
    expect(host.writes[0]?.sheets.map((s) => s.name)).toEqual(["TH huyện Kbang"]);
  });

  it("reports a failed write on every file and in a message bar", async () => {
    const host = fakeHost("office");
    const busy = new Error("Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc rồi thử lại.");
    // What OfficeHostError is to the pane: an Error with host "office" and its kind (hosts/host.ts, HostFailure).
    Object.assign(busy, { host: "office", kind: "busy" });
    host.failNextWrite = busy;
    const services = fakeServices({ data: clusterData(), result: clusterResult(), files: { "dak-doa.xlsx": memberFile("dak-doa.xlsx", DAK_DOA) } });
    renderPane({ kind: "office", host }, services);
    await openImportStep();

    await userEvent.upload(screen.getByLabelText("Tệp báo cáo của đơn vị"), [pickedFile("dak-doa.xlsx")]);

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Excel đang bận");
    expect(alert).toHaveTextContent("Hãy nhấn Enter hoặc Esc rồi thử lại.");
    expect(screen.getByText(/^Lỗi: Excel đang ở chế độ sửa ô/)).toBeInTheDocument();
  });
});
