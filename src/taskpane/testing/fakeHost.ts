/** An in-memory WorkbookHost that records what the pane asks of it; written sheets read back
 * with the plan's values, so the real engine can run on it. */
import type { WritePlan } from "../../engine/sheetPlan";
import type { SheetSnapshot, WorkbookSnapshot } from "../../engine/snapshot";
import type { WorkbookHost } from "../../hosts/host";
import { plannedSheet } from "./plannedSheet";

export interface FakeHost extends WorkbookHost {
  readonly writes: WritePlan[];
  readonly selections: { sheet: string; cell: string | null }[];
  sheets: SheetSnapshot[];
  failNextWrite: Error | null;
}

export function sheet(name: string, tag: string | null = null): SheetSnapshot {
  return { name, top: 0, left: 0, values: [], formats: [], tag };
}

export function fakeHost(kind: "office" | "file", sheets: SheetSnapshot[] = [sheet("Giao ước")]): FakeHost {
  const host: FakeHost = {
    kind,
    writes: [],
    selections: [],
    sheets,
    failNextWrite: null,
    async readSnapshot(): Promise<WorkbookSnapshot> {
      return { file: kind === "file" ? "cum.xlsx" : null, sheets: [...host.sheets] };
    },
    async write(plan: WritePlan): Promise<void> {
      if (host.failNextWrite) {
        const error = host.failNextWrite;
        host.failNextWrite = null;
        throw error;
      }
      host.writes.push(plan);
      const replaced = new Set(plan.sheets.map((s) => s.replaces));
      host.sheets = [...host.sheets.filter((s) => !replaced.has(s.name)), ...plan.sheets.map((s) => plannedSheet(s.name, s.plan))];
    },
    async selectCell(sheetName: string, cell: string | null): Promise<void> {
      host.selections.push({ sheet: sheetName, cell });
    },
  };
  return host;
}
