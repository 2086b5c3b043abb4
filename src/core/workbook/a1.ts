/** A1 notation helpers: columns and rows are 1-based, as in Range.getRow()/getColumn(). */

export function columnLetter(col: number): string {
  let n = col;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function parseA1(ref: string): { row: number; col: number } | undefined {
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(ref.trim());
  return m ? { col: columnNumber(m[1]), row: Number(m[2]) } : undefined;
}

/** 'มิติที่ 1' → "'มิติที่ 1'": sheet names with spaces or Thai must be quoted in formulas. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
