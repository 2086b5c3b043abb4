import { EMPTY_SNAPSHOT, planWrites, type SheetSnapshot, type WantedCell } from './grid';
import { completeHeader } from './headers';
import { FIRST_DATA_ROW, HEADER_ROW, TITLE_ROW, type ColumnSpec } from './layout';
import type { ColumnFormat, SheetPlan, ValidationRule } from './sheetPlan';

/** A tab that is one table (title row, header row, one record per row), described as data. */
export interface TableTabSpec<K extends string> {
  readonly name: string;
  readonly title: string;
  readonly columns: readonly ColumnSpec<K>[];
  readonly formats: Partial<Record<K, string>>;
  readonly rules: Partial<Record<K, ValidationRule>>;
  readonly frozenColumns: number;
  readonly tabColor: string;
}

/**
 * Plans the scaffold or repair of a one-table tab: title, missing headers appended after the
 * last used column, formats and dropdowns per column, plus `extra` cells (formulas) computed
 * once the columns are known. Like every scaffold, it writes only into empty cells.
 */
export function tableTabPlan<K extends string>(
  existing: SheetSnapshot | undefined,
  spec: TableTabSpec<K>,
  extra: (columns: ReadonlyMap<K, number>) => readonly WantedCell[] = () => [],
): SheetPlan {
  const snap = existing ?? EMPTY_SNAPSHOT;
  const isNew = existing === undefined;
  const { columns, wanted } = completeHeader(snap, HEADER_ROW, spec.columns);
  const newCols = new Set(wanted.map((w) => w.col));
  const formats: ColumnFormat[] = spec.columns.map((c) => {
    const col = columns.get(c.key)!;
    return {
      col,
      isNew: isNew || newCols.has(col),
      width: c.width,
      numberFormat: spec.formats[c.key],
      wrap: c.kind === 'text' || c.kind === 'longtext',
      validation: spec.rules[c.key],
    };
  });
  const cells: WantedCell[] = [{ row: TITLE_ROW, col: 1, value: spec.title }, ...wanted, ...extra(columns)];
  return {
    name: spec.name,
    isNew,
    title: spec.title,
    headerRow: HEADER_ROW,
    firstDataRow: FIRST_DATA_ROW,
    frozenColumns: spec.frozenColumns,
    lastColumn: Math.max(...columns.values()),
    columns: formats,
    cellRules: [],
    writes: planWrites(snap, cells),
    tabColor: spec.tabColor,
  };
}

/** key → value for the columns where `pick` gives one. */
export function keyed<K extends string, V>(specs: readonly ColumnSpec<K>[], pick: (c: ColumnSpec<K>) => V | undefined): Partial<Record<K, V>> {
  const out: Partial<Record<K, V>> = {};
  for (const c of specs) {
    const v = pick(c);
    if (v !== undefined) out[c.key] = v;
  }
  return out;
}

/** Last row (≥ the header) where any of `inputCols` holds something: formula-only rows do not count. */
export function lastInputRow(snap: SheetSnapshot, inputCols: readonly number[]): number {
  for (let r = snap.values.length; r > HEADER_ROW; r--) {
    if (inputCols.some((c) => !isBlank(snap.values[r - 1]?.[c - 1]))) return r;
  }
  return HEADER_ROW;
}

/** Cells that append records (key → value) below the last input row of a one-table tab. */
export function appendRecordCells<K extends string>(
  snap: SheetSnapshot,
  columns: ReadonlyMap<K, number>,
  inputKeys: readonly K[],
  records: readonly Partial<Record<K, unknown>>[],
): WantedCell[] {
  const inputCols = inputKeys.flatMap((k) => (columns.has(k) ? [columns.get(k)!] : []));
  let row = lastInputRow(snap, inputCols) + 1;
  const wanted: WantedCell[] = [];
  for (const record of records) {
    for (const key of inputKeys) {
      const col = columns.get(key);
      const value = record[key];
      if (col !== undefined && value !== undefined) wanted.push({ row, col, value });
    }
    row++;
  }
  return wanted;
}

function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined;
}
