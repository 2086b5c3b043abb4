import type { MonitoringRound } from '../api';
import { normaliseCode } from '../framework/framework';
import { comparisonKey } from '../thai/text';
import { planWrites, type GridWrite, type SheetSnapshot } from '../workbook/grid';
import type { SampleProgress } from './sampleProgress';
import { readMonitoringSheet, rowsOfRound } from './read';

/**
 * Types progress into a round's rows as an officer would: only into empty cells, each entry
 * into the row of its measure (same code, name starting with the entry's). Used by the demo.
 */
export function planFillProgress(snap: SheetSnapshot, fiscalYear: number, round: MonitoringRound, progress: readonly SampleProgress[]): { writes: GridWrite[]; filled: number } {
  const read = readMonitoringSheet(snap);
  const rows = rowsOfRound(read, fiscalYear, round);
  let filled = 0;
  const wanted = progress.flatMap((p) => {
    const row = rows.find((r) => normaliseCode(r.entry.code) === p.code && comparisonKey(r.entry.name).startsWith(comparisonKey(p.name)));
    if (!row) return [];
    filled++;
    return Object.entries(p.values).flatMap(([key, value]) => {
      const col = read.columns.get(key as keyof SampleProgress['values']);
      return col === undefined ? [] : [{ row: row.row, col, value }];
    });
  });
  return { writes: planWrites(snap, wanted), filled };
}
