/** Step 2 of reading a pledge: a coded row's own cells (points under Chuẩn, Thưởng, Trừ; method; caps; bands),
 * then the uncoded rows below it (bands, Có/Không options, "Ghi chú" caps, notes), docs/so-lieu.md §2. */
import type { Band, GradeShare, Rule, RuleSource } from "../model";
import type { PledgeNumberField as FindingNumberField } from "../findings";
import { makeFinding } from "../findings/makeFinding";
import type { PledgeSheet, PledgeRow } from "./pledgeRows";
import { pointsAt } from "./pledgeRows";
import type { WalkedCode } from "./codeWalk";
import { readBand, readBandList, readBandThreshold, sortBands } from "./bandText";
import { readGradeShares } from "./gradeShareText";
import { capInText, readNoteCap, type NoteCap } from "./capText";
import { readOptionRow } from "./optionText";
import { readNumberField } from "./readNumberField";
import { readRule } from "./readRule";
import { rawAt, textAt } from "./sheetCells";

export interface Entry {
  readonly r: number;
  readonly walked: WalkedCode;
  readonly group: string | null;
  readonly name: string;
  /** Under Chuẩn, or (for a bonus or penalty row from its columns) under Thưởng or Trừ, sign dropped. */
  readonly points: number | null;
  /** Points came from Chuẩn (not from Thưởng/Trừ). */
  readonly standard: boolean;
  /** The Chuẩn cell is not blank (it may hold a text that is no number: the row is then an indicator worth 0). */
  readonly pointsWritten: boolean;
  readonly rule: Rule | null;
  readonly ruleText: string | null;
  readonly ruleSource: RuleSource;
  readonly bands: readonly Band[];
  readonly gradeShares: readonly GradeShare[];
  readonly bonusPerPercent: number | null;
  readonly bonusCap: number | null;
  readonly penaltyPerPercent: number | null;
  readonly bonusFrom: number | null;
  readonly penaltyCap: number | null;
  readonly mandatory: boolean;
  readonly unit: string | null;
  /** "Ghi chú" caps found in the uncoded rows below it, applied once the hierarchy is known. */
  readonly noteCaps: readonly NoteCap[];
}

const MANDATORY_YES: ReadonlySet<string> = new Set(["x", "có", "co", "1", "✓", "✔", "true", "yes"]);

/** What the uncoded rows under a coded row say (docs/so-lieu.md §2): "Ghi chú" caps, Có/Không options, bands. */
export interface RuleRows {
  readonly noteCaps: readonly NoteCap[];
  /** Points of the first "Có" row, when Có/Không rows are there. */
  readonly yesPoints: number | null;
  readonly bands: readonly Band[];
}

const NO_RULE_ROWS: RuleRows = { noteCaps: [], yesPoints: null, bands: [] };

/** The uncoded rows under a coded row. Anything that is neither a cap, an option nor a band is a note. */
export function readRuleRows(p: PledgeSheet, rows: readonly Extract<PledgeRow, { kind: "uncoded" }>[]): RuleRows {
  if (rows.length === 0) return NO_RULE_ROWS;
  const noteCaps: NoteCap[] = [];
  const bands: Band[] = [];
  let yesPoints: number | null = null;
  for (const row of rows) {
    const cap = readNoteCap(row.text);
    if (cap !== null) {
      noteCaps.push(cap);
      continue;
    }
    const cellPoints = pointsAt(p, row.r);
    const option = readOptionRow(row.text, cellPoints);
    if (option !== null && option.points !== null) {
      if (option.yes && yesPoints === null) yesPoints = option.points;
      continue;
    }
    const band = readBand(row.text, false) ?? (cellPoints === null ? null : readBandThreshold(row.text, cellPoints));
    if (band !== null) bands.push(band);
  }
  return { noteCaps, yesPoints, bands: sortBands(bands) };
}

/** The coded row's own cells, then what the rows below it change: Có/Không options win over band rows; band
 * rows count only when the method is blank (or tiers without bands of its own) and no "Mức điểm" cell gave bands
 * (decided readings). */
export function readEntry(p: PledgeSheet, row: Extract<PledgeRow, { kind: "coded" }>, group: string | null, below: RuleRows): Entry {
  const { sheet, header, place, sink, labels } = p;
  const columns = header.columns;
  const r = row.r;
  const num = (field: FindingNumberField, severity: "error" | "warning" = "error"): number | null =>
    readNumberField(sheet, r, columns[field], place, sink, field, severity);
  const chuan = pointsAt(p, r);
  // A value under Thưởng or Trừ on a row with points under Chuẩn is a note of the table (decided reading).
  const bonusCol = chuan === null ? num("bonusPoints", "warning") : null;
  const penaltyCol = chuan === null ? num("penaltyPoints", "warning") : null;

  const ruleText = columns.rule === undefined ? "" : textAt(sheet, r, columns.rule);
  const parsed = readRule(ruleText, labels);
  if (parsed === null && columns.rule !== undefined) {
    sink.add(makeFinding("UNKNOWN_RULE", "error", place.at(r, columns.rule), { indicatorCode: row.walked.code, text: ruleText }));
  }
  let rule: Rule | null = parsed === "blank" ? "ratio" : parsed;
  let ruleSource: RuleSource = parsed === "blank" ? "blank" : "given";
  let points = chuan;
  if (parsed === "blank" && chuan === null && (penaltyCol !== null || bonusCol !== null)) {
    // Both under Trừ and Thưởng: a penalty row (decided reading).
    rule = penaltyCol !== null ? "penalty" : "bonus";
    ruleSource = "columns";
    points = Math.abs(penaltyCol ?? bonusCol ?? 0);
  } else if (chuan === null && (rule === "penalty" || rule === "bonus") && (penaltyCol !== null || bonusCol !== null)) {
    points = Math.abs((rule === "penalty" ? (penaltyCol ?? bonusCol) : (bonusCol ?? penaltyCol)) ?? 0);
  }

  // Bands: the rule cell after a colon wins over "Mức điểm" (decided reading).
  let bands: readonly Band[] = [];
  let gradeShares: readonly GradeShare[] = [];
  const ruleBands = rule === "tiers" ? afterColon(ruleText) : "";
  const tiersText = columns.tiers === undefined ? "" : textAt(sheet, r, columns.tiers);
  const bandText = ruleBands !== "" ? ruleBands : tiersText;
  const bandCol = ruleBands !== "" ? columns.rule : columns.tiers;
  const shares = tiersText !== "" && ruleBands === "" ? readGradeShares(tiersText) : null;
  if (shares !== null) {
    gradeShares = shares;
  } else if (bandText !== "") {
    const read = readBandList(bandText);
    if (read.ok) {
      bands = read.bands;
    } else if (bandCol !== undefined) {
      // Unreadable bands make a tiers row unscored; on a row of another method they are only worth a look.
      const tiers = rule === "tiers";
      sink.add(makeFinding("INVALID_BANDS", tiers ? "error" : "warning", place.at(r, bandCol), { indicatorCode: row.walked.code, text: read.bad }));
      if (tiers) rule = null;
    }
  }

  let bonusCap = num("bonusCap");
  let penaltyCap = num("penaltyCap");
  // A bonus or penalty row's caps may be in its own text ("tối đa 1 điểm", "không quá 1,5 điểm").
  if (rule === "penalty" && penaltyCap === null) penaltyCap = capInText(row.name);
  if (rule === "bonus" && bonusCap === null) bonusCap = capInText(row.name);

  // The rows below: options make a blank-method row `pass` with M from the first Có; band rows make it `tiers`.
  if (ruleSource === "blank" && below.yesPoints !== null) {
    rule = "pass";
    ruleSource = "options";
    points = below.yesPoints;
  } else if (below.bands.length > 0 && bands.length === 0 && gradeShares.length === 0 && (ruleSource === "blank" || rule === "tiers")) {
    if (ruleSource === "blank") ruleSource = "bands";
    rule = "tiers";
    bands = below.bands;
  }

  // A band above M is worth a look (docs/cham-diem.md, "tiers"): the first such band is named.
  const over = rule === "tiers" && points !== null ? bands.find((b) => b.points > (points ?? 0) + 1e-9) : undefined;
  if (over !== undefined && points !== null) {
    const col = ruleBands !== "" ? columns.rule : tiersText !== "" ? columns.tiers : columns.maxPoints;
    sink.add(makeFinding("BAND_ABOVE_MAX", "warning", place.at(r, col ?? 0), { indicatorCode: row.walked.code, points: over.points, max: points }));
  }

  const unit = columns.unit === undefined ? "" : textAt(sheet, r, columns.unit);
  const mandatoryRaw = columns.mandatory === undefined ? null : rawAt(sheet, r, columns.mandatory);
  const mandatory =
    mandatoryRaw === true ||
    (typeof mandatoryRaw === "number" ? mandatoryRaw === 1 : typeof mandatoryRaw === "string" && MANDATORY_YES.has(mandatoryRaw.trim().normalize("NFC").toLowerCase()));
  return {
    r,
    walked: row.walked,
    group,
    name: row.name,
    points,
    standard: chuan !== null,
    pointsWritten: columns.maxPoints !== undefined && textAt(sheet, r, columns.maxPoints) !== "",
    rule,
    ruleText: ruleText === "" ? null : ruleText,
    ruleSource,
    bands,
    gradeShares,
    bonusPerPercent: num("bonusPerPercent"),
    bonusCap,
    penaltyPerPercent: num("penaltyPerPercent"),
    bonusFrom: num("bonusFrom"),
    penaltyCap,
    mandatory,
    unit: unit === "" ? null : unit,
    noteCaps: below.noteCaps,
  };
}

/** "Theo mức: ≥ 98%: 5; ≥ 97%: 4" → "≥ 98%: 5; ≥ 97%: 4". */
function afterColon(text: string): string {
  const colon = text.indexOf(":");
  return colon < 0 ? "" : text.slice(colon + 1).trim();
}
