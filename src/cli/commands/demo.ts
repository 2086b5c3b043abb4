import { join } from 'node:path';
import { requireOption, type Args } from '../args';
import { SAMPLE_PLAN } from '../../core/plan/sample';
import { applyThaiFont, newWorkbook, saveWorkbook, snapshotSourceOf } from '../xlsx';
import { appendMeasuresXlsx, scaffoldXlsx } from '../workbookJobs';
import { printFigures, printJob } from '../output';
import { printWrittenDocs, writePlanDocuments } from '../docJobs';
import { readWorkbook } from '../../core/workbook/readPlan';
import { printReport, sampleMonitoringXlsx, writeMonitoringReport } from '../monitoringJobs';
import { printWrittenFiles, sampleAroundPlanXlsx, writeSampleOtherDocs } from '../otherDocJobs';
import { SAMPLE_PROGRESS_ROUND, SAMPLE_PROGRESS_YEAR } from '../../core/monitoring/sampleProgress';
import { roundPeriod } from '../../core/monitoring/period';
import { countLine } from '../../core/validate/report';
import { validateWorkbook } from '../../core/validate/validate';
import { prepareOutDir } from '../outDir';
import { loadEmblem } from '../emblem';
import { readPlanParts } from '../../core/doc/templates/planParts';

export const DEMO_WORKBOOK = 'แผนป้องกันการทุจริต-ตัวอย่าง.xlsx';
export const DEMO_DOCS = 'เอกสาร';

/** `demo --out DIR`: the main job on the built-in sample plan (what `npm start` runs). */
export async function demoCommand(args: Args): Promise<number> {
  const outDir = requireOption(args, 'out');
  prepareOutDir(outDir);
  const plan = SAMPLE_PLAN;
  console.log(`Sujarit: แผนตัวอย่างของ${plan.settings.orgName} (พ.ศ. ${plan.settings.firstYear}–${plan.settings.lastYear})`);
  const wb = newWorkbook();
  printJob(scaffoldXlsx(wb, plan.settings));
  for (const { sheet, count } of appendMeasuresXlsx(wb, plan.settings, plan.measures)) console.log(`  - ${sheet}: เพิ่ม ${count} โครงการ/กิจกรรม/มาตรการ`);
  printJob(sampleMonitoringXlsx(wb));
  printJob(sampleAroundPlanXlsx(wb));
  applyThaiFont(wb);
  const workbookPath = await saveWorkbook(wb, join(outDir, DEMO_WORKBOOK));
  console.log(`บันทึกสมุดงาน: ${workbookPath}`);
  console.log(`ตรวจสอบแผน: ${countLine(validateWorkbook(snapshotSourceOf(wb)))}`);
  printFigures(plan);
  // The documents come from the workbook's rows, as `docs` would read them back.
  // Dated inside the sample's round (its last day), not the day the demo runs: a report for
  // ปีงบประมาณ ๒๕๖๗ dated ๒๕๖๙ would look wrong on paper.
  const reportDate = roundPeriod(SAMPLE_PROGRESS_YEAR, SAMPLE_PROGRESS_ROUND).end;
  const read = snapshotSourceOf(wb);
  // The emblem as `docs` reads it: the sample leaves the cell blank (the built-in Garuda).
  const emblem = loadEmblem(read, workbookPath);
  const rowsPlan = { ...readWorkbook(read).plan, emblem };
  printWrittenDocs(await writePlanDocuments(rowsPlan, join(outDir, DEMO_DOCS), readPlanParts(read, rowsPlan, reportDate)));
  printReport(await writeMonitoringReport(wb, SAMPLE_PROGRESS_YEAR, SAMPLE_PROGRESS_ROUND, outDir, reportDate));
  printWrittenFiles(await writeSampleOtherDocs(wb, outDir, reportDate, emblem));
  return 0;
}
