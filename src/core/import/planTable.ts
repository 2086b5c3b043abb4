import { readBudget } from '../thai/money';
import { cleanText, comparisonKey, splitLines } from '../thai/text';
import { isTableLine, type SourceLine } from './lines';
import { problem, type ImportProblem } from './problems';

/**
 * Per-year plan tables (ส่วนที่ ๒: มิติ | ภารกิจ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 … ปี 2570 |
 * หมายเหตุ): the budget of every measure in every year (the truth when a document has them) and its remark.
 * A header names two or more years and a โครงการ column; columns are located from the right,
 * because merged cells (the มิติ and ภารกิจ of the rows below) drop out on the left.
 */
export interface PlanTableRow {
  readonly line: number;
  readonly name: string;
  readonly budgets: Readonly<Record<number, number>>;
  /** The หมายเหตุ column, when the table has one. */
  readonly remark: string;
  readonly text: string;
}

export interface PlanTables {
  readonly rows: readonly PlanTableRow[];
  readonly consumed: ReadonlySet<number>;
  readonly problems: readonly ImportProblem[];
}

interface Header {
  readonly nameFromRight: number;
  readonly remarkFromRight?: number;
  readonly years: readonly { readonly year: number; readonly fromRight: number }[];
}

const YEAR_IN_HEADER = /(?:^|\D)(25\d\d)(?!\d)/;

function header(line: SourceLine): Header | undefined {
  const cells = line.cells.map((fragments) => fragments.join(' '));
  const last = cells.length - 1;
  const years: { year: number; fromRight: number }[] = [];
  cells.forEach((cell, i) => {
    const m = YEAR_IN_HEADER.exec(comparisonKey(cell));
    if (m && !years.some((y) => y.year === Number(m[1]))) years.push({ year: Number(m[1]), fromRight: last - i });
  });
  const nameAt = cells.findIndex((c) => /โครงการ|ชื่อ/.test(c));
  const remarkAt = cells.findIndex((c) => /หมายเหตุ/.test(c));
  if (years.length < 2 || nameAt < 0) return undefined;
  return { nameFromRight: last - nameAt, remarkFromRight: remarkAt >= 0 ? last - remarkAt : undefined, years };
}

export function readPlanTables(lines: readonly SourceLine[]): PlanTables {
  const rows: PlanTableRow[] = [];
  const consumed = new Set<number>();
  const problems: ImportProblem[] = [];
  let current: Header | undefined;
  for (const line of lines) {
    if (!isTableLine(line)) {
      current = undefined;
      continue;
    }
    const h = header(line);
    if (h) {
      current = h;
      consumed.add(line.no);
      continue;
    }
    if (!current) continue;
    consumed.add(line.no);
    const cells = line.cells.map((fragments) => fragments.join(' '));
    const at = (fromRight: number) => cells[cells.length - 1 - fromRight];
    const name = splitLines(at(current.nameFromRight) ?? '').join(' ');
    if (name === '' || /^รวม/.test(name)) continue;
    const readings = current.years.map((y) => ({ year: y.year, reading: readBudget(at(y.fromRight) ?? '') }));
    // A second header row ("งบประมาณ (บาท)" under every year) reads as text in every year.
    if (readings.every((r) => r.reading.kind === 'invalid')) continue;
    const unreadable = readings.filter((r) => r.reading.kind === 'invalid');
    if (unreadable.length > 0) {
      problems.push(problem('PLAN_TABLE_ROW', line.no, `อ่านงบประมาณปี ${unreadable.map((r) => r.year).join(', ')} ในตารางแผนไม่ได้`, line.text));
      continue;
    }
    const budgets: Record<number, number> = {};
    for (const { year, reading } of readings) if (reading.kind === 'amount') budgets[year] = reading.baht;
    const remark = current.remarkFromRight === undefined ? '' : cleanText(at(current.remarkFromRight));
    rows.push({ line: line.no, name, budgets, remark, text: line.text });
  }
  return { rows, consumed, problems };
}
