import { comparisonKey } from '../thai/text';
import { toArabicDigits } from '../thai/digits';
import type { ColumnSpec } from './layout';
import { cellValue, lastContentColumn, type SheetSnapshot, type WantedCell } from './grid';

/**
 * Finds each spec column in a header row by its label or an alias, wherever the user moved it.
 * Budget columns are found by the Buddhist year in their header ("งบประมาณ ๒๕๖๖", "ปี 2566").
 */
export function locateColumns<K extends string>(
  headerRow: readonly unknown[],
  specs: readonly ColumnSpec<K>[],
): Map<K, number> {
  const found = new Map<K, number>();
  const taken = new Set<number>();
  const keys = headerRow.map((h) => comparisonKey(h));
  const match = (spec: ColumnSpec<K>, exactOnly: boolean) => {
    if (found.has(spec.key)) return;
    const labels = [spec.header, ...(spec.aliases ?? [])].map(comparisonKey);
    for (let i = 0; i < keys.length; i++) {
      if (taken.has(i) || keys[i] === '') continue;
      const hit = exactOnly ? labels.includes(keys[i]) : spec.kind === 'budget' && budgetYearOfHeader(headerRow[i]) === yearOfKey(spec.key);
      if (hit) {
        found.set(spec.key, i + 1);
        taken.add(i);
        return;
      }
    }
  };
  for (const spec of specs) match(spec, true);
  for (const spec of specs) match(spec, false);
  return found;
}

function yearOfKey(key: string): number | undefined {
  const m = /^budget:(\d{4})$/.exec(key);
  return m ? Number(m[1]) : undefined;
}

/** "งบประมาณ ๒๕๖๖ (บาท)" → 2566; a header that names no Buddhist year → undefined. */
export function budgetYearOfHeader(header: unknown): number | undefined {
  const text = toArabicDigits(String(header ?? ''));
  const m = /(25\d\d)/.exec(text);
  return m && (/งบ|ปี/.test(text) || text.trim() === m[1]) ? Number(m[1]) : undefined;
}

/**
 * Completes a header row: columns already there stay where they are; missing ones are
 * appended after the last used column. Returns the full column map and the header cells to write.
 */
export function completeHeader<K extends string>(
  snap: SheetSnapshot,
  headerRowNo: number,
  specs: readonly ColumnSpec<K>[],
): { columns: Map<K, number>; wanted: WantedCell[] } {
  const header = snap.values[headerRowNo - 1] ?? [];
  const columns = locateColumns(header, specs);
  const wanted: WantedCell[] = [];
  let next = Math.max(lastContentColumn(snap, headerRowNo), ...[...columns.values()], 0) + 1;
  for (const spec of specs) {
    if (columns.has(spec.key)) continue;
    // Do not put a header above a column that already holds someone's data.
    while (columnHasData(snap, next, headerRowNo)) next++;
    columns.set(spec.key, next);
    wanted.push({ row: headerRowNo, col: next, value: spec.header });
    next++;
  }
  return { columns, wanted };
}

function columnHasData(snap: SheetSnapshot, col: number, fromRow: number): boolean {
  for (let r = fromRow; r <= snap.values.length; r++) {
    const v = cellValue(snap, r, col);
    if (v !== '' && v !== null && v !== undefined) return true;
  }
  return false;
}
