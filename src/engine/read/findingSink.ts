/** Collects the findings about one sheet; SheetPlace says where each one points. */
import type { Finding, FindingCode, Where } from "../findings";
import { makeFinding } from "../findings/makeFinding";
import type { SheetSnapshot } from "./snapshot";
import { parseCellAddress } from "../a1";
import { addressAt } from "./sheetCells";

/** Warnings of one kind listed per report sheet; the rest are counted in one MORE_WARNINGS. A sheet of 250 000
 * rows that match nothing would otherwise list 250 000 warnings (and a Kiểm tra sheet as long). Errors are all
 * listed: they come from matched rows only, so the pledge bounds them, and scoring looks them up by cell. */
export const WARNINGS_PER_SHEET = 100;

export class FindingSink {
  readonly findings: Finding[] = [];
  private readonly warnings = new Map<FindingCode, { listed: number; more: number; last: Where }>();

  /** `capped`: list at most WARNINGS_PER_SHEET warnings of a kind (a report sheet's sink). */
  constructor(private readonly capped = false) {}

  add(finding: Finding): void {
    if (this.capped && finding.severity === "warning") {
      const seen = this.warnings.get(finding.code) ?? { listed: 0, more: 0, last: finding.where };
      this.warnings.set(finding.code, seen);
      if (seen.listed >= WARNINGS_PER_SHEET) {
        seen.more += 1;
        return;
      }
      seen.listed += 1;
      seen.last = finding.where;
    }
    this.findings.push(finding);
  }

  /** The findings, then one MORE_WARNINGS per kind of warning that had more than could be listed. */
  all(): Finding[] {
    const more: Finding[] = [];
    for (const [code, { more: count, last }] of this.warnings) {
      if (count > 0) more.push(makeFinding("MORE_WARNINGS", "warning", { ...last, cell: null }, { of: code, count, last: last.cell }));
    }
    return more.length === 0 ? this.findings : [...this.findings, ...more];
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
