import type { MonitoringRound } from '../../src/core/api';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import type { Plan } from '../../src/core/plan/model';
import { planFillProgress } from '../../src/core/monitoring/fillProgress';
import { planMonitoringRound, type RoundPlan } from '../../src/core/monitoring/round';
import { SAMPLE_PROGRESS, SAMPLE_PROGRESS_ROUND, SAMPLE_PROGRESS_YEAR } from '../../src/core/monitoring/sampleProgress';
import { EMPTY_SNAPSHOT, applyWrites } from '../../src/core/workbook/grid';
import { SHEET } from '../../src/core/workbook/layout';
import { readWorkbook } from '../../src/core/workbook/readPlan';
import { buildBook, sourceOf, type Book } from '../fixtures/workbook';

export type { Book } from '../fixtures/workbook';

export function sampleBook(plan: Plan = SAMPLE_PLAN): Book {
  return buildBook(plan.settings, plan.measures);
}

export function planOf(book: Book): Plan {
  return readWorkbook(sourceOf(book)).plan;
}

/** Starts a round in the in-memory book, as the add-on and the CLI do in theirs. */
export function runRound(book: Book, fiscalYear: number, round: MonitoringRound): RoundPlan {
  const plan = planMonitoringRound(planOf(book), book.get(SHEET.monitoring), fiscalYear, round);
  book.set(SHEET.monitoring, applyWrites(book.get(SHEET.monitoring) ?? EMPTY_SNAPSHOT, plan.sheetPlan.writes));
  return plan;
}

/** The plan with its 6-month round of 2567 started and the sample progress typed in. */
export function sampleBookWithProgress(plan: Plan = SAMPLE_PLAN): Book {
  const book = sampleBook(plan);
  runRound(book, SAMPLE_PROGRESS_YEAR, SAMPLE_PROGRESS_ROUND);
  const { writes } = planFillProgress(book.get(SHEET.monitoring)!, SAMPLE_PROGRESS_YEAR, SAMPLE_PROGRESS_ROUND, SAMPLE_PROGRESS);
  book.set(SHEET.monitoring, applyWrites(book.get(SHEET.monitoring)!, writes));
  return book;
}

/** A book's tabs as gas-local seed values: formulas as "=…" strings where the cell holds one. */
export function seedSheets(book: Book): Record<string, unknown[][]> {
  return Object.fromEntries([...book].map(([name, snap]) => [name, snap.values.map((row, r) => row.map((v, c) => snap.formulas[r]?.[c] || v))]));
}
