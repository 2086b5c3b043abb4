import { DIMENSION_NOS } from '../framework/types';
import { planYears, type Measure, type PlanSettings } from '../plan/model';
import { planWrites, type GridWrite } from './grid';
import { locateColumns } from './headers';
import { HEADER_ROW, dimensionSheetName, measureColumns } from './layout';
import { appendMeasureCells } from './measures';
import type { SnapshotSource } from './scaffold';

export interface AppendPlan {
  readonly sheet: string;
  readonly count: number;
  readonly writes: readonly GridWrite[];
}

/**
 * Plans adding measures below the rows each dimension tab already has (sample plan, import):
 * one rectangle per tab, nothing existing overwritten. Tabs must be scaffolded first.
 */
export function planAppendMeasures(read: SnapshotSource, settings: PlanSettings, measures: readonly Measure[]): AppendPlan[] {
  const years = planYears(settings);
  const plans: AppendPlan[] = [];
  for (const no of DIMENSION_NOS) {
    const mine = measures.filter((m) => m.dimension === no);
    const sheet = dimensionSheetName(no);
    const snap = read(sheet);
    if (mine.length === 0 || !snap) continue;
    const columns = locateColumns(snap.values[HEADER_ROW - 1] ?? [], measureColumns(years));
    plans.push({ sheet, count: mine.length, writes: planWrites(snap, appendMeasureCells(snap, columns, mine, years)) });
  }
  return plans;
}
