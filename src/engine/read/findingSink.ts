/** Collects findings for one sheet, so each call site says only what went wrong and where. */
import type { Finding, FindingCode, Severity } from "../findings";
import type { SheetSnapshot } from "./snapshot";
import { parseCellAddress } from "../a1";
import { addressAt } from "./sheetCells";

export class FindingSink {
  readonly findings: Finding[] = [];

  add(severity: Severity, code: FindingCode, place: Place, message: string): void {
    this.findings.push({ severity, code, file: place.file, sheet: place.sheet, cell: place.cell, member: place.member, message });
  }

  /** In reading order (row, then column); findings about the whole sheet last. */
  inSheetOrder(): Finding[] {
    const position = (f: Finding): number => {
      const p = f.cell === null ? null : parseCellAddress(f.cell);
      return p === null ? Number.MAX_SAFE_INTEGER : p.row * 20000 + p.col;
    };
    return this.findings
      .map((f, i) => ({ f, i, p: position(f) }))
      .sort((a, b) => a.p - b.p || a.i - b.i)
      .map((x) => x.f);
  }
}

export interface Place {
  readonly file: string | null;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly member: string | null;
}

/** Where findings about one sheet go: the file, sheet and member, with a cell chosen per finding. */
export class SheetPlace {
  constructor(
    readonly file: string | null,
    readonly sheet: SheetSnapshot,
    readonly member: string | null,
  ) {}

  at(row: number, col: number): Place {
    return { file: this.file, sheet: this.sheet.name, cell: addressAt(this.sheet, row, col), member: this.member };
  }

  whole(): Place {
    return { file: this.file, sheet: this.sheet.name, cell: null, member: this.member };
  }

  forMember(member: string | null): SheetPlace {
    return new SheetPlace(this.file, this.sheet, member);
  }
}
