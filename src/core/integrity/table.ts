import { a1 } from '../workbook/a1';
import { cellValue, lastContentRow, type SheetSnapshot } from '../workbook/grid';
import { locateColumns } from '../workbook/headers';
import { FIRST_DATA_ROW, HEADER_ROW, type ColumnSpec } from '../workbook/layout';
import { textLines } from './text';

/** One row of a one-table tab as read, with where each field sits so findings can name the cell. */
export interface TableRecord<K extends string> {
  readonly row: number;
  readonly raw: Readonly<Partial<Record<K, unknown>>>;
  readonly cells: Readonly<Partial<Record<K, string>>>;
  /** Cleaned text per column ('' when blank or missing); multi-line cells keep one line per line. */
  readonly text: Readonly<Record<K, string>>;
}

/** Reads a one-table tab: columns found by header wherever they are, every row with input in `inputKeys`. */
export function readTableTab<K extends string>(
  snap: SheetSnapshot,
  specs: readonly ColumnSpec<K>[],
  inputKeys: readonly K[],
): { columns: ReadonlyMap<K, number>; records: TableRecord<K>[] } {
  const columns = locateColumns(snap.values[HEADER_ROW - 1] ?? [], specs);
  const records: TableRecord<K>[] = [];
  const last = lastContentRow(snap);
  // The scaffold's tabs carry formulas down to row 2000: most rows read are empty, so a row with
  // nothing in its input columns is passed at a glance, an empty cell costs no text cleaning and
  // a row left out no cell addresses.
  const inputColumns = inputKeys.flatMap((k) => columns.get(k) ?? []);
  for (let r = FIRST_DATA_ROW; r <= last; r++) {
    if (!inputColumns.some((col) => cellValue(snap, r, col) !== '')) continue;
    const raw: Partial<Record<K, unknown>> = {};
    const text = {} as Record<K, string>;
    for (const spec of specs) {
      const col = columns.get(spec.key);
      const v = col === undefined ? '' : cellValue(snap, r, col);
      raw[spec.key] = v;
      text[spec.key] = v === '' ? '' : textLines(v).join('\n');
    }
    if (!inputKeys.some((k) => text[k] !== '')) continue;
    const cells: Partial<Record<K, string>> = {};
    for (const spec of specs) {
      const col = columns.get(spec.key);
      if (col !== undefined) cells[spec.key] = a1(r, col);
    }
    records.push({ row: r, raw, cells, text });
  }
  return { columns, records };
}
