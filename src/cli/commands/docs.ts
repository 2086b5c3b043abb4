import { CliError, requireOption, type Args } from '../args';
import { readWorkbook } from '../../core/workbook/readPlan';
import { printWrittenDocs, writePlanDocuments } from '../docJobs';
import { loadWorkbook, snapshotSourceOf } from '../xlsx';
import { otherDocsCommand } from './otherDocs';

/** `docs --in FILE.xlsx --out DIR`: the measure documents and the whole plan as .docx, from the workbook's rows. */
export async function docsCommand(args: Args): Promise<number> {
  const kind = args.options.get('kind');
  if (kind !== undefined) return otherDocsCommand(args, kind);
  const input = requireOption(args, 'in');
  const outDir = requireOption(args, 'out');
  const read = readWorkbook(snapshotSourceOf(await loadWorkbook(input)));
  if (read.plan.measures.length === 0) {
    const missing = read.missingSheets.length ? ` (ไม่พบแผ่นงาน: ${read.missingSheets.join(', ')})` : '';
    throw new CliError(`ไม่พบโครงการ/กิจกรรม/มาตรการในสมุดงาน ${input}${missing}`);
  }
  printWrittenDocs(await writePlanDocuments(read.plan, outDir));
  return 0;
}
