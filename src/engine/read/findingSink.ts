/** Collects the findings about one sheet; SheetPlace says where each one points. */
import type { Finding, Where } from "../findings";
import type { SheetSnapshot } from "./snapshot";
import { parseCellAddress } from "../a1";
import { addressAt } from "./sheetCells";

export class FindingSink {
  readonly findings: Finding[] = [];

  add(finding: Finding): void {
    this.findings.push(finding);
  }

  /** In reading order (row, then column); findings about the whole sheet last. */
  inSheetOrder(): Finding[] {
    const position = (f: Finding): number => {
      const p = f.where.cell === null ? null : parseCellAddress(f.where.cell);
      return p === null ? Number.MAX_SAFE_INTEGER : p.row * 20000 + p.col;
    };
    return this.findings
      .map((f, i) => ({ f, i, p: position(f) }))
      .sort((a, b) => a.p - b.p || a.i - b.i)
      .map((x) => x.f);
  }
}

/** Where findings about one sheet point: the file, sheet and member, with a cell chosen per finding. */
export class SheetPlace {
  constructor(
    readonly file: string | null,
    readonly sheet: SheetSnapshot,
    readonly member: string | null,
  ) {}

  at(row: number, col: number): Where {
    return { file: this.file, sheet: this.sheet.name, cell: addressAt(this.sheet, row, col), member: this.member };
  }

  whole(): Where {
    return { file: this.file, sheet: this.sheet.name, cell: null, member: this.member };
  }
}
