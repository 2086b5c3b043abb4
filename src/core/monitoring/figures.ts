import type { DimensionNo, Framework } from '../framework/types';
import { baht, type MonitoringRow } from './read';
import type { StatusKey } from './status';

/** Counts and money of a set of monitoring rows: what the report's summary table prints. */
export interface RoundFigures {
  readonly planned: number;
  readonly byStatus: Readonly<Record<StatusKey, number>>;
  /** Rows with no (or no readable) status: รอรายงานผล. */
  readonly pending: number;
  readonly budgetPlanned: number;
  readonly spent: number;
}

export interface MonitoringFigures {
  readonly byDimension: ReadonlyMap<DimensionNo, RoundFigures>;
  readonly total: RoundFigures;
}

/** Sums in satang so that 0.1 + 0.2 baht stays 0.30. */
function figuresOf(rows: readonly MonitoringRow[]): RoundFigures {
  const byStatus: Record<StatusKey, number> = { done: 0, inProgress: 0, notStarted: 0, cancelled: 0 };
  let pending = 0;
  let planned = 0;
  let spent = 0;
  for (const { entry } of rows) {
    if (entry.status.kind === 'status') byStatus[entry.status.key]++;
    else pending++;
    planned += Math.round(baht(entry.planned) * 100);
    spent += Math.round(baht(entry.spent) * 100);
  }
  return { planned: rows.length, byStatus, pending, budgetPlanned: planned / 100, spent: spent / 100 };
}

/**
 * Figures per dimension of the framework and in total, from the rows of one round. Rows whose
 * dimension cannot be told are left out of both, so the total is always the sum of its lines
 * (validation names those rows).
 */
export function monitoringFigures(rows: readonly MonitoringRow[], framework: Framework): MonitoringFigures {
  const byDimension = new Map<DimensionNo, RoundFigures>();
  for (const dim of framework.dimensions) byDimension.set(dim.no, figuresOf(rows.filter((r) => r.entry.dimension === dim.no)));
  return { byDimension, total: figuresOf(rows.filter((r) => r.entry.dimension !== undefined)) };
}

/** Share of planned measures done, 0–100. */
export function percentDone(f: RoundFigures): number {
  return f.planned ? (f.byStatus.done / f.planned) * 100 : 0;
}

/** Share of the planned budget spent, 0–100+; undefined when nothing was budgeted. */
export function percentSpent(f: RoundFigures): number | undefined {
  return f.budgetPlanned ? (f.spent / f.budgetPlanned) * 100 : undefined;
}
