/** @jest-environment jsdom */
/**
 * The sync budget as the user meets it: the pane itself, on the Office host, through Microsoft's office.js
 * against the simulated workbook. After the pane's first read, "Ghi trang Xếp hạng" (re-read, rank, write,
 * show the result) takes two context.sync calls: one read, one write.
 */
import "../../taskpane/testing/setupDom";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { realServices } from "../../taskpane/realServices";
import { renderPane } from "../../taskpane/testing/renderPane";
import { clusterWorkbook } from "./testing/clusterWorkbook";
import { createFakeExcel } from "./testing/fakeExcel";
import { OfficeWorkbookHost } from "./OfficeWorkbookHost";

async function rankAndWriteInThePane(members: number, indicators: number) {
  const fake = createFakeExcel({ sheets: clusterWorkbook(members, indicators) });
  const host = new OfficeWorkbookHost({ run: fake.run, isSetSupported: fake.isSetSupported });
  renderPane({ kind: "office", host }, realServices);
  await screen.findByText("Cụm thi đua số 2", undefined, { timeout: 20_000 });
  await userEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
  await screen.findByRole("region", { name: "Xếp hạng" });
  const opened = fake.syncCount;

  await userEvent.click(screen.getByRole("button", { name: "Ghi trang Xếp hạng" }));
  await screen.findByText(/“Xếp hạng 2024”/, undefined, { timeout: 20_000 });

  return { fake, syncs: fake.syncCount - opened, bytes: fake.syncBytes.slice(opened) };
}

describe("the pane's Xếp hạng on office.js", () => {
  it.each([
    [20, 60],
    [100, 200],
  ])("writes and shows the ranking of %i members × %i indicators in two syncs after the first read", async (members, indicators) => {
    const { fake, syncs, bytes } = await rankAndWriteInThePane(members, indicators);

    expect(syncs).toBe(2);
    expect(Math.max(...bytes)).toBeLessThan(5 * 1024 * 1024);
    expect(fake.activeSheet?.name).toBe("Xếp hạng 2024");
    expect(fake.selectionAddress()).toBe("Xếp hạng 2024!A1");
    const names = new Set([...fake.sheet("Xếp hạng 2024").cells.values()].map((c) => c.value).filter((v) => typeof v === "string" && v.startsWith("xã Thành viên ")));
    expect(names.size).toBe(members);
  }, 120_000);
});
