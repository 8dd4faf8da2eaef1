/** Step 1 of reading a pledge (docs/so-lieu.md §2): each row of the table as what it is (a group, a total, a coded
 * row with its own cells, or an uncoded row of rule text), with the codes resolved by the shared code walk. */
import type { SheetSnapshot } from "./snapshot";
import type { FindingSink, SheetPlace } from "./findingSink";
import type { TableHeader } from "./findHeader";
import type { LabelCache } from "./labelCache";
import { readCode, type IndicatorCode } from "./indicatorCode";
import { walkCodes, type WalkedCode } from "./codeWalk";
import { readNumberField } from "./readNumberField";
import { isGroupName, isTotalName } from "./rowKind";
import { rawAt, textAt } from "./sheetCells";

export interface PledgeSheet {
  readonly sheet: SheetSnapshot;
  readonly header: TableHeader;
  readonly place: SheetPlace;
  readonly sink: FindingSink;
  readonly labels: LabelCache;
}

export type PledgeRow =
  | { readonly kind: "group"; readonly r: number; readonly code: string | null; readonly name: string }
  | { readonly kind: "total"; readonly r: number; readonly name: string }
  | { readonly kind: "coded"; readonly r: number; readonly walked: WalkedCode; readonly name: string }
  | { readonly kind: "uncoded"; readonly r: number; readonly text: string };

interface Scanned {
  readonly r: number;
  readonly code: IndicatorCode;
  readonly name: string;
  readonly group: boolean;
}

export function scanPledgeRows(p: PledgeSheet): readonly PledgeRow[] {
  const { sheet, header, labels } = p;
  const { code: codeCol, name: nameCol } = header.columns;
  const scanned: Scanned[] = [];
  for (let r = header.bottom + 1; r < sheet.values.length; r++) {
    let code = readCode(codeCol === undefined ? null : rawAt(sheet, r, codeCol));
    let name = nameCol === undefined ? "" : textAt(sheet, r, nameCol);
    // A text in the code column with the name cell blank is a row whose first cells are merged ("- Có báo cáo").
    if (code.kind === "other" && name === "" && codeCol !== undefined) {
      name = textAt(sheet, r, codeCol);
      code = readCode(null);
    }
    if (code.code === "" && name === "") continue;
    const group = code.kind === "roman" || (name !== "" && isGroupName(name, labels));
    scanned.push({ r, code, name, group });
  }
  const walked = walkCodes({ length: scanned.length, code: (i) => scanned[i]?.code ?? null, isGroup: (i) => scanned[i]?.group === true });
  return scanned.map((s, i): PledgeRow => {
    if (s.group) return { kind: "group", r: s.r, code: s.code.kind === "roman" ? s.code.code : null, name: s.name };
    const w = walked.get(i) ?? (s.code.kind === "code" ? { code: s.code.code, segments: s.code.segments, key: s.code.key, letterHeading: false } : null);
    if (w) return { kind: "coded", r: s.r, walked: w, name: s.name };
    if (s.code.kind === "none" && isTotalName(s.name, labels)) return { kind: "total", r: s.r, name: s.name };
    return { kind: "uncoded", r: s.r, text: s.name !== "" ? s.name : s.code.code };
  });
}

/** The points written in a row's Chuẩn (maxPoints) cell, or null. */
export function pointsAt(p: PledgeSheet, r: number): number | null {
  return readNumberField(p.sheet, r, p.header.columns.maxPoints, p.place, p.sink, "maxPoints");
}
