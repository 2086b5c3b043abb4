/** A1 notation: parsing ("B3", "A1:C10", "A:A", "2:2", "A2:C", "'My sheet'!$A$1") and formatting. */

/** A rectangle of cells, 1-based. Mutable so that row/column inserts can move anchored rectangles. */
export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ParsedA1 {
  sheetName: string | null;
  rect: GridRect;
}

function columnToLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function lettersToColumn(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column;
}

export function cellA1(row: number, column: number): string {
  return `${columnToLetters(column)}${row}`;
}

export function rectA1(rect: GridRect): string {
  const start = cellA1(rect.row, rect.column);
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return `${start}:${cellA1(rect.row + rect.numRows - 1, rect.column + rect.numColumns - 1)}`;
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

/**
 * Parses A1 notation against a sheet of `maxRows` × `maxColumns` (needed for open-ended forms such
 * as "A:A" or "A2:C"). Returns null for text that is not A1 notation.
 */
export function parseA1(notation: string, maxRows: number, maxColumns: number): ParsedA1 | null {
  let sheetName: string | null = null;
  let ref = notation.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = ref.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const [first, second = first, extra] = ref.split(':');
  if (extra !== undefined) return null;
  const a = PART.exec(first);
  const b = PART.exec(second);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2]) || (!a[1] && b[1])) return null;
  // A missing row means "whole column", a missing column means "whole row".
  const startColumn = a[1] ? lettersToColumn(a[1]) : 1;
  const startRow = a[2] ? Number(a[2]) : 1;
  const endColumn = b[1] ? lettersToColumn(b[1]) : maxColumns;
  const endRow = b[2] ? Number(b[2]) : maxRows;
  const row = Math.min(startRow, endRow);
  const column = Math.min(startColumn, endColumn);
  return {
    sheetName,
    rect: {
      row,
      column,
      numRows: Math.abs(endRow - startRow) + 1,
      numColumns: Math.abs(endColumn - startColumn) + 1,
    },
  };
}

export function rectContains(outer: GridRect, inner: GridRect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}

export function rectsIntersect(a: GridRect, b: GridRect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}
