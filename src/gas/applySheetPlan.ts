import {
  FONT_FAMILY, HEADER_BACKGROUND, PROTECTION_DESCRIPTION, TITLE_BACKGROUND,
} from '../core/workbook/layout';
import type { ColumnFormat, SheetPlan, ValidationRule } from '../core/workbook/sheetPlan';
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
  // Number formats first: "1.1" must land as text, not as the number 1.1. Neighbouring columns
  // that share a setting are set with one call, so a tab costs a handful of calls, not one per column.
  const rules = new RuleCache();
  const dataRange = (run: ColumnRun) => sheet.getRange(plan.firstDataRow, run.start, dataRows, run.count);
  for (const run of columnRuns(plan.columns, (c) => c.numberFormat)) dataRange(run).setNumberFormat(run.key);
  for (const run of columnRuns(plan.columns, (c) => c.validation && JSON.stringify(c.validation))) {
    dataRange(run).setDataValidation(rules.get(plan.columns.find((c) => c.col === run.start)!.validation!));
  }
  const fresh = plan.columns.filter((c) => c.isNew);
  for (const run of columnRuns(fresh, (c) => String(c.width))) sheet.setColumnWidths(run.start, run.count, Number(run.key));
  for (const run of columnRuns(fresh, (c) => (c.wrap ? 'wrap' : undefined))) dataRange(run).setWrap(true);
  for (const cell of plan.cellRules) sheet.getRange(cell.row, cell.col).setDataValidation(rules.get(cell.rule));
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

interface ColumnRun {
  readonly start: number;
  readonly count: number;
  readonly key: string;
}

/** Groups adjacent columns whose key is equal (undefined keys are skipped). */
function columnRuns(columns: readonly ColumnFormat[], keyOf: (c: ColumnFormat) => string | undefined): ColumnRun[] {
  const runs: { start: number; count: number; key: string }[] = [];
  for (const c of [...columns].sort((a, b) => a.col - b.col)) {
    const key = keyOf(c);
    if (key === undefined) continue;
    const last = runs[runs.length - 1];
    if (last && last.key === key && last.start + last.count === c.col) last.count++;
    else runs.push({ start: c.col, count: 1, key });
  }
  return runs;
}

/** Builds each distinct validation rule once per run. */
class RuleCache {
  private readonly built = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();

  get(rule: ValidationRule): GoogleAppsScript.Spreadsheet.DataValidation {
    const key = JSON.stringify(rule);
    let dv = this.built.get(key);
    if (!dv) {
      const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(rule.allowInvalid).setHelpText(rule.help);
      dv = rule.kind === 'list' ? builder.requireValueInList([...rule.values], true).build() : builder.requireNumberGreaterThanOrEqualTo(rule.min).build();
      this.built.set(key, dv);
    }
    return dv;
  }
}
