import {
  FONT_FAMILY, HEADER_BACKGROUND, PROTECTION_DESCRIPTION, TITLE_BACKGROUND,
} from '../core/workbook/layout';
import type { SheetPlan, ValidationRule } from '../core/workbook/sheetPlan';
import { applyWrites, ensureSize } from './sheetsIO';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Applies one tab's scaffold plan. Every call here is per tab or per column, never per row,
 * so the cost does not grow with the number of measures. Layout (widths, fonts, header
 * styling) is set only on what this run created; a user's own formatting stays.
 */
export function applySheetPlan(ss: Spreadsheet, plan: SheetPlan): Sheet {
  const sheet = ss.getSheetByName(plan.name) ?? ss.insertSheet(plan.name);
  ensureSize(sheet, plan.firstDataRow, plan.lastColumn);
  const maxRows = sheet.getMaxRows();
  const dataRows = maxRows - plan.firstDataRow + 1;
  if (plan.isNew) {
    sheet.setTabColor(plan.tabColor);
    sheet.getRange(1, 1, maxRows, sheet.getMaxColumns()).setFontFamily(FONT_FAMILY).setVerticalAlignment('top');
  }
  // Number formats first: "1.1" must land as text, not as the number 1.1.
  for (const col of plan.columns) {
    const data = sheet.getRange(plan.firstDataRow, col.col, dataRows, 1);
    if (col.numberFormat) data.setNumberFormat(col.numberFormat);
    if (col.validation) data.setDataValidation(buildRule(col.validation));
    if (col.isNew) {
      sheet.setColumnWidth(col.col, col.width);
      if (col.wrap) data.setWrap(true);
    }
  }
  for (const cell of plan.cellRules) sheet.getRange(cell.row, cell.col).setDataValidation(buildRule(cell.rule));
  applyWrites(sheet, plan.writes);
  styleHeader(sheet, plan);
  if (sheet.getFrozenRows() < plan.headerRow) sheet.setFrozenRows(plan.headerRow);
  if (plan.isNew) sheet.setFrozenColumns(plan.frozenColumns);
  protectHeader(sheet, plan.headerRow);
  return sheet;
}

function styleHeader(sheet: Sheet, plan: SheetPlan): void {
  const newCols = plan.columns.filter((c) => c.isNew).map((c) => c.col);
  if (!plan.isNew && newCols.length === 0) return;
  const from = plan.isNew ? 1 : Math.min(...newCols);
  const header = sheet.getRange(plan.headerRow, from, 1, plan.lastColumn - from + 1);
  header.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true).setHorizontalAlignment('center').setVerticalAlignment('middle');
  if (plan.isNew) {
    sheet.getRange(1, 1, 1, plan.lastColumn).setFontWeight('bold').setFontSize(14).setFontColor('#ffffff').setBackground(TITLE_BACKGROUND);
  }
}

/** Header rows get a warning-only protection, once: staff can still edit, after a warning. */
function protectHeader(sheet: Sheet, headerRow: number): void {
  const protections = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
  if (protections.some((p) => p.getDescription() === PROTECTION_DESCRIPTION)) return;
  sheet.getRange(1, 1, headerRow, sheet.getMaxColumns()).protect().setDescription(PROTECTION_DESCRIPTION).setWarningOnly(true);
}

function buildRule(rule: ValidationRule): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(rule.allowInvalid).setHelpText(rule.help);
  return rule.kind === 'list'
    ? builder.requireValueInList([...rule.values], true).build()
    : builder.requireNumberGreaterThanOrEqualTo(rule.min).build();
}
