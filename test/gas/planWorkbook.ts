import type { GasEnvironment } from '../fakes';
import type { Measure, PlanSettings } from '../../src/core/plan/model';
import { HEADER_ROW, SETTING_FIELDS, SHEET, dimensionSheetName, measureColumns } from '../../src/core/workbook/layout';
import { SETTINGS_VALUE_COL, locateSettingRows, settingCellValue } from '../../src/core/workbook/settings';
import { locateColumns } from '../../src/core/workbook/headers';
import { planYears } from '../../src/core/plan/model';
import { typeMeasures } from './harness';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function activeSpreadsheet(env: GasEnvironment): Spreadsheet {
  return (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
}

/** A scaffolded workbook with the settings and measures typed in, as a planner would; calls forgotten. */
export function fillPlan(env: GasEnvironment, settings: PlanSettings, measures: readonly Measure[]): void {
  env.call('menuScaffold');
  const sheet = activeSpreadsheet(env).getSheetByName(SHEET.settings)!;
  const rows = locateSettingRows({ values: sheet.getDataRange().getValues(), formulas: [] });
  for (const field of SETTING_FIELDS) sheet.getRange(rows[field.key]!, SETTINGS_VALUE_COL).setValue(settingCellValue(settings, field.key));
  typeMeasures(env, measures);
  env.endExecution();
}

/** Column (1-based) of a measure column in a dimension tab, found by its header. */
export function columnOf(env: GasEnvironment, dimension: 1 | 2 | 3 | 4, key: 'docUrl' | 'name', years: readonly number[]): number {
  const header = env.spreadsheet.sheet(dimensionSheetName(dimension)).values(`${HEADER_ROW}:${HEADER_ROW}`)[0];
  return locateColumns(header, measureColumns(years)).get(key)!;
}

/** Every measure row's [name, link] in sheet order. */
export function rowLinks(env: GasEnvironment, settings: PlanSettings): { name: string; link: string }[] {
  const years = planYears(settings);
  return ([1, 2, 3, 4] as const).flatMap((no) => {
    const values = env.spreadsheet.sheet(dimensionSheetName(no)).values().slice(HEADER_ROW);
    const name = columnOf(env, no, 'name', years) - 1;
    const link = columnOf(env, no, 'docUrl', years) - 1;
    return values.filter((r) => String(r[name] ?? '') !== '').map((r) => ({ name: String(r[name]), link: String(r[link] ?? '') }));
  });
}
