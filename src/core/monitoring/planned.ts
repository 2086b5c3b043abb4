import { normaliseCode } from '../framework/framework';
import { planYears, type Measure, type Plan } from '../plan/model';
import { measureKey, type MonitoringEntry } from './read';

/**
 * The measures a fiscal year monitors: every measure of the plan when the year lies within the
 * plan years. Measures without budget are included (they still run); the planned amount is
 * that year's budget column.
 */
export function measuresPlannedIn(plan: Plan, fiscalYear: number): readonly Measure[] {
  return planYears(plan.settings).includes(fiscalYear) ? plan.measures : [];
}

/** How a monitoring row relates to the plan: its measure, a measure renamed since, or none. */
export type PlanMatch =
  | { readonly kind: 'planned'; readonly measure: Measure }
  | { readonly kind: 'renamed'; readonly candidates: readonly Measure[] }
  | { readonly kind: 'notInPlan' };

export interface PlanIndex {
  readonly byKey: ReadonlyMap<string, Measure>;
  readonly byCode: ReadonlyMap<string, readonly Measure[]>;
}

export function indexPlan(measures: readonly Measure[]): PlanIndex {
  const byKey = new Map<string, Measure>();
  const byCode = new Map<string, Measure[]>();
  for (const m of measures) {
    byKey.set(measureKey(m.code, m.name), m);
    const code = normaliseCode(m.code) || m.code;
    byCode.set(code, [...(byCode.get(code) ?? []), m]);
  }
  return { byKey, byCode };
}

/** Matched by code and name; a row whose code is still in the plan under other names was probably renamed. */
export function matchToPlan(entry: Pick<MonitoringEntry, 'code' | 'name'>, index: PlanIndex): PlanMatch {
  const measure = index.byKey.get(measureKey(entry.code, entry.name));
  if (measure) return { kind: 'planned', measure };
  const candidates = index.byCode.get(normaliseCode(entry.code) || entry.code) ?? [];
  return candidates.length ? { kind: 'renamed', candidates } : { kind: 'notInPlan' };
}
