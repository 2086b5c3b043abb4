/**
 * A workbook holding the documents around the plan, as a person fills it in Sheets: the plan,
 * the memo settings, seed 001's integrity measures and seed 004's announcement typed in.
 */
import { ANNOUNCEMENT_COLUMNS } from '../../src/core/announcement/layout';
import { INTEGRITY_COLUMNS, INTEGRITY_INPUT_KEYS } from '../../src/core/integrity/layout';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { HEADER_ROW, SHEET, type ColumnSpec } from '../../src/core/workbook/layout';
import { planWrites } from '../../src/core/workbook/grid';
import { locateColumns } from '../../src/core/workbook/headers';
import { SETTINGS_VALUE_COL, locateSettingRows } from '../../src/core/workbook/settings';
import { appendRecordCells } from '../../src/core/workbook/tablePlan';
import type { GasEnvironment, GasEnvironmentOptions } from '../fakes';
import { SEED001_MEMO, SEED001_ROWS, SEED001_SETTINGS } from '../fixtures/seed001Integrity';
import { SEED004_ROWS } from '../fixtures/seed004Announcement';
import { loadAddon } from './harness';
import { activeSpreadsheet, fillPlan } from './planWorkbook';

/** Types records into a one-table tab as a user would: only the empty cells, one setValues per rectangle. */
export function typeRows<K extends string>(env: GasEnvironment, sheetName: string, specs: readonly ColumnSpec<K>[], inputKeys: readonly K[], records: readonly Partial<Record<K, unknown>>[]): void {
  const sheet = activeSpreadsheet(env).getSheetByName(sheetName)!;
  const range = sheet.getDataRange();
  const snap = { values: range.getValues(), formulas: range.getFormulas() };
  const columns = locateColumns(snap.values[HEADER_ROW - 1] ?? [], specs);
  for (const w of planWrites(snap, appendRecordCells(snap, columns, inputKeys, records))) {
    sheet.getRange(w.row, w.col, w.values.length, w.values[0].length).setValues(w.values.map((r) => [...r]));
  }
}

/** เทศบาลตำบลนาม่วง's workbook in Sheets: scaffolded from the menu, the plan, memo rows and seed 001 typed. */
export function seed001Sheet(options: GasEnvironmentOptions = {}): GasEnvironment {
  const env = loadAddon(options);
  fillPlan(env, SEED001_SETTINGS, SAMPLE_PLAN.measures);
  const settings = activeSpreadsheet(env).getSheetByName(SHEET.settings)!;
  const rows = locateSettingRows({ values: settings.getDataRange().getValues(), formulas: [] });
  settings.getRange(rows.memoUnit!, SETTINGS_VALUE_COL).setValue(SEED001_MEMO.memoUnit);
  settings.getRange(rows.memoRef!, SETTINGS_VALUE_COL).setValue(SEED001_MEMO.memoRef);
  typeRows(env, SHEET.integrity, INTEGRITY_COLUMNS, INTEGRITY_INPUT_KEYS, SEED001_ROWS);
  typeRows(env, SHEET.announcement, ANNOUNCEMENT_COLUMNS, ANNOUNCEMENT_COLUMNS.map((c) => c.key), SEED004_ROWS);
  env.calls.reset();
  env.endExecution();
  return env;
}

