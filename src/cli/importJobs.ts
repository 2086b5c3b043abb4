import type ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import type { JobResult } from '../core/api';
import { describeImport } from '../core/import/describe';
import { importSettings, missingForImport, planImport } from '../core/import/intoWorkbook';
import type { ParsedPlan } from '../core/import/parsePlan';
import { CliError } from './args';
import { docxText } from './docxText';
import { fileKind, wrongKindMessage } from './fileKind';
import { decodeText, detectEncoding } from './textEncoding';
import { scaffoldXlsx } from './workbookJobs';
import { applyWritesXlsx, snapshotSourceOf } from './xlsx';

/** The plan's text from a Word file (.docx) or a text file (.txt, .md: text extracted from a PDF or pasted). */
export async function readPlanText(path: string): Promise<string> {
  if (!existsSync(path)) throw new CliError(`ไม่พบไฟล์ ${path}`);
  const data = await readFile(path);
  const kind = await fileKind(data);
  if (kind === 'docx') {
    try {
      return await docxText(data);
    } catch (e) {
      throw new CliError(`อ่านไฟล์ Word ${path} ไม่ได้: ${(e as Error).message}`);
    }
  }
  if (kind !== 'text') throw new CliError(wrongKindMessage(path, kind, 'plan'));
  const encoding = detectEncoding(data);
  if (!encoding) {
    throw new CliError(`อ่านไฟล์ข้อความ ${path} ไม่ได้: ไม่รู้จักการเข้ารหัสอักขระ (รองรับ UTF-8, UTF-16 และ TIS-620/Windows-874) ให้เปิดไฟล์แล้วบันทึกเป็น UTF-8`);
  }
  return decodeText(data, encoding);
}

/** Imports a parsed plan into a workbook in memory, as the add-on does: scaffold if tabs are missing, then new rows only. */
export function importIntoXlsx(wb: ExcelJS.Workbook, parsed: ParsedPlan): JobResult {
  const scaffolded = missingForImport(snapshotSourceOf(wb)).length > 0;
  if (scaffolded) scaffoldXlsx(wb, importSettings(parsed));
  const plan = planImport(snapshotSourceOf(wb), parsed);
  for (const { sheet, writes } of plan.writes) applyWritesXlsx(wb.getWorksheet(sheet)!, writes);
  return describeImport(parsed, plan, scaffolded);
}
