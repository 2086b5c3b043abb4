import type { Table, TableCell } from './tree';

export interface PlacedCell {
  readonly row: number;
  readonly col: number;
  readonly cell: TableCell;
}

export interface TableGrid {
  readonly rows: number;
  readonly cols: number;
  /** Every cell of the tree at its grid position (0-based), spans resolved as in HTML. */
  readonly cells: readonly PlacedCell[];
}

/**
 * Places a table's cells on a rectangular grid. Renderers without merged cells (DocumentApp)
 * fill the grid and leave covered positions empty.
 */
export function tableGrid(table: Table): TableGrid {
  const taken: boolean[][] = [];
  const isTaken = (r: number, c: number) => taken[r]?.[c] === true;
  const take = (r: number, c: number) => ((taken[r] ??= [])[c] = true);
  const cells: PlacedCell[] = [];
  let cols = table.widths.length;
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (isTaken(r, c)) c++;
      cells.push({ row: r, col: c, cell });
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) take(r + dr, c + dc);
      c += colSpan;
    }
    cols = Math.max(cols, c, taken[r]?.length ?? 0);
  });
  return { rows: table.rows.length, cols, cells };
}
