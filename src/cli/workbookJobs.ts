import type ExcelJS from 'exceljs';
import type { JobResult } from '../core/api';
import type { Measure, PlanSettings } from '../core/plan/model';
import { planAppendMeasures } from '../core/workbook/appendMeasures';
import { planWrites } from '../core/workbook/grid';
import { locateColumns } from '../core/workbook/headers';
import { HEADER_ROW, type ColumnSpec } from '../core/workbook/layout';
import { planScaffold } from '../core/workbook/scaffold';
import { describeScaffold } from '../core/workbook/scaffoldReport';
import { lookAlikeRenames } from '../core/workbook/sheetNames';
import { DEFAULT_SETTINGS } from '../core/workbook/settings';
import { appendRecordCells } from '../core/workbook/tablePlan';
import { applySheetPlanXlsx, applyWritesXlsx, snapshotOf, snapshotSourceOf } from './xlsx';

/** Scaffolds or repairs a workbook in place (in memory), as the add-on's menu item does. */
export function scaffoldXlsx(wb: ExcelJS.Workbook, initial: PlanSettings = DEFAULT_SETTINGS): JobResult {
  // Look-alike tab names first, so the plan sees the person's rows instead of planning a new tab.
  const renames = lookAlikeRenames(wb.worksheets.map((ws) => ws.name));
  for (const { from, to } of renames) wb.getWorksheet(from)!.name = to;
  const plans = planScaffold(snapshotSourceOf(wb), initial);
  for (const plan of plans) applySheetPlanXlsx(wb, plan);
  return describeScaffold(plans, renames);
}

/** Appends measures under the existing rows of their dimension tabs; returns how many went where. */
export function appendMeasuresXlsx(wb: ExcelJS.Workbook, settings: PlanSettings, measures: readonly Measure[]): { sheet: string; count: number }[] {
  const plans = planAppendMeasures(snapshotSourceOf(wb), settings, measures);
  for (const p of plans) applyWritesXlsx(wb.getWorksheet(p.sheet)!, p.writes);
  return plans.map(({ sheet, count }) => ({ sheet, count }));
}

/** Types records below the last typed row of a one-table tab, only into empty cells, as an officer would. */
export function appendRecordsXlsx<K extends string>(
  wb: ExcelJS.Workbook,
  sheet: string,
  specs: readonly ColumnSpec<K>[],
  inputKeys: readonly K[],
  records: readonly Partial<Record<K, unknown>>[],
): void {
  const ws = wb.getWorksheet(sheet)!;
  const snap = snapshotOf(ws);
  const columns = locateColumns(snap.values[HEADER_ROW - 1] ?? [], specs);
  applyWritesXlsx(ws, planWrites(snap, appendRecordCells(snap, columns, inputKeys, records)));
}
