/** @jest-environment jsdom */
import "../../testing/setupDom";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeHost } from "../../testing/fakeHost";
import { fakeServices } from "../../testing/fakeServices";
import { clusterData, clusterResult, info } from "../../testing/fixtures";
import { renderPane } from "../../testing/renderPane";

async function openMinutesStep() {
  await screen.findByText("Cụm thi đua số 2");
  await userEvent.click(screen.getByRole("tab", { name: "Biên bản" }));
  await screen.findByRole("region", { name: "Biên bản" });
}

describe("Giao ước năm sau", () => {
  it("is not written unless the clerk ticks it", async () => {
    const host = fakeHost("office");
    renderPane({ kind: "office", host }, fakeServices({ data: clusterData(), result: clusterResult() }));
    await openMinutesStep();

    expect(screen.getByRole("checkbox", { name: /Giao ước năm sau/ })).not.toBeChecked();
    await userEvent.click(screen.getByText("Ghi trang Biên bản", { selector: "button" }));
    expect(await screen.findByText("“Biên bản 2024”")).toBeInTheDocument();
    expect(host.writes.at(-1)?.sheets.map((s) => s.name)).toEqual(["Biên bản 2024"]);
  });

  it("is written with the minutes once ticked", async () => {
    const host = fakeHost("office");
    renderPane({ kind: "office", host }, fakeServices({ data: clusterData(), result: clusterResult() }));
    await openMinutesStep();

    await userEvent.click(screen.getByRole("checkbox", { name: "Giao ước năm sau: ghi thêm trang “Giao ước 2025” để ký kết" }));
    await userEvent.click(screen.getByText("Ghi trang Biên bản", { selector: "button" }));

    expect(await screen.findByText("“Biên bản 2024”, “Giao ước 2025”")).toBeInTheDocument();
    expect(host.writes.at(-1)?.sheets.map((s) => [s.name, s.spec.tag])).toEqual([["Biên bản 2024", "minutes_2024"], ["Giao ước 2025", "pledge_2025"]]);
  });

  it("cannot be ticked while the year is unknown", async () => {
    const data = clusterData({ info: { ...info, year: null } });
    renderPane({ kind: "office", host: fakeHost("office") }, fakeServices({ data, result: { ...clusterResult(), year: null } }));
    await openMinutesStep();

    expect(screen.getByRole("checkbox", { name: "Giao ước năm sau (cần biết năm đánh giá)" })).toBeDisabled();
  });
});
