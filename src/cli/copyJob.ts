import type ExcelJS from 'exceljs';
import type { JobResult } from '../core/api';
import { requireOption, type Args } from './args';
import { copyTarget, printJob } from './output';
import { applyThaiFont, loadWorkbook, saveWorkbook } from './xlsx';
import { prepareOutDir } from './outDir';

/**
 * `--in FILE.xlsx --out DIR` jobs that change a workbook: run on the workbook in memory, then
 * write a copy into DIR. The user's file is never overwritten.
 */
export async function runOnCopy(args: Args, job: (wb: ExcelJS.Workbook) => JobResult): Promise<number> {
  const input = requireOption(args, 'in');
  const outDir = requireOption(args, 'out');
  const wb = await loadWorkbook(input);
  const result = job(wb);
  applyThaiFont(wb);
  const target = await saveWorkbook(wb, copyTarget(input, prepareOutDir(outDir)));
  printJob(result);
  console.log(`บันทึกไฟล์: ${target}`);
  return result.ok ? 0 : 1;
}
