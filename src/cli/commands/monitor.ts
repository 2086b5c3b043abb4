import { mkdirSync } from 'node:fs';
import { requireOption, type Args } from '../args';
import { roundOf, startRoundXlsx } from '../monitoringJobs';
import { copyTarget, printJob } from '../output';
import { applyThaiFont, loadWorkbook, saveWorkbook } from '../xlsx';

/** `monitor --in FILE.xlsx --year 2567 --round 6 --out DIR`: adds the round's rows, writing a copy into DIR. */
export async function monitorCommand(args: Args): Promise<number> {
  const input = requireOption(args, 'in');
  const outDir = requireOption(args, 'out');
  const wb = await loadWorkbook(input);
  const { fiscalYear, round } = roundOf(wb, requireOption(args, 'year'), requireOption(args, 'round'));
  const result = startRoundXlsx(wb, fiscalYear, round);
  applyThaiFont(wb);
  mkdirSync(outDir, { recursive: true });
  const target = copyTarget(input, outDir);
  await saveWorkbook(wb, target);
  printJob(result);
  console.log(`บันทึกไฟล์: ${target}`);
  return 0;
}
