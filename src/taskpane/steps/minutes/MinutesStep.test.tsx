/** @jest-environment jsdom */
import "../../testing/setupDom";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeHost } from "../../testing/fakeHost";
import { fakeServices } from "../../testing/fakeServices";
import { clusterData, clusterResult, DAK_DOA, KBANG, MANG_YANG } from "../../testing/fixtures";
import { fill } from "../../testing/fill";
import { renderPane } from "../../testing/renderPane";

async function openMinutesStep() {
  await screen.findByText("Cụm thi đua số 2");
  await userEvent.click(screen.getByRole("tab", { name: "Biên bản" }));
  // The step loads on first use.
  await screen.findByRole("region", { name: "Biên bản" });
}

describe("Biên bản", () => {
  it("prefills the form from the workbook and the proposals", async () => {
    renderPane({ kind: "office", host: fakeHost("office") }, fakeServices({ data: clusterData(), result: clusterResult() }));
    await openMinutesStep();

    expect(screen.getByLabelText(/Ngày họp/)).toHaveValue("12/02/2025");
    expect(screen.getByLabelText(/Địa điểm/)).toHaveValue("Hội trường UBND thị xã An Khê");
    expect(screen.getByLabelText(/Chủ trì/)).toHaveValue("Nguyễn Văn A");
    expect(screen.getByLabelText(/Cụm trưởng năm 2025/)).toHaveValue(MANG_YANG);
    expect(screen.getByLabelText(/Cụm phó năm 2025/)).toHaveValue(KBANG);
  });

  it("writes the minutes sheet with the fields the clerk edited", async () => {
    const host = fakeHost("office");
    const services = fakeServices({ data: clusterData(), result: clusterResult() });
    renderPane({ kind: "office", host }, services);
    await openMinutesStep();

    await fill(screen.getByLabelText(/Giờ bắt đầu/), "8:00");
    await fill(screen.getByLabelText(/Số phiếu đồng ý/), "9");
    await fill(screen.getByLabelText(/Tổng số phiếu/), "10");
    const deputy = screen.getByLabelText(/Cụm phó năm 2025/);
    await fill(deputy, "thị xã An Khê");
    await userEvent.click(screen.getByLabelText(/Cụm trưởng năm 2025/));
    await userEvent.click(await screen.findByText(DAK_DOA, { selector: "[role=option]" }));
    await userEvent.click(screen.getByLabelText(/Chỉ tiêu chủ yếu/));
    await userEvent.click(await screen.findByText("2. Thu ngân sách nhà nước", { selector: "[role=option]" }));
    await userEvent.click(screen.getByText("Ghi trang Biên bản", { selector: "button" }));

    expect(await screen.findByText("“Biên bản 2024”")).toBeInTheDocument();
    expect(services.minutesForms.at(-1)).toMatchObject({
      startTime: "8 giờ 00",
      votesFor: 9,
      votesTotal: 10,
      nextHead: DAK_DOA,
      nextDeputy: "thị xã An Khê",
      keyIndicator: "2",
      date: { year: 2025, month: 2, day: 12 },
    });
    expect(host.writes.at(-1)?.sheets.map((s) => s.name)).toEqual(["Biên bản 2024"]);
    expect(host.selections.at(-1)).toEqual({ sheet: "Biên bản 2024", cell: null });
  }, 90_000);

  it("refuses to write while a field is wrong and says why next to it", async () => {
    const host = fakeHost("office");
    renderPane({ kind: "office", host }, fakeServices({ data: clusterData(), result: clusterResult() }));
    await openMinutesStep();

    const date = screen.getByLabelText(/Ngày họp/);
    await fill(date, "31/02/2025");

    expect(screen.getByText(/"31\/02\/2025" không phải là ngày hợp lệ/)).toBeInTheDocument();
    expect(screen.getByText("Ghi trang Biên bản", { selector: "button" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Tải biên bản (.docx)" })).toBeDisabled();
  });

  it("offers the minutes as a Word file named after the year", async () => {
    const services = fakeServices({ data: clusterData(), result: clusterResult() });
    const created: Blob[] = [];
    const downloads: string[] = [];
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return "blob:bien-ban";
    };
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    renderPane({ kind: "office", host: fakeHost("office") }, services);
    await openMinutesStep();

    await fill(screen.getByLabelText(/Thư ký/), "Lê Văn C");
    await userEvent.click(screen.getByRole("button", { name: "Tải biên bản (.docx)" }));

    await screen.findByRole("button", { name: "Tải biên bản (.docx)" });
    expect(downloads).toEqual(["bien-ban-2024.docx"]);
    expect(created[0]?.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(services.docxForms.at(-1)?.secretary).toBe("Lê Văn C");
    click.mockRestore();
  });
});
