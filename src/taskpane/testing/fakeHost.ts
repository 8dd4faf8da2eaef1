import type { SheetSnapshot, WorkbookSnapshot, WriteSpec } from "../../engine";
import type { WorkbookHost, WriteOptions } from "../../hosts/host";
import { writtenSheet } from "./writtenSheet";

export interface FakeHost extends WorkbookHost {
  readonly writes: WriteSpec[];
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
    async write(plan: WriteSpec, options: WriteOptions = {}): Promise<void> {
      if (host.failNextWrite) {
        const error = host.failNextWrite;
        host.failNextWrite = null;
        throw error;
      }
      host.writes.push(plan);
      const replaced = new Set(plan.sheets.map((s) => s.replaces));
      host.sheets = [...host.sheets.filter((s) => !replaced.has(s.name)), ...plan.sheets.map((s) => writtenSheet(s.name, s.spec))];
      // A write that shows its result selects as part of it (no separate selectCell).
      if (options.select) host.selections.push(options.select);
    },
    async selectCell(sheetName: string, cell: string | null): Promise<void> {
      host.selections.push({ sheet: sheetName, cell });
    },
  };
  return host;
}
