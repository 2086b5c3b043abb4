import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { requireOption, type Args } from '../args';
import { SAMPLE_PLAN } from '../../core/plan/sample';
import { applyThaiFont, newWorkbook, saveWorkbook } from '../xlsx';
import { appendMeasuresXlsx, scaffoldXlsx } from '../workbookJobs';
import { printFigures, printJob } from '../output';

export const DEMO_WORKBOOK = 'แผนป้องกันการทุจริต-ตัวอย่าง.xlsx';

/** `demo --out DIR`: the main job on the built-in sample plan (what `npm start` runs). */
export async function demoCommand(args: Args): Promise<number> {
  const outDir = requireOption(args, 'out');
  mkdirSync(outDir, { recursive: true });
  const plan = SAMPLE_PLAN;
  console.log(`Sujarit: แผนตัวอย่างของ${plan.settings.orgName} (พ.ศ. ${plan.settings.firstYear}–${plan.settings.lastYear})`);
  const wb = newWorkbook();
  printJob(scaffoldXlsx(wb, plan.settings));
  for (const { sheet, count } of appendMeasuresXlsx(wb, plan.settings, plan.measures)) console.log(`  - ${sheet}: เพิ่ม ${count} โครงการ/กิจกรรม/มาตรการ`);
  applyThaiFont(wb);
  const workbookPath = join(outDir, DEMO_WORKBOOK);
  await saveWorkbook(wb, workbookPath);
  console.log(`บันทึกสมุดงาน: ${workbookPath}`);
  printFigures(plan);
  return 0;
}
