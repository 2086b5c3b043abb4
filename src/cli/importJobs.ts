import type ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import type { JobResult } from '../core/api';
import { describeImport } from '../core/import/describe';
import { importSettings, missingForImport, planImport } from '../core/import/intoWorkbook';
import type { ParsedPlan } from '../core/import/parsePlan';
import { CliError } from './args';
import { docxText } from './docxText';
import { scaffoldXlsx } from './workbookJobs';
import { applyWritesXlsx, snapshotSourceOf } from './xlsx';

/** The plan's text from a Word file (.docx) or a text file (.txt, .md: text extracted from a PDF or pasted). */
export async function readPlanText(path: string): Promise<string> {
  if (!existsSync(path)) throw new CliError(`ไม่พบไฟล์ ${path}`);
  const data = await readFile(path);
  switch (extname(path).toLowerCase()) {
    case '.docx':
      try {
        return await docxText(data);
      } catch (e) {
        throw new CliError(`อ่านไฟล์ Word ${path} ไม่ได้: ${(e as Error).message}`);
      }
    case '.txt':
    case '.md':
    case '.text':
      return data.toString('utf8');
    default:
      throw new CliError(`อ่านได้เฉพาะไฟล์ .docx หรือ .txt (ข้อความที่คัดลอกจาก PDF): ${path}`);
  }
}

/** Imports a parsed plan into a workbook in memory, as the add-on does: scaffold if tabs are missing, then new rows only. */
export function importIntoXlsx(wb: ExcelJS.Workbook, parsed: ParsedPlan): JobResult {
  const scaffolded = missingForImport(snapshotSourceOf(wb)).length > 0;
  if (scaffolded) scaffoldXlsx(wb, importSettings(parsed));
  const plan = planImport(snapshotSourceOf(wb), parsed);
  for (const { sheet, writes } of plan.writes) applyWritesXlsx(wb.getWorksheet(sheet)!, writes);
  return describeImport(parsed, plan, scaffolded);
}
