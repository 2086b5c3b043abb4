import { CliError, requireOption, type Args } from '../args';
import { readRound } from '../../core/monitoring/period';
import { ABOUT_CHOICES, KIND_CHOICES, readChoice } from '../../core/otherDocs/request';
import { calendarDate, fiscalYearOf } from '../../core/thai/dates';
import { readThaiDate } from '../../core/thai/readDate';
import { readYear } from '../../core/workbook/settings';
import { printWrittenFiles, writeOtherDocs } from '../otherDocJobs';
import { loadEmblem } from '../emblem';
import { printJob } from '../output';
import { loadWorkbook, snapshotSourceOf } from '../xlsx';

const keys = (choices: readonly { key: string }[]) => choices.map((c) => c.key).join('|');

/**
 * `docs --kind integrity|announcement|memo|risk|appendix --in FILE.xlsx --out DIR [--year 2567]
 * [--about plan|integrity|monitoring] [--round 6|12] [--date 2567-04-01]`: the documents around
 * the plan as .docx, the same trees the add-on renders into Google Docs. Re-running overwrites them.
 */
export async function otherDocsCommand(args: Args, kindText: string): Promise<number> {
  const kind = readChoice(kindText, KIND_CHOICES);
  if (!kind) throw new CliError(`--kind ต้องเป็น ${keys(KIND_CHOICES)} (ได้ "${kindText}")`);
  const input = requireOption(args, 'in');
  const outDir = requireOption(args, 'out');
  const today = dateOption(args.options.get('date'));
  const yearText = args.options.get('year');
  const fiscalYear = yearText === undefined ? fiscalYearOf(today) : readYear(yearText);
  if (fiscalYear === undefined) throw new CliError(`--year ต้องเป็นปีงบประมาณ พ.ศ. ๔ หลัก เช่น 2567 (ได้ "${yearText}")`);
  const aboutText = args.options.get('about');
  const about = aboutText === undefined ? undefined : readChoice(aboutText, ABOUT_CHOICES);
  if (aboutText !== undefined && !about) throw new CliError(`--about ต้องเป็น ${keys(ABOUT_CHOICES)} (ได้ "${aboutText}")`);
  const roundText = args.options.get('round');
  const round = roundText === undefined ? undefined : readRound(roundText);
  if (roundText !== undefined && !round) throw new CliError(`--round ต้องเป็น 6 หรือ 12 (ได้ "${roundText}")`);
  const source = snapshotSourceOf(await loadWorkbook(input));
  const { built, paths } = await writeOtherDocs(source, { kind, fiscalYear, about, round, today, emblem: loadEmblem(source, input) }, outDir);
  printJob(built);
  printWrittenFiles(paths);
  return 0;
}

/** --date (the memo's วันที่, the announcement's when none is typed): any date a Thai office types; today when absent. */
export function dateOption(value: string | undefined) {
  if (value === undefined) return calendarDate(new Date());
  const date = readThaiDate(value);
  if (!date) throw new CliError(`--date อ่านเป็นวันที่ไม่ได้ (ได้ "${value}") ตัวอย่าง: 2567-04-01 หรือ 1/4/2567`);
  return date;
}
