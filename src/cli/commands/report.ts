import { requireOption, type Args } from '../args';
import { printReport, roundOf, writeMonitoringReport } from '../monitoringJobs';
import { calendarDate } from '../../core/thai/dates';
import { loadWorkbook } from '../xlsx';

/** `report --in FILE.xlsx --year 2567 --round 6 --out DIR`: the round's monitoring report as .docx in DIR. */
export async function reportCommand(args: Args): Promise<number> {
  const input = requireOption(args, 'in');
  const outDir = requireOption(args, 'out');
  const wb = await loadWorkbook(input);
  const { fiscalYear, round } = roundOf(wb, requireOption(args, 'year'), requireOption(args, 'round'));
  printReport(await writeMonitoringReport(wb, fiscalYear, round, outDir, calendarDate(new Date())));
  return 0;
}
