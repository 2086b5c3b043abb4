import { basename, join, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { requireOption, type Args } from '../args';
import { applyThaiFont, loadWorkbook, saveWorkbook } from '../xlsx';
import { scaffoldXlsx } from '../workbookJobs';
import { printJob } from '../output';

/** `scaffold --in FILE.xlsx --out DIR`: scaffold or repair a user's workbook, writing a copy into DIR. */
export async function scaffoldCommand(args: Args): Promise<number> {
  const input = requireOption(args, 'in');
  const outDir = requireOption(args, 'out');
  const wb = await loadWorkbook(input);
  const result = scaffoldXlsx(wb);
  applyThaiFont(wb);
  mkdirSync(outDir, { recursive: true });
  let target = join(outDir, basename(input));
  // Never replace the user's original: a copy beside it gets its own name.
  if (resolve(target) === resolve(input)) target = target.replace(/\.xlsx$/i, '') + '-sujarit.xlsx';
  await saveWorkbook(wb, target);
  printJob(result);
  console.log(`บันทึกไฟล์: ${target}`);
  return 0;
}
