import type { JobResult } from '../core/api';
import { planScaffold } from '../core/workbook/scaffold';
import { describeScaffold } from '../core/workbook/scaffoldReport';
import { lookAlikeRenames, type TabRename } from '../core/workbook/sheetNames';
import type { SheetPlan } from '../core/workbook/sheetPlan';
import { applySheetPlan } from './applySheetPlan';
import { withDocumentLock } from './lock';
import { snapshotSource } from './sheetsIO';

/** สร้าง/ปรับโครงแผน: reads every tab once, plans in core, applies per tab. Safe to re-run. */
export function scaffoldWorkbook(): JobResult {
  return withDocumentLock('ปรับโครงแผน', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const renames = renameLookAlikeTabs(ss);
    const plans = planScaffold(snapshotSource(ss));
    applyScaffold(ss, plans);
    return describeScaffold(plans, renames);
  });
}

/**
 * Gives a tab whose name only looks like a plan tab's (a non-breaking space, Thai digits) the plan
 * name, before planning, so scaffold fills the person's tab instead of adding a look-alike beside it.
 */
export function renameLookAlikeTabs(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): TabRename[] {
  const sheets = ss.getSheets();
  const renames = lookAlikeRenames(sheets.map((s) => s.getName()));
  for (const { from, to } of renames) sheets.find((s) => s.getName() === from)!.setName(to);
  return renames;
}

/** Applies a scaffold plan tab by tab (also what an import does first in a workbook that lacks tabs). */
export function applyScaffold(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, plans: readonly SheetPlan[]): void {
  for (const plan of plans) {
    ss.toast(`กำลังจัดแผ่นงาน ${plan.name}…`, 'Sujarit', 5);
    applySheetPlan(ss, plan);
  }
}
