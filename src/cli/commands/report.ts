import { requireOption, type Args } from '../args';
import { printReport, roundOf, writeMonitoringReport } from '../monitoringJobs';
import { loadWorkbook } from '../xlsx';
import { dateOption } from './otherDocs';

/**
 * `report --in FILE.xlsx --year 2567 --round 6 --out DIR [--date 2567-04-05]`: the round's
 * monitoring report as .docx in DIR, dated --date (today when absent) under the signatures.
 */
export async function reportCommand(args: Args): Promise<number> {
  const input = requireOption(args, 'in');
  const outDir = requireOption(args, 'out');
  const wb = await loadWorkbook(input);
  const { fiscalYear, round } = roundOf(wb, requireOption(args, 'year'), requireOption(args, 'round'));
  printReport(await writeMonitoringReport(wb, fiscalYear, round, outDir, dateOption(args.options.get('date'))));
  return 0;
}
