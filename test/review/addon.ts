import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { SHEET } from '../../src/core/workbook/layout';
import { readWorkbook } from '../../src/core/workbook/readPlan';
import { SETTINGS_VALUE_COL } from '../../src/core/workbook/settings';
import { createGasEnvironment, type GasEnvironment } from '../fakes';
import { buildBook, setCell, sourceOf, type Book } from '../fixtures/workbook';

/** The sample plan's workbook with the reviewer typed into its settings row ("" leaves it blank). */
export function sampleBook(reviewer: string): Book {
  const b = buildBook(SAMPLE_PLAN.settings, SAMPLE_PLAN.measures);
  setCell(b, SHEET.settings, readWorkbook(sourceOf(b)).settings!.rows.reviewerName!, SETTINGS_VALUE_COL, reviewer);
  return b;
}

/** The shipped bundle loaded over a spreadsheet holding the sample plan (formulas as formulas) and that reviewer. */
export function reviewAddon(reviewer: string): GasEnvironment {
  const book = sampleBook(reviewer);
  const sheets = Object.fromEntries([...book].map(([name, snap]) => [name, snap.values.map((row, r) => row.map((v, c) => snap.formulas[r]?.[c] || v))]));
  const env = createGasEnvironment({ sheets });
  env.load('build/addon');
  return env;
}
