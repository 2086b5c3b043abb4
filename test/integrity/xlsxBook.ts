/**
 * The seed workbooks as .xlsx files, built the way the command line builds any workbook:
 * scaffolded with exceljs, the plan's measures appended, then the seed's rows typed below the
 * headers (only into empty cells).
 */
import type ExcelJS from 'exceljs';
import { newWorkbook, saveWorkbook, snapshotSourceOf } from '../../src/cli/xlsx';
import { appendMeasuresXlsx, appendRecordsXlsx, scaffoldXlsx } from '../../src/cli/workbookJobs';
import type { Measure, PlanSettings } from '../../src/core/plan/model';
import { SETTING_FIELDS, SHEET } from '../../src/core/workbook/layout';
import { SETTINGS_VALUE_COL, locateSettingRows } from '../../src/core/workbook/settings';

export function xlsxWorkbook(settings: PlanSettings, measures: readonly Measure[]): ExcelJS.Workbook {
  const wb = newWorkbook();
  scaffoldXlsx(wb, settings);
  appendMeasuresXlsx(wb, settings, measures);
  return wb;
}

export function typeSettingsXlsx(wb: ExcelJS.Workbook, values: Partial<Record<(typeof SETTING_FIELDS)[number]['key'], string>>): void {
  const rows = locateSettingRows(snapshotSourceOf(wb)(SHEET.settings)!);
  for (const [key, value] of Object.entries(values)) wb.getWorksheet(SHEET.settings)!.getCell(rows[key as keyof typeof rows]!, SETTINGS_VALUE_COL).value = value ?? '';
}

export { appendRecordsXlsx, saveWorkbook };
