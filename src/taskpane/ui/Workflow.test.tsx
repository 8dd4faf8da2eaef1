/** @jest-environment jsdom */
/** Standalone mode keeps the clerk's work: what the download holds, the warning before leaving, another workbook, where to fix a finding. */
import "../testing/setupDom";
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { findingMessage } from "../../engine";
import { XlsxInputError } from "../../hosts/xlsx/xlsxInputError";
import { App } from "../App";
import type { FakeHost } from "../testing/fakeHost";
import { fakeServices, memberFile, pickedFile } from "../testing/fakeServices";
import { clusterData, clusterResult, KBANG, notANumber } from "../testing/fixtures";

function unreadable(file: string): Error {
  return new XlsxInputError("notXlsx", file);
}

function captureDownloads(): string[] {
  const downloads: string[] = [];
  URL.createObjectURL = () => "blob:ket-qua";
  URL.revokeObjectURL = () => undefined;
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
  return downloads;
}

async function openFiles(services: ReturnType<typeof fakeServices>, names: readonly string[]): Promise<FakeHost> {
  render(<App boot={{ kind: "file" }} services={services} />);
  await userEvent.upload(screen.getByLabelText("Tệp .xlsx cần mở"), names.map(pickedFile));
  await screen.findByText("Cụm thi đua số 2");
  return services.opened[0] as unknown as FakeHost;
}

afterEach(() => jest.restoreAllMocks());

describe("the standalone workflow", () => {
  it("says what the download will hold, and writes the current ranking, detail, findings and minutes into it", async () => {
    const services = fakeServices({ data: clusterData(), result: clusterResult() });
    const downloads = captureDownloads();
    const workbook = await openFiles(services, ["so-cum-2.xlsx"]);

    expect(screen.getByText(/Tệp tải về gồm sổ đang mở và các trang “Xếp hạng 2024”, “Chi tiết điểm 2024”, “Kiểm tra 2024” và “Biên bản 2024”/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Tải sổ kết quả (.xlsx)" }));

    expect(downloads).toEqual(["so-cum-2-xep-hang.xlsx"]);
    expect(workbook.writes.at(-1)?.sheets.map((s) => s.name)).toEqual(["Xếp hạng 2024", "Chi tiết điểm 2024", "Kiểm tra 2024", "Biên bản 2024"]);
    // The ranking is signed by the form's chair, prefilled from the information sheet.
    expect(services.rankingForms.at(-1)?.chair).toBe("Nguyễn Văn A");
  });

  it("downloads the workbook alone, and says so, when there is no pledge to rank with", async () => {
    const services = fakeServices({ data: clusterData({ pledge: null }), result: clusterResult() });
    const downloads = captureDownloads();
    const workbook = await openFiles(services, ["so-cum-2.xlsx"]);

    expect(screen.getByText("Sổ chưa có giao ước nên chưa có kết quả: tệp tải về chỉ gồm sổ đang mở và các trang đã nhập.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Tải sổ kết quả (.xlsx)" }));
    expect(downloads).toEqual(["so-cum-2-xep-hang.xlsx"]);
    expect(workbook.writes).toEqual([]);
  });

  it("asks before the page is left with imported reports not downloaded, and not after the download", async () => {
    const services = fakeServices({ data: clusterData(), result: clusterResult(), files: { "kbang.xlsx": memberFile("kbang.xlsx", KBANG) } });
    captureDownloads();
    await openFiles(services, ["so-cum-2.xlsx", "kbang.xlsx"]);
    await screen.findByText("Sổ đang mở: so-cum-2.xlsx");

    const leaving = new Event("beforeunload", { cancelable: true });
    fireEvent(window, leaving);
    expect(leaving.defaultPrevented).toBe(true);

    await userEvent.click(screen.getByRole("button", { name: "Tải sổ kết quả (.xlsx)" }));
    await screen.findByRole("button", { name: "Tải sổ kết quả (.xlsx)" });
    const again = new Event("beforeunload", { cancelable: true });
    fireEvent(window, again);
    expect(again.defaultPrevented).toBe(false);
  });

  it("goes back to the start screen with “Mở sổ khác”, after asking when there is unsaved work", async () => {
    const services = fakeServices({ data: clusterData(), result: clusterResult(), files: { "kbang.xlsx": memberFile("kbang.xlsx", KBANG) } });
    await openFiles(services, ["so-cum-2.xlsx", "kbang.xlsx"]);

    await userEvent.click(screen.getByRole("button", { name: "Mở sổ khác" }));
    expect(screen.getByRole("alertdialog", { name: "Mở sổ khác?" })).toHaveTextContent("Sổ đang mở có thay đổi chưa tải về.");
    await userEvent.click(screen.getByRole("button", { name: "Ở lại" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(screen.getByText("Sổ đang mở: so-cum-2.xlsx")).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Mở sổ khác" }));
    await userEvent.click(screen.getByRole("button", { name: "Bỏ thay đổi, mở sổ khác" }));

    expect(await screen.findByLabelText("Tệp .xlsx cần mở")).toBeInTheDocument();
    expect(screen.queryByText("Sổ đang mở: so-cum-2.xlsx")).toBeNull();
  });

  it("sends the clerk to the member's own file, sheet and cell for a finding on a report imported now", async () => {
    const services = fakeServices({ data: clusterData(), result: clusterResult(), files: { "kbang.xlsx": memberFile("kbang.xlsx", KBANG) } });
    await openFiles(services, ["so-cum-2.xlsx", "kbang.xlsx"]);

    await userEvent.click(await screen.findByRole("button", { name: new RegExp(findingMessage(notANumber).slice(0, 12)) }));

    expect(screen.getByText("Sửa trong tệp kbang.xlsx, trang tính Báo cáo, ô E12, rồi nhập lại ở bước Tổng hợp.")).toBeInTheDocument();
  });

  it("sends the clerk to the original of a report imported in an earlier session, from the note under the copy", async () => {
    const kbang = { member: KBANG, file: "kbang.xlsx", sheet: "TH huyện Kbang", rows: {}, importedFrom: { file: "kbang-goc.xlsx", sheet: "Biểu 01" } };
    const services = fakeServices({ data: clusterData({ reports: [kbang] }), result: clusterResult() });
    await openFiles(services, ["so-cum-2.xlsx"]);

    await userEvent.click(await screen.findByRole("button", { name: new RegExp(findingMessage(notANumber).slice(0, 12)) }));

    expect(screen.getByText("Sửa trong tệp kbang-goc.xlsx, trang tính Biểu 01, ô E12, rồi nhập lại ở bước Tổng hợp.")).toBeInTheDocument();
  });

  it("shows a file that could not be opened as an error of step 1, never “Không có lỗi”", async () => {
    const data = clusterData({ findings: [] });
    const services = fakeServices({ data, result: clusterResult({ findings: [] }), files: { "kbang.xlsx": memberFile("kbang.xlsx", KBANG), "ghi-chu.xlsx": unreadable("ghi-chu.xlsx") } });
    await openFiles(services, ["so-cum-2.xlsx", "kbang.xlsx", "ghi-chu.xlsx"]);

    expect(await screen.findByText(/Không nhập được tệp “ghi-chu.xlsx”: Tệp "ghi-chu.xlsx" không phải là sổ tính Excel .xlsx/)).toBeInTheDocument();
    expect(screen.getByLabelText("Tóm tắt sổ")).toHaveTextContent("1 lỗi / 0 cảnh báo");
    expect(screen.queryByText("Không có lỗi")).toBeNull();
  });

  it("moves the focus to the results once the files are open, and announces success in a status region", async () => {
    const data = clusterData({ findings: [] });
    const services = fakeServices({ data, result: clusterResult({ findings: [] }) });
    await openFiles(services, ["so-cum-2.xlsx"]);

    expect(await screen.findByText("Không có lỗi")).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByLabelText("Kết quả kiểm tra"));
    expect(screen.getAllByRole("status").some((s) => s.textContent?.includes("Không có lỗi"))).toBe(true);
  });
});
