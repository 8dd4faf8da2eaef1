/** A1 range addresses as the fake Excel accepts and reports them. */
import { cellAddress, columnLetters, parseCellAddress } from "../../../engine/a1";

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function parseColumn(letters: string): number | null {
  const cell = parseCellAddress(`${letters}1`);
  return cell === null ? null : cell.col;
}

/** "A1", "A1:C3", "C:E", "$1:$3" (optionally after "Sheet!") → a box, or null when it is not an address. */
export function parseBox(address: string): Box | null {
  const bang = address.lastIndexOf("!");
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim();
  const parts = local.split(":");
  const from = parts[0] ?? "";
  const to = parts[1] ?? from;
  if (parts.length > 2) return null;
  const a = parseCellAddress(from);
  const b = parseCellAddress(to);
  if (a !== null && b !== null) {
    return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
  }
  if (/^[A-Za-z]{1,3}$/.test(from) && /^[A-Za-z]{1,3}$/.test(to)) {
    const l = parseColumn(from);
    const r = parseColumn(to);
    return l === null || r === null ? null : { top: 0, left: Math.min(l, r), bottom: MAX_ROW, right: Math.max(l, r) };
  }
  if (/^\d{1,7}$/.test(from) && /^\d{1,7}$/.test(to)) {
    const t = Number(from) - 1;
    const u = Number(to) - 1;
    return t < 0 || u < 0 ? null : { top: Math.min(t, u), left: 0, bottom: Math.max(t, u), right: MAX_COL };
  }
  return null;
}

/** The local part Excel reports: "A1", "B2:D9", "C:C", "1:3". */
export function formatBox(box: Box): string {
  if (box.top === 0 && box.bottom === MAX_ROW) return `${columnLetters(box.left)}:${columnLetters(box.right)}`;
  if (box.left === 0 && box.right === MAX_COL) return `${box.top + 1}:${box.bottom + 1}`;
  const a = cellAddress(box.top, box.left);
  return box.top === box.bottom && box.left === box.right ? a : `${a}:${cellAddress(box.bottom, box.right)}`;
}

/** Excel quotes a sheet name in an address unless it is plain ASCII letters, digits and underscores. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function boxRows(box: Box): number {
  return box.bottom - box.top + 1;
}

export function boxColumns(box: Box): number {
  return box.right - box.left + 1;
}
