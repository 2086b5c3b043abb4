import { basename, extname, join } from 'node:path';
import { CliError, requireOption, type Args } from '../args';
import { describeProblem } from '../../core/import/problems';
import { parsePlan } from '../../core/import/parsePlan';
import { readWorkbook } from '../../core/workbook/readPlan';
import { safeFileName } from '../fileName';
import { importIntoXlsx, readPlanText } from '../importJobs';
import { copyTarget, printFigures, printJob } from '../output';
import { applyThaiFont, loadWorkbook, newWorkbook, saveWorkbook, snapshotSourceOf } from '../xlsx';
import { prepareOutDir } from '../outDir';

/**
 * `import --in plan.docx|plan.txt --out DIR [--into FILE.xlsx]`: an existing plan document into
 * a new workbook, or into a copy of the user's (new rows only), written into DIR.
 */
export async function importCommand(args: Args): Promise<number> {
  const input = requireOption(args, 'in');
  const outDir = requireOption(args, 'out');
  const into = args.options.get('into');
  const parsed = parsePlan(await readPlanText(input));
  if (parsed.measures.length === 0) {
    throw new CliError(['ไม่พบโครงการ/กิจกรรม/มาตรการในเอกสารนี้', ...parsed.problems.map(describeProblem)].join('\n'));
  }
  const wb = into ? await loadWorkbook(into) : newWorkbook();
  const result = importIntoXlsx(wb, parsed);
  applyThaiFont(wb);
  prepareOutDir(outDir);
  const target = await saveWorkbook(wb, into
    ? copyTarget(into, outDir)
    : join(outDir, `${safeFileName(`แผนป้องกันการทุจริต-${parsed.orgName || basename(input, extname(input))}`)}.xlsx`));
  printJob(result);
  console.log(`บันทึกสมุดงาน: ${target}`);
  printFigures(readWorkbook(snapshotSourceOf(wb)).plan);
  return result.ok ? 0 : 1;
}
