import { requireOption, type Args } from '../args';
import { runOnCopy } from '../copyJob';
import { roundOf, startRoundXlsx } from '../monitoringJobs';

/** `monitor --in FILE.xlsx --year 2567 --round 6 --out DIR`: adds the round's rows, writing a copy into DIR. */
export function monitorCommand(args: Args): Promise<number> {
  return runOnCopy(args, (wb) => {
    const { fiscalYear, round } = roundOf(wb, requireOption(args, 'year'), requireOption(args, 'round'));
    return startRoundXlsx(wb, fiscalYear, round);
  });
}
