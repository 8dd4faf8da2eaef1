/** "AB12" → row 11, column 27 (zero-based), fast, without a regular expression; null when malformed. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

export function parseCellRef(ref: string): CellPosition | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else if (code !== 36) break;
    if (col > 1e7) return null;
  }
  if (col === 0 || i === ref.length) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code === 36 && row === 0) continue;
    if (code < 48 || code > 57) return null;
    row = row * 10 + code - 48;
    if (row > 1e12) return null;
  }
  return row === 0 ? null : { row: row - 1, col: col - 1 };
}
