import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import type { JobResult } from '../core/api';
import { ANNOUNCEMENT_COLUMNS, ANNOUNCEMENT_INPUT_KEYS } from '../core/announcement/layout';
import { SAMPLE_ANNOUNCEMENT_ROWS, SAMPLE_ANNOUNCEMENT_YEAR } from '../core/announcement/sampleAnnouncement';
import { INTEGRITY_COLUMNS, INTEGRITY_INPUT_KEYS } from '../core/integrity/layout';
import { SAMPLE_INTEGRITY_ROWS, SAMPLE_INTEGRITY_YEAR } from '../core/integrity/sampleIntegrity';
import { SAMPLE_PROGRESS_ROUND, SAMPLE_PROGRESS_YEAR } from '../core/monitoring/sampleProgress';
import { buildOtherDocs, type OtherDocRequest, type OtherDocsBuild } from '../core/otherDocs/build';
import type { PngImage } from '../core/image/pngImage';
import type { CalendarDate } from '../core/thai/dates';
import { SHEET } from '../core/workbook/layout';
import type { SnapshotSource } from '../core/workbook/scaffold';
import { CliError } from './args';
import { writeDocx } from './docx/renderDocx';
import { safeFileName } from './fileName';
import { appendRecordsXlsx } from './workbookJobs';
import { snapshotSourceOf } from './xlsx';
import { prepareOutDir } from './outDir';
import { RISK_COLUMNS, RISK_INPUT_KEYS } from '../core/risk/layout';
import { COMMITTEE_COLUMNS, COMMITTEE_INPUT_KEYS } from '../core/appendix/layout';
import { SAMPLE_COMMITTEE_ROWS } from '../core/appendix/sampleCommittee';
import { SAMPLE_RISK_ROWS, SAMPLE_RISK_YEAR } from '../core/risk/sampleRisks';

/** The documents around the plan over an .xlsx workbook, as src/gas/ writes them into Google Docs. */

type BuiltOtherDocs = Extract<OtherDocsBuild, { ok: true }>;

/**
 * Builds the documents `request` asks for from the workbook and writes each as .docx into `dir`,
 * named by its title (running again replaces them unless a person edited them); a Thai error when they cannot be built.
 */
export async function writeOtherDocs(read: SnapshotSource, request: OtherDocRequest, dir: string): Promise<{ readonly built: BuiltOtherDocs; readonly paths: readonly string[] }> {
  const built = buildOtherDocs(read, request);
  if (!built.ok) throw new CliError([built.message, ...built.details].join('\n'), 1);
  prepareOutDir(dir);
  const paths: string[] = [];
  for (const doc of built.docs) paths.push(await writeDocx(doc.tree, join(dir, `${safeFileName(doc.tree.title)}.docx`)));
  return { built, paths };
}

export function printWrittenFiles(paths: readonly string[]): void {
  for (const path of paths) console.log(`บันทึกไฟล์: ${path}`);
}

/** The demo's officer: types the sample integrity measures (with their results), announcement, risk assessment and plan committee into their tabs. */
export function sampleAroundPlanXlsx(wb: ExcelJS.Workbook): JobResult {
  appendRecordsXlsx(wb, SHEET.integrity, INTEGRITY_COLUMNS, INTEGRITY_INPUT_KEYS, SAMPLE_INTEGRITY_ROWS);
  appendRecordsXlsx(wb, SHEET.announcement, ANNOUNCEMENT_COLUMNS, ANNOUNCEMENT_INPUT_KEYS, SAMPLE_ANNOUNCEMENT_ROWS);
  appendRecordsXlsx(wb, SHEET.risk, RISK_COLUMNS, RISK_INPUT_KEYS, SAMPLE_RISK_ROWS);
  appendRecordsXlsx(wb, SHEET.committee, COMMITTEE_COLUMNS, COMMITTEE_INPUT_KEYS, SAMPLE_COMMITTEE_ROWS);
  return {
    ok: true,
    message: 'กรอกตัวอย่างเอกสารประกอบแผน',
    details: [
      `${SHEET.integrity}: ปีงบประมาณ ${SAMPLE_INTEGRITY_YEAR} ${SAMPLE_INTEGRITY_ROWS.length} มาตรการ/แนวทางการปฏิบัติ พร้อมผลการดำเนินการ`,
      `${SHEET.announcement}: ปีงบประมาณ ${SAMPLE_ANNOUNCEMENT_YEAR} ${SAMPLE_ANNOUNCEMENT_ROWS.length} ข้อ`,
      `${SHEET.risk}: ปีงบประมาณ ${SAMPLE_RISK_YEAR} ${SAMPLE_RISK_ROWS.length} ประเด็นความเสี่ยง พร้อมผลการจัดการ`,
      `${SHEET.committee}: ${SAMPLE_COMMITTEE_ROWS.length} คน`,
    ],
  };
}

/**
 * The demo's documents around the plan, as `docs --kind …` writes them: the 2567 integrity
 * measures and their results report, the announcement, and the memo submitting the monitoring
 * report of the sample round. Returns the files written.
 */
export async function writeSampleOtherDocs(wb: ExcelJS.Workbook, dir: string, today: CalendarDate, emblem?: PngImage): Promise<string[]> {
  const requests: readonly OtherDocRequest[] = [
    { kind: 'integrity', fiscalYear: SAMPLE_INTEGRITY_YEAR, today },
    { kind: 'announcement', fiscalYear: SAMPLE_ANNOUNCEMENT_YEAR, today },
    { kind: 'risk', fiscalYear: SAMPLE_RISK_YEAR, today },
    { kind: 'appendix', fiscalYear: SAMPLE_RISK_YEAR, today },
    { kind: 'memo', about: 'monitoring', fiscalYear: SAMPLE_PROGRESS_YEAR, round: SAMPLE_PROGRESS_ROUND, today },
  ];
  const read = snapshotSourceOf(wb);
  const paths: string[] = [];
  for (const request of requests) paths.push(...(await writeOtherDocs(read, { ...request, emblem }, dir)).paths);
  return paths;
}
