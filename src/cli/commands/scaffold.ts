import { mkdirSync } from 'node:fs';
import { requireOption, type Args } from '../args';
import { applyThaiFont, loadWorkbook, saveWorkbook } from '../xlsx';
import { scaffoldXlsx } from '../workbookJobs';
import { copyTarget, printJob } from '../output';

/** `scaffold --in FILE.xlsx --out DIR`: scaffold or repair a user's workbook, writing a copy into DIR. */
export async function scaffoldCommand(args: Args): Promise<number> {
  const input = requireOption(args, 'in');
  const outDir = requireOption(args, 'out');
  const wb = await loadWorkbook(input);
  const result = scaffoldXlsx(wb);
  applyThaiFont(wb);
  mkdirSync(outDir, { recursive: true });
  const target = copyTarget(input, outDir);
  await saveWorkbook(wb, target);
  printJob(result);
  console.log(`บันทึกไฟล์: ${target}`);
  return 0;
}
