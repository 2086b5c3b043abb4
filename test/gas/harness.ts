import type { JobProgress } from '../../src/core/api';
import { createGasEnvironment, type GasEnvironment, type GasEnvironmentOptions } from '../fakes';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import type { Measure } from '../../src/core/plan/model';
import { measureCells } from '../../src/core/workbook/measures';
import { locateColumns } from '../../src/core/workbook/headers';
import { HEADER_ROW, dimensionSheetName, measureColumns } from '../../src/core/workbook/layout';
import { planYears } from '../../src/core/plan/model';

/** The shipped bundle (build/addon/Code.js) loaded into fresh in-memory Apps Script services. */
export function loadAddon(options: GasEnvironmentOptions = {}): GasEnvironment {
  const env = createGasEnvironment(options);
  env.load('build/addon');
  return env;
}

/** The sidebar's loop: start, then continueJob until finished, each call its own execution. */
export function runJob(env: GasEnvironment, start: string): JobProgress[] {
  const steps: JobProgress[] = [env.call(start) as JobProgress];
  env.endExecution();
  while (!steps[steps.length - 1].finished && steps.length < 50) {
    steps.push(env.call('continueJob', steps[steps.length - 1].jobId) as JobProgress);
    env.endExecution();
  }
  return steps;
}

/** `n` realistic measures: the sample plan's, cycled with numbered names so they stay unique. */
export function manyMeasures(n: number): Measure[] {
  return Array.from({ length: n }, (_, i) => {
    const base = SAMPLE_PLAN.measures[i % SAMPLE_PLAN.measures.length];
    const round = Math.floor(i / SAMPLE_PLAN.measures.length);
    return round === 0 ? base : { ...base, name: `${base.name} (ชุดที่ ${round + 1})` };
  });
}

/**
 * Types measures into the dimension tabs as a user would (through the fake SpreadsheetApp,
 * one setValues per tab), then forgets those calls so a test counts only the add-on's own.
 */
export function typeMeasures(env: GasEnvironment, measures: readonly Measure[]): void {
  const ss = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const years = planYears(SAMPLE_PLAN.settings);
  for (const no of [1, 2, 3, 4] as const) {
    const mine = measures.filter((m) => m.dimension === no);
    if (mine.length === 0) continue;
    const sheet = ss.getSheetByName(dimensionSheetName(no))!;
    const header = sheet.getRange(HEADER_ROW, 1, 1, sheet.getLastColumn()).getValues()[0];
    const columns = locateColumns(header, measureColumns(years));
    const width = Math.max(...columns.values());
    const rows = mine.map((m) => {
      const cells = measureCells(m, years);
      const row: unknown[] = Array(width).fill('');
      for (const [key, col] of columns) row[col - 1] = cells[key] ?? '';
      return row;
    });
    const start = Math.max(sheet.getLastRow(), HEADER_ROW) + 1;
    if (start + rows.length - 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), start + rows.length - sheet.getMaxRows());
    sheet.getRange(start, 1, rows.length, width).setValues(rows);
  }
  env.calls.reset();
}

/** Makes the n-th call of a fake method fail right after it took effect, as when Apps Script stops an execution there. */
export function cutAfter(proto: object, method: string, n: number): () => void {
  const target = proto as Record<string, (...args: unknown[]) => unknown>;
  const own = Object.prototype.hasOwnProperty.call(target, method);
  const original = target[method];
  let count = 0;
  target[method] = function (this: unknown, ...args: unknown[]) {
    const result = original.apply(this, args);
    if (++count === n) throw new Error('Exceeded maximum execution time');
    return result;
  };
  return () => {
    if (own) target[method] = original;
    else delete target[method];
  };
}
