/** @jest-environment jsdom */
import "./testing/setupDom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "./App";
import { fakeHost } from "./testing/fakeHost";
import { fakeServices, memberFile, pickedFile } from "./testing/fakeServices";
import { clusterData, clusterResult, DAK_DOA } from "./testing/fixtures";

function notXlsx(file: string): Error {
  const error = new Error(`Tệp "${file}" không phải là sổ tính Excel .xlsx; hãy mở bằng Excel và lưu lại dạng .xlsx.`);
  // What XlsxInputError is to the pane: an Error with host "xlsx" (hosts/host.ts, HostFailure).
  return Object.assign(error, { host: "xlsx" as const, problem: "notXlsx" as const });
}

describe("the pane at start", () => {
  it("opens the cluster workbook and imports the other files as members", async () => {
    const services = fakeServices({ data: clusterData(), result: clusterResult(), files: { "dak-doa.xlsx": memberFile("dak-doa.xlsx", DAK_DOA) } });
    render(<App boot={{ kind: "file" }} services={services} />);

    await userEvent.upload(screen.getByLabelText("Tệp .xlsx cần mở"), [pickedFile("so-cum-2.xlsx"), pickedFile("dak-doa.xlsx")]);

    expect(await screen.findByText("Tệp .xlsx (ngoài Excel)")).toBeInTheDocument();
    expect(screen.getByText("Sổ đang mở: so-cum-2.xlsx")).toBeInTheDocument();
    await screen.findByText("Cụm thi đua số 2");
    expect(services.opened).toHaveLength(1);
    const workbook = services.opened[0] as unknown as ReturnType<typeof fakeHost>;
    expect(workbook.writes[0]?.sheets.map((s) => s.name)).toEqual(["TH huyện Đak Đoa"]);
  });

  it("opens the file that holds the pledge as the cluster workbook, whatever order the files come in", async () => {
    const services = fakeServices({ data: clusterData(), result: clusterResult(), files: { "dak-doa.xlsx": memberFile("dak-doa.xlsx", DAK_DOA) } });
    const readMember = services.readXlsx.bind(services);
    services.readXlsx = async (bytes, fileName) =>
      fileName === "so-cum-2.xlsx" ? { file: fileName, sheets: [] } : readMember(bytes, fileName);
    render(<App boot={{ kind: "file" }} services={services} />);

    await userEvent.upload(screen.getByLabelText("Tệp .xlsx cần mở"), [pickedFile("dak-doa.xlsx"), pickedFile("so-cum-2.xlsx")]);

    expect(await screen.findByText("Sổ đang mở: so-cum-2.xlsx")).toBeInTheDocument();
    await screen.findByText("Cụm thi đua số 2");
    const workbook = services.opened[0] as unknown as ReturnType<typeof fakeHost>;
    expect(workbook.writes[0]?.sheets.map((s) => s.name)).toEqual(["TH huyện Đak Đoa"]);
  });

  it("downloads the result workbook named after the opened file", async () => {
    const services = fakeServices({ data: clusterData(), result: clusterResult() });
    const downloads: string[] = [];
    URL.createObjectURL = () => "blob:ket-qua";
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    render(<App boot={{ kind: "file" }} services={services} />);
    await userEvent.upload(screen.getByLabelText("Tệp .xlsx cần mở"), [pickedFile("so-cum-2.xlsx")]);
    await screen.findByText("Cụm thi đua số 2");

    await userEvent.click(screen.getByRole("button", { name: "Tải sổ kết quả (.xlsx)" }));

    expect(downloads).toEqual(["so-cum-2-xep-hang.xlsx"]);
    click.mockRestore();
  });

  it("says why a file could not be opened", async () => {
    const services = fakeServices({ data: clusterData(), result: clusterResult() });
    services.openXlsx = async (_bytes, fileName) => {
      throw notXlsx(fileName);
    };
    render(<App boot={{ kind: "file" }} services={services} />);

    await userEvent.upload(screen.getByLabelText("Tệp .xlsx cần mở"), [pickedFile("bang-diem.csv.xlsx")]);

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Không mở được tệp");
    expect(alert).toHaveTextContent('Tệp "bang-diem.csv.xlsx" không phải là sổ tính Excel .xlsx');
  });

  it("names the Excel versions needed when Excel is too old", async () => {
    const services = fakeServices({ data: clusterData(), result: clusterResult() });
    const missing = [{ set: "ExcelApi 1.4", required: true, message: "Phiên bản Excel này chưa hỗ trợ ExcelApi 1.4." }];
    render(<App boot={{ kind: "office", host: fakeHost("office"), missing }} services={services} />);

    expect(await screen.findByText("Phiên bản Excel này quá cũ")).toBeInTheDocument();
    expect(screen.getByText(/Để dùng đầy đủ: Excel 2019 trở lên, Microsoft 365/)).toBeInTheDocument();
    expect(screen.getByText("Excel")).toBeInTheDocument();
  });
});
