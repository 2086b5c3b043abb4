/**
 * A folder of plan workbooks with known figures, for `overview`: plan i has the sample plan's
 * measures, each budgeted budgetOf(i) baht in every plan year, so every dimension's budget is its
 * count × budgetOf(i) × years. Some plans carry a monitoring round, a review, or a deliberate fault.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_PLAN } from '../../src/core/plan/sample';
import { planYears, type Measure } from '../../src/core/plan/model';
import { decideMeasure } from '../../src/core/review/decide';
import { REVIEW_SHEET } from '../../src/core/review/layout';
import { keyedRows, reviewWrites } from '../../src/core/review/reviewTab';
import { SHEET, budgetKey } from '../../src/core/workbook/layout';
import { readWorkbook } from '../../src/core/workbook/readPlan';
import { SETTINGS_VALUE_COL } from '../../src/core/workbook/settings';
import { parseA1 } from '../../src/core/workbook/a1';
import { sampleMonitoringXlsx } from '../../src/cli/monitoringJobs';
import { appendMeasuresXlsx, scaffoldXlsx } from '../../src/cli/workbookJobs';
import { applyWritesXlsx, newWorkbook, snapshotSourceOf } from '../../src/cli/xlsx';

export type Fault = 'none' | 'changedAfterApproval' | 'negativeBudget';

export interface GeneratedPlan {
  readonly file: string;
  readonly orgName: string;
  readonly budget: number; // per measure
  readonly measures: readonly Measure[];
  readonly monitored: boolean;
  readonly fault: Fault;
}

export const budgetOf = (i: number) => 100000 + 1000 * i;
const YEARS = planYears(SAMPLE_PLAN.settings);

export function planSpec(i: number): GeneratedPlan {
  const keep = SAMPLE_PLAN.measures.length - (i % 4);
  const measures = SAMPLE_PLAN.measures.slice(0, keep).map((m) => ({ ...m, budgets: Object.fromEntries(YEARS.map((y) => [y, budgetOf(i)])), details: { ...m.details, budgetText: '' } }));
  const fault: Fault = i % 7 === 3 ? 'changedAfterApproval' : i % 7 === 5 ? 'negativeBudget' : 'none';
  return { file: `แผน-${String(i).padStart(3, '0')}.xlsx`, orgName: `องค์การบริหารส่วนตำบลทดสอบ${i}`, budget: budgetOf(i), measures, monitored: i % 2 === 0, fault };
}

export async function writePlan(dir: string, spec: GeneratedPlan): Promise<void> {
  const settings = { ...SAMPLE_PLAN.settings, orgName: spec.orgName };
  const wb = newWorkbook();
  scaffoldXlsx(wb, settings);
  appendMeasuresXlsx(wb, settings, spec.measures);
  if (spec.monitored) sampleMonitoringXlsx(wb);
  const first = keyedRows(readWorkbook(snapshotSourceOf(wb)))[0].row;
  const budgetCell = parseA1(first.cells[budgetKey(settings.firstYear)]!)!;
  if (spec.fault === 'changedAfterApproval') {
    const wbRead = readWorkbook(snapshotSourceOf(wb));
    const settingsWs = wb.getWorksheet(SHEET.settings)!;
    settingsWs.getCell(wbRead.settings!.rows.reviewerName!, SETTINGS_VALUE_COL).value = 'ผู้ตรวจ ทดสอบ';
    const read = readWorkbook(snapshotSourceOf(wb));
    const write = decideMeasure(read, undefined, { key: keyedRows(read)[0].key, status: 'passed', comment: '', date: '1 มกราคม 2569' });
    if (!write.ok) throw new Error(write.message);
    applyWritesXlsx(wb.addWorksheet(REVIEW_SHEET), reviewWrites(undefined, write.row, write.cells));
    wb.getWorksheet(first.sheet)!.getCell(budgetCell.row, budgetCell.col).value = spec.budget + 1;
  }
  if (spec.fault === 'negativeBudget') wb.getWorksheet(first.sheet)!.getCell(budgetCell.row, budgetCell.col).value = -spec.budget;
  writeFileSync(join(dir, spec.file), new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** Per dimension: [count, budget] the overview must report for a plan. */
export function expectedDimensions(spec: GeneratedPlan): [number, number][] {
  return ([1, 2, 3, 4] as const).map((no) => {
    const mine = spec.measures.filter((m) => m.dimension === no);
    let budget = mine.length * spec.budget * YEARS.length;
    if (mine.length && no === spec.measures[0].dimension) {
      if (spec.fault === 'changedAfterApproval') budget += 1;
      if (spec.fault === 'negativeBudget') budget -= spec.budget; // a negative amount is invalid: not counted
    }
    return [mine.length, budget];
  });
}
