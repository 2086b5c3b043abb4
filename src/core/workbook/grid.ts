/**
 * A sheet as read in one batch (values + formulas), and the writes planned against it.
 * Planning is pure so the Apps Script side and the xlsx side apply exactly the same changes.
 */

export interface SheetSnapshot {
  readonly values: readonly (readonly unknown[])[];
  /** Same shape as values; '' where the cell holds no formula. May be empty when unknown. */
  readonly formulas: readonly (readonly string[])[];
}

export const EMPTY_SNAPSHOT: SheetSnapshot = { values: [], formulas: [] };

/** A rectangle of values to write, top-left at (row, col), 1-based. Strings starting with "=" are formulas. */
export interface GridWrite {
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly unknown[])[];
}

export function cellValue(snap: SheetSnapshot, row: number, col: number): unknown {
  return snap.values[row - 1]?.[col - 1] ?? '';
}

export function cellFormula(snap: SheetSnapshot, row: number, col: number): string {
  return snap.formulas[row - 1]?.[col - 1] ?? '';
}

export function isEmptyCell(snap: SheetSnapshot, row: number, col: number): boolean {
  const v = cellValue(snap, row, col);
  return (v === '' || v === null || v === undefined) && cellFormula(snap, row, col) === '';
}

/** Last row with any content (0 for an empty sheet), like Sheet.getLastRow(). */
export function lastContentRow(snap: SheetSnapshot): number {
  for (let r = snap.values.length; r >= 1; r--) {
    const row = snap.values[r - 1];
    for (let c = 1; c <= row.length; c++) if (!isEmptyCell(snap, r, c)) return r;
  }
  return 0;
}

export function lastContentColumn(snap: SheetSnapshot, onlyRow?: number): number {
  let last = 0;
  const rows = onlyRow ? [onlyRow] : snap.values.map((_, i) => i + 1);
  for (const r of rows) {
    const row = snap.values[r - 1] ?? [];
    for (let c = row.length; c > last; c--) {
      if (!isEmptyCell(snap, r, c)) {
        last = c;
        break;
      }
    }
  }
  return last;
}

/** A wanted cell value: written only where the sheet's cell is empty. */
export interface WantedCell {
  readonly row: number;
  readonly col: number;
  readonly value: unknown;
  /** Formulas an earlier version wrote here: a cell still holding one of them is Sujarit's, and is replaced. */
  readonly replaces?: readonly string[];
}

/**
 * Turns wanted cells into as few rectangles as possible without touching a non-empty cell:
 * cells in a row join into one run when every cell between them is empty (filled with ''),
 * and consecutive rows with the same run merge into one rectangle. On a new sheet this gives
 * one write per block, however many rows the block has.
 */
function isReplaceable(snap: SheetSnapshot, cell: WantedCell): boolean {
  if (!cell.replaces) return false;
  const current = normaliseFormula(cellFormula(snap, cell.row, cell.col));
  return current !== '' && cell.replaces.some((f) => normaliseFormula(f) === current);
}

/** A formula as compared: no "=", spaces or case outside quoted text (Sheets and Excel may rewrite those). */
export function normaliseFormula(formula: string): string {
  return formula
    .replace(/^=/, '')
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, '').toUpperCase()))
    .join('"');
}

export function planWrites(snap: SheetSnapshot, wanted: readonly WantedCell[]): GridWrite[] {
  const byRow = new Map<number, WantedCell[]>();
  for (const cell of wanted) {
    if (cell.value === '' || !(isEmptyCell(snap, cell.row, cell.col) || isReplaceable(snap, cell))) continue;
    const list = byRow.get(cell.row) ?? [];
    list.push(cell);
    byRow.set(cell.row, list);
  }
  type Run = { row: number; col: number; values: unknown[] };
  const runs: Run[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cells = byRow.get(row)!.sort((a, b) => a.col - b.col);
    let run: Run | undefined;
    for (const cell of cells) {
      const end = run ? run.col + run.values.length : 0;
      const gapIsEmpty = run !== undefined && rangeEmpty(snap, row, end, cell.col - 1);
      if (run && cell.col >= end && gapIsEmpty) {
        for (let c = end; c < cell.col; c++) run.values.push('');
        run.values.push(cell.value);
      } else {
        run = { row, col: cell.col, values: [cell.value] };
        runs.push(run);
      }
    }
  }
  const writes: { row: number; col: number; values: unknown[][] }[] = [];
  for (const run of runs) {
    const prev = writes[writes.length - 1];
    if (prev && prev.col === run.col && prev.values[0].length === run.values.length && prev.row + prev.values.length === run.row) {
      prev.values.push(run.values);
    } else {
      writes.push({ row: run.row, col: run.col, values: [run.values] });
    }
  }
  return writes;
}

function rangeEmpty(snap: SheetSnapshot, row: number, fromCol: number, toCol: number): boolean {
  for (let c = fromCol; c <= toCol; c++) if (!isEmptyCell(snap, row, c)) return false;
  return true;
}

/** Applies writes to a snapshot (formulas go to the formula grid): used by tests and local runs. */
export function applyWrites(snap: SheetSnapshot, writes: readonly GridWrite[]): SheetSnapshot {
  const values = snap.values.map((r) => [...r]);
  const formulas = snap.formulas.map((r) => [...r]);
  for (const w of writes) {
    w.values.forEach((rowValues, i) => {
      rowValues.forEach((v, j) => {
        const r = w.row - 1 + i;
        const c = w.col - 1 + j;
        while (values.length <= r) values.push([]);
        while (formulas.length <= r) formulas.push([]);
        const isFormula = typeof v === 'string' && v.startsWith('=');
        values[r][c] = isFormula ? '' : v;
        formulas[r][c] = isFormula ? v : '';
      });
    });
  }
  return { values, formulas };
}
