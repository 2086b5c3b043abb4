import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import type { JobResult, MonitoringRound } from '../core/api';
import { monitoringReport } from '../core/doc/templates/monitoringReport';
import type { DocumentTree } from '../core/doc/tree';
import { planFillProgress } from '../core/monitoring/fillProgress';
import { ROUND_LABEL } from '../core/monitoring/period';
import { readMonitoringSheet, rowsOfRound } from '../core/monitoring/read';
import { roundRequest } from '../core/monitoring/request';
import { monitoringRules } from '../core/monitoring/rules';
import { describeRound, planMonitoringRound } from '../core/monitoring/round';
import { SAMPLE_PROGRESS, SAMPLE_PROGRESS_ROUND, SAMPLE_PROGRESS_YEAR, type SampleProgress } from '../core/monitoring/sampleProgress';
import type { CalendarDate } from '../core/thai/dates';
import { SEVERITY_LABEL, type Finding } from '../core/validate/finding';
import { validateWorkbook } from '../core/validate/validate';
import { EMPTY_SNAPSHOT } from '../core/workbook/grid';
import { SHEET } from '../core/workbook/layout';
import { readWorkbook } from '../core/workbook/readPlan';
import { CliError } from './args';
import { writeDocx } from './docx/renderDocx';
import { safeFileName } from './fileName';
import { applySheetPlanXlsx, applyWritesXlsx, snapshotSourceOf } from './xlsx';
import { prepareOutDir } from './outDir';

/** The ติดตามผล jobs over an .xlsx workbook, as src/gas/monitoring does over a spreadsheet. */

/** --year and --round as typed, checked against the workbook's plan years; a Thai error otherwise. */
export function roundOf(wb: ExcelJS.Workbook, year: string | undefined, round: string | undefined): { fiscalYear: number; round: MonitoringRound } {
  const request = roundRequest(readWorkbook(snapshotSourceOf(wb)).plan.settings, year, round);
  if (!request.ok) throw new CliError(request.message);
  return request;
}

export function startRoundXlsx(wb: ExcelJS.Workbook, fiscalYear: number, round: MonitoringRound): JobResult {
  const read = snapshotSourceOf(wb);
  const roundPlan = planMonitoringRound(readWorkbook(read).plan, read(SHEET.monitoring), fiscalYear, round);
  applySheetPlanXlsx(wb, roundPlan.sheetPlan);
  return describeRound(roundPlan);
}

/** Types progress into a round's rows (the demo's officer); returns how many rows got some. */
export function fillProgressXlsx(wb: ExcelJS.Workbook, fiscalYear: number, round: MonitoringRound, progress: readonly SampleProgress[]): number {
  const ws = wb.getWorksheet(SHEET.monitoring);
  if (!ws) return 0;
  const { writes, filled } = planFillProgress(snapshotSourceOf(wb)(SHEET.monitoring)!, fiscalYear, round, progress);
  applyWritesXlsx(ws, writes);
  return filled;
}

/** The demo's officer: starts ปีงบประมาณ 2567 รอบ 6 เดือน and types the sample progress into it. */
export function sampleMonitoringXlsx(wb: ExcelJS.Workbook): JobResult {
  const result = startRoundXlsx(wb, SAMPLE_PROGRESS_YEAR, SAMPLE_PROGRESS_ROUND);
  const filled = fillProgressXlsx(wb, SAMPLE_PROGRESS_YEAR, SAMPLE_PROGRESS_ROUND, SAMPLE_PROGRESS);
  return { ...result, details: [...result.details, `กรอกผลการดำเนินงานตัวอย่างแล้ว ${filled} รายการ ที่เหลือยังเป็น “รอรายงานผล”`] };
}

export interface ReportBuild {
  readonly tree: DocumentTree;
  readonly rows: number;
  /** What the monitoring rules find in the tab: printed beside the report, never blocking it. */
  readonly findings: readonly Finding[];
}

/** Builds the round's report and writes it as .docx into `dir`; returns where, with what the rules found. */
export async function writeMonitoringReport(wb: ExcelJS.Workbook, fiscalYear: number, round: MonitoringRound, dir: string, date: CalendarDate): Promise<ReportBuild & { readonly path: string }> {
  const report = monitoringReportXlsx(wb, fiscalYear, round, date);
  const path = await writeDocx(report.tree, join(prepareOutDir(dir), `${safeFileName(report.tree.title)}.docx`));
  return { ...report, path };
}

export function printReport(report: ReportBuild & { readonly path: string }): void {
  console.log(`${report.tree.title}: ${report.rows} รายการ → ${report.path}`);
  if (report.findings.length === 0) return;
  console.log(`ข้อควรแก้ในแผ่นงานติดตามผล ${report.findings.length} รายการ (รายงานสร้างแล้ว แก้แล้วสั่งใหม่ได้):`);
  for (const f of report.findings.slice(0, 20)) console.log(`  - [${SEVERITY_LABEL[f.severity]}] ${f.sheet}!${f.cell} ${f.message}`);
  if (report.findings.length > 20) console.log(`  … และอีก ${report.findings.length - 20} รายการ`);
}

export function monitoringReportXlsx(wb: ExcelJS.Workbook, fiscalYear: number, round: MonitoringRound, date: CalendarDate): ReportBuild {
  const read = snapshotSourceOf(wb);
  const { plan } = readWorkbook(read);
  const rows = rowsOfRound(readMonitoringSheet(read(SHEET.monitoring) ?? EMPTY_SNAPSHOT), fiscalYear, round);
  if (rows.length === 0) {
    throw new CliError(`ยังไม่มีรายการติดตามผลปีงบประมาณ ${fiscalYear} รอบ ${ROUND_LABEL[round]} ในไฟล์นี้ ให้สั่ง monitor --year ${fiscalYear} --round ${round} แล้วกรอกผลก่อน`);
  }
  const findings = validateWorkbook(read, [monitoringRules]);
  return { tree: monitoringReport({ plan, fiscalYear, round, rows, date }), rows: rows.length, findings };
}
