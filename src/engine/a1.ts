/** A1 addresses. Rows and columns are zero-based here. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const a = cellAddress(top, left);
  return top === bottom && left === right ? a : `${a}:${cellAddress(bottom, right)}`;
}

/** "AB12" → { row: 11, col: 27 }, or null when it is not an A1 cell address. */
export function parseCellAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  const letters = m[1]!.toUpperCase();
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/** A sheet name quoted for a reference: 'Xếp hạng 2024'!A1 */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
