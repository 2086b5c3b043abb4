import { setFlagsFromString } from 'node:v8';
import { CliError, requireOption, type Args } from '../args';
import { blockedMessage, planDocumentBlockers } from '../../core/validate/blockers';
import { findingLine } from '../../core/validate/report';
import { validateInput, validationInput } from '../../core/validate/validate';
import type { SnapshotSource } from '../../core/workbook/scaffold';
import type { Plan } from '../../core/plan/model';
import { readPlanParts, type PlanParts } from '../../core/doc/templates/planParts';
import { calendarDate } from '../../core/thai/dates';
import { printWrittenDocs, writePlanDocuments } from '../docJobs';
import { loadEmblem } from '../emblem';
import { readSnapshotSource } from '../xlsx';
import { otherDocsCommand } from './otherDocs';

/** `docs --in FILE.xlsx --out DIR`: the measure documents and the whole plan as .docx, from the workbook's rows. */
export async function docsCommand(args: Args): Promise<number> {
  const kind = args.options.get('kind');
  if (kind !== undefined) return otherDocsCommand(args, kind);
  const input = requireOption(args, 'in');
  const outDir = requireOption(args, 'out');
  keepHeapNearLive();
  // Only the cell values are read (no exceljs workbook), and the snapshots go once the plan is read.
  const { plan, parts } = checkedPlan(await readSnapshotSource(input), input, args.switches.has('ignore-errors'));
  printWrittenDocs(await writePlanDocuments(plan, outDir, parts));
  return 0;
}

/** The plan with its emblem and what the whole plan prints around the measures, once validation lets the documents be made. */
function checkedPlan(source: SnapshotSource, input: string, ignoreErrors: boolean): { plan: Plan; parts: PlanParts } {
  // One reading of the plan for the documents and for validation.
  const reading = validationInput(source);
  const read = reading.workbook;
  if (read.plan.measures.length === 0) {
    const missing = read.missingSheets.length ? ` (ไม่พบแผ่นงาน: ${read.missingSheets.join(', ')})` : '';
    throw new CliError(`ไม่พบโครงการ/กิจกรรม/มาตรการในสมุดงาน ${input}${missing}`);
  }
  const blockers = planDocumentBlockers(validateInput(reading));
  if (blockers.length > 0 && !ignoreErrors) {
    throw new CliError([
      blockedMessage(blockers),
      ...blockers.flatMap(({ finding, harm }) => [findingLine(finding), `    ผลต่อเอกสาร: ${harm}`, `    วิธีแก้: ${finding.fix}`]),
      'หากต้องการสร้างเอกสารทั้งที่ยังมีข้อผิดพลาด (เช่น ฉบับร่างเพื่อตรวจทาน) ให้สั่งใหม่พร้อม --ignore-errors',
    ].join('\n'), 1);
  }
  const emblem = loadEmblem(source, input);
  if (blockers.length > 0) console.error(`คำเตือน: สร้างเอกสารทั้งที่ยังมีข้อผิดพลาด ${blockers.length} รายการที่ทำให้เนื้อหาผิด (--ignore-errors)`);
  const plan = { ...read.plan, emblem };
  return { plan, parts: readPlanParts(source, plan, calendarDate(new Date())) };
}

/**
 * V8 lets the heap grow to about four times what is live before it collects (the limit on a
 * machine with a few GB is 4 GB), and rendering thousands of documents makes garbage fast: the
 * 5,000-measure plan peaked at twice the memory it needed. Collecting once the heap has grown by
 * 30 % keeps it near what is live, for no measurable time. V8 reads this flag at each collection.
 */
function keepHeapNearLive(): void {
  setFlagsFromString('--heap-growing-percent=30');
}
