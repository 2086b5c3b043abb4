import { getFramework } from '../framework/framework';
import type { DimensionNo } from '../framework/types';
import { planYears, type Plan, type Measure } from './model';

/** Counts and budgets per dimension / sub-dimension / year: what the summary tab and documents print. */
export interface Figures {
  readonly count: number;
  readonly budgets: Readonly<Record<number, number>>;
  readonly total: number;
}

export interface PlanFigures {
  readonly years: readonly number[];
  readonly byDimension: ReadonlyMap<DimensionNo, Figures>;
  readonly bySub: ReadonlyMap<string, Figures>; // sub-dimension code → figures
  readonly total: Figures;
}

function figuresOf(measures: readonly Measure[], years: readonly number[]): Figures {
  const budgets: Record<number, number> = {};
  for (const y of years) budgets[y] = measures.reduce((s, m) => s + (m.budgets[y] ?? 0), 0);
  return { count: measures.length, budgets, total: Object.values(budgets).reduce((a, b) => a + b, 0) };
}

/** Sub-dimension of a code: "2.2.2" → "2.2", "2.2" → "2.2". */
export function subCodeOf(code: string): string {
  return code.split('.').slice(0, 2).join('.');
}

export function planFigures(plan: Plan): PlanFigures {
  const years = planYears(plan.settings);
  const framework = getFramework(plan.settings.frameworkId);
  const byDimension = new Map<DimensionNo, Figures>();
  const bySub = new Map<string, Figures>();
  for (const dim of framework.dimensions) {
    byDimension.set(dim.no, figuresOf(plan.measures.filter((m) => m.dimension === dim.no), years));
    for (const sub of dim.subs) {
      bySub.set(sub.code, figuresOf(plan.measures.filter((m) => subCodeOf(m.code) === sub.code), years));
    }
  }
  return { years, byDimension, bySub, total: figuresOf(plan.measures, years) };
}
