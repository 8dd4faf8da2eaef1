/** @jest-environment jsdom */
import "../../testing/setupDom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { strFromU8, unzipSync } from "fflate";
import { fakeHost } from "../../testing/fakeHost";
import { fakeServices } from "../../testing/fakeServices";
import { clusterData, clusterResult, DAK_DOA, info, KBANG, MANG_YANG } from "../../testing/fixtures";
import { renderPane } from "../../testing/renderPane";

interface Download {
  readonly name: string;
  readonly blob: Blob;
}

/** Catches what the pane hands the browser to download. */
function catchDownloads(): { downloads: Download[]; restore: () => void } {
  const downloads: Download[] = [];
  let last: Blob | null = null;
  URL.createObjectURL = (blob: Blob) => {
    last = blob;
    return "blob:mau";
  };
  URL.revokeObjectURL = () => undefined;
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    if (last) downloads.push({ name: this.download, blob: last });
  });
  return { downloads, restore: () => click.mockRestore() };
}

async function openImportStep() {
  await screen.findByText("Cụm thi đua số 2");
  await userEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
  await screen.findByRole("region", { name: "Mẫu báo cáo" });
}

const rotation = clusterData({ info: { ...info, rotation: [KBANG, DAK_DOA] } });

describe("Tạo mẫu báo cáo", () => {
  it("downloads one zip of the forms of the rotation list in standalone mode", async () => {
    const { downloads, restore } = catchDownloads();
    const services = fakeServices({ data: rotation, result: clusterResult() });
    renderPane({ kind: "file", host: Object.assign(fakeHost("file"), { fileName: "cum.xlsx", toBuffer: async () => new Uint8Array() }), pendingFiles: [] }, services);
    await openImportStep();

    await userEvent.click(screen.getByRole("button", { name: "Tạo mẫu báo cáo" }));

    expect(await screen.findByText("Đã tải mau-bao-cao-2024.zip")).toBeInTheDocument();
    expect(screen.getByText(`2 mẫu báo cáo: ${KBANG}, ${DAK_DOA}.`)).toBeInTheDocument();
    expect(services.formMembers).toEqual([[KBANG, DAK_DOA]]);
    expect(downloads.map((d) => [d.name, d.blob.type])).toEqual([["mau-bao-cao-2024.zip", "application/zip"]]);
    const zip = unzipSync(new Uint8Array(await downloads[0]!.blob.arrayBuffer()));
    expect(Object.fromEntries(Object.entries(zip).map(([name, bytes]) => [name, strFromU8(bytes)]))).toEqual({
      "bao-cao-huyen_kbang.xlsx": `PK Báo cáo ${KBANG}`,
      "bao-cao-huyen_dak_doa.xlsx": `PK Báo cáo ${DAK_DOA}`,
    });
    restore();
  });

  it("offers each form as a download of its own inside Excel", async () => {
    const { downloads, restore } = catchDownloads();
    renderPane({ kind: "office", host: fakeHost("office") }, fakeServices({ data: rotation, result: clusterResult() }));
    await openImportStep();

    await userEvent.click(screen.getByRole("button", { name: "Tạo mẫu báo cáo" }));
    const list = await screen.findByRole("list", { name: "Mẫu báo cáo đã tạo" });
    expect(within(list).getAllByRole("button").map((b) => b.textContent)).toEqual([`Tải mẫu của ${KBANG}`, `Tải mẫu của ${DAK_DOA}`]);
    expect(downloads).toEqual([]);

    await userEvent.click(within(list).getByRole("button", { name: `Tải mẫu của ${DAK_DOA}` }));
    expect(downloads.map((d) => [d.name, d.blob.type])).toEqual([["bao-cao-huyen_dak_doa.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]]);
    restore();
  });

  it("falls back on the members already imported when the workbook has no rotation list", async () => {
    const services = fakeServices({ data: clusterData(), result: clusterResult() });
    renderPane({ kind: "office", host: fakeHost("office") }, services);
    await openImportStep();

    await userEvent.click(screen.getByRole("button", { name: "Tạo mẫu báo cáo" }));
    await screen.findByRole("list", { name: "Mẫu báo cáo đã tạo" });
    expect(services.formMembers).toEqual([[DAK_DOA, MANG_YANG, KBANG]]);
  });

  it("says what to fill in when it does not know the members", async () => {
    renderPane({ kind: "office", host: fakeHost("office") }, fakeServices({ data: clusterData({ reports: [] }), result: clusterResult() }));
    await openImportStep();

    await userEvent.click(screen.getByRole("button", { name: "Tạo mẫu báo cáo" }));
    expect(await screen.findByText("Chưa biết các đơn vị thành viên")).toBeInTheDocument();
    expect(screen.getByText(/Hãy ghi “Thứ tự luân phiên”/)).toBeInTheDocument();
  });
});
