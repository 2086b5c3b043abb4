import { requireOption, type Args } from '../args';
import { calendarDate, formatThaiDate } from '../../core/thai/dates';
import { countFindings, countLine, findingLine } from '../../core/validate/report';
import { validateWorkbook } from '../../core/validate/validate';
import { markWorkbookXlsx } from '../markXlsx';
import { copyTarget } from '../output';
import { loadWorkbook, readSnapshotSource, saveWorkbook, snapshotSourceOf } from '../xlsx';
import { prepareOutDir } from '../outDir';

/**
 * `validate --in FILE.xlsx [--out DIR] [--json]`: one line per finding, then the counts (or the
 * findings as JSON); with --out, a marked-up copy in DIR. Exit 1 with errors, 0 without, 2
 * when the file cannot be read.
 */
export async function validateCommand(args: Args): Promise<number> {
  const input = requireOption(args, 'in');
  const outDir = args.options.get('out');
  const json = args.switches.has('json');
  // The marked-up copy needs the whole workbook; the findings alone need only its values (less memory, faster).
  const wb = outDir === undefined ? undefined : await loadWorkbook(input);
  const findings = validateWorkbook(wb ? snapshotSourceOf(wb) : await readSnapshotSource(input));
  if (json) {
    console.log(JSON.stringify(findings.map(({ severity, code, sheet, cell, message, fix }) => ({ severity, code, sheet, cell, message, fix })), null, 2));
  } else {
    for (const f of findings) {
      console.log(findingLine(f));
      if (f.fix) console.log(`    วิธีแก้: ${f.fix}`);
    }
    console.log(countLine(findings));
  }
  if (outDir !== undefined && wb) {
    const now = new Date();
    markWorkbookXlsx(wb, findings, `${formatThaiDate(calendarDate(now), 'arabic')} ${now.toTimeString().slice(0, 5)} น.`);
    const target = await saveWorkbook(wb, copyTarget(input, prepareOutDir(outDir)));
    // With --json, stdout carries the JSON alone.
    (json ? console.error : console.log)(`บันทึกไฟล์ที่ทำเครื่องหมายแล้ว: ${target}`);
  }
  return countFindings(findings).errors > 0 ? 1 : 0;
}
