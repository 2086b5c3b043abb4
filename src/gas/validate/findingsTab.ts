import type { Finding } from '../../core/validate/finding';
import { FINDINGS_COLUMNS, FINDINGS_LINK_COL, FINDINGS_TAB_COLOR, findingsRows, findingsTitle, sheetsLinkFormula } from '../../core/validate/findingsSheet';
import { MARK_BACKGROUND } from '../../core/validate/marks';
import { countLine } from '../../core/validate/report';
import { FONT_FAMILY, HEADER_BACKGROUND, SHEET, TITLE_ROW } from '../../core/workbook/layout';
import { ensureSize } from '../sheetsIO';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Rewrites the ผลการตรวจสอบ tab (it belongs to Sujarit): old rows cleared in one call, the new
 * ones written in one setValues, the severity column coloured in one call. Each ช่อง cell is a
 * HYPERLINK to the offending cell (#gid=…&range=…), so a click selects it.
 */
export function writeFindingsTab(ss: Spreadsheet, findings: readonly Finding[], checkedAt: string): void {
  const gids = new Map(ss.getSheets().map((s) => [s.getName(), s.getSheetId()] as const));
  const width = FINDINGS_COLUMNS.length;
  const existing = ss.getSheetByName(SHEET.findings);
  const sheet = existing ?? ss.insertSheet(SHEET.findings);
  const rows = [
    [findingsTitle(countLine(findings), checkedAt), ...Array(width - 1).fill('')],
    ...findingsRows(findings, (f) => sheetsLinkFormula(f, gids.get(f.sheet))),
  ];
  const oldRows = existing ? sheet.getLastRow() : 0;
  ensureSize(sheet, rows.length, width);
  if (oldRows > rows.length) sheet.getRange(rows.length + 1, 1, oldRows - rows.length, width).clearContent();
  sheet.getRange(TITLE_ROW, 1, rows.length, width).setValues(rows);
  const severityRows = Math.max(oldRows, rows.length) - 2;
  if (severityRows > 0) {
    const colours = Array.from({ length: severityRows }, (_, i) => [findings[i] ? MARK_BACKGROUND[findings[i].severity] : '#ffffff']);
    sheet.getRange(3, 1, severityRows, 1).setBackgrounds(colours);
  }
  if (!existing) layOut(sheet, width);
}

/** First run only: the look of the tab. Later runs keep whatever the user changed. */
function layOut(sheet: GoogleAppsScript.Spreadsheet.Sheet, width: number): void {
  sheet.setTabColor(FINDINGS_TAB_COLOR);
  sheet.getRange(1, 1, sheet.getMaxRows(), width).setFontFamily(FONT_FAMILY).setVerticalAlignment('top').setWrap(true);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setFontSize(13);
  sheet.getRange(2, 1, 1, width).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  FINDINGS_COLUMNS.forEach((c, i) => sheet.setColumnWidth(i + 1, c.width));
  sheet.getRange(3, FINDINGS_LINK_COL, sheet.getMaxRows() - 2, 1).setWrap(false);
  sheet.setFrozenRows(2);
}
