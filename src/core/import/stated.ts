import { normaliseCode } from '../framework/framework';
import { toArabicDigits } from '../thai/digits';
import { isTableLine, type SourceLine } from './lines';
import { STATED } from './patterns';
import { problem, type ImportProblem } from './problems';

/**
 * The counts a document states about itself, so validation can compare them with what it
 * actually lists: the preface ("มิติที่ ๒ … จำนวน ๒๗ โครงการ", "รวมทั้งสิ้นจำนวน ๔๒ โครงการ")
 * and the summary table ("รวม มิติที่ 2 | 23", "รวมทั้งสิ้น | 42", and a count per code).
 */
export interface StatedFigure {
  readonly count: number;
  readonly line: number;
}

/** Keyed as the สรุป tab's rows are: "1"–"4", sub-dimension and item codes, "total". */
export type StatedCounts = Readonly<Record<string, StatedFigure>>;

export interface StatedFigures {
  readonly preface: StatedCounts;
  readonly table: StatedCounts;
}

const readCount = (digits: string) => Number(digits.replace(/,/g, ''));

/** Preface statements, before the first measure (later text may quote figures of its own). */
export function readPrefaceFigures(lines: readonly SourceLine[], before: number): StatedCounts {
  const out: Record<string, StatedFigure> = {};
  for (const line of lines) {
    if (line.no >= before || isTableLine(line)) continue;
    const dim = STATED.prefaceDimension.exec(line.key);
    if (dim) out[dim[1]] ??= { count: readCount(dim[2]), line: line.no };
    else {
      const total = STATED.prefaceTotal.exec(line.key);
      if (total) out.total ??= { count: readCount(total[1]), line: line.no };
    }
  }
  return out;
}

export interface SummaryTables {
  readonly table: StatedCounts;
  /** Lines that belong to summary tables (not measures' text). */
  readonly consumed: ReadonlySet<number>;
  readonly problems: readonly ImportProblem[];
}

/** "7", "๒๓" → the count; "-" → 0; anything else is not a count. */
function countToken(token: string): number | undefined {
  if (/^\d[\d,]*$/.test(token)) return readCount(token);
  return /^[-–—]$/.test(token) ? 0 : undefined;
}

/**
 * Summary tables as converters leave them: a title line, then rows of tab-separated cells,
 * the count column found by its header ("จำนวน…") counting from the right (merged cells
 * drop out on the left). A flattened row holds several codes in one cell and as many counts
 * in the count cell ("2.1 … 2.1.1 … 2.1.2 …" | "3 1 1"): they pair up in order.
 */
export function readSummaryTables(lines: readonly SourceLine[]): SummaryTables {
  const table: Record<string, StatedFigure> = {};
  const consumed = new Set<number>();
  const problems: ImportProblem[] = [];
  const state = (key: string, count: number, line: number) => {
    table[key] ??= { count, line };
  };
  let inTable = false;
  let countFromRight: number | undefined;
  for (const line of lines) {
    if (!isTableLine(line)) {
      inTable = STATED.tableTitle.test(line.key);
      countFromRight = undefined;
      continue;
    }
    if (!inTable) continue;
    consumed.add(line.no);
    const cells = line.cells.map((fragments) => fragments.map(toArabicDigits));
    const headerAt = cells.findIndex((fragments) => STATED.countHeader.test(fragments.join(' ')));
    if (headerAt >= 0) {
      countFromRight = cells.length - 1 - headerAt;
      continue;
    }
    const countAt = countFromRight === undefined ? -1 : cells.length - 1 - countFromRight;
    if (countAt < 1) continue;
    const counts = cells[countAt].filter((f) => f !== '').flatMap((f) => f.split(' ')).map(countToken);
    if (counts.length === 0 || counts.some((c) => c === undefined)) continue;
    const labels = cells.slice(0, countAt).map((fragments) => fragments.join(' ').trim());
    const dimTotal = labels.map((l) => STATED.dimensionTotal.exec(l)).find(Boolean);
    if (dimTotal) {
      state(dimTotal[1], counts[0]!, line.no);
      continue;
    }
    if (labels.some((l) => STATED.grandTotal.test(l))) {
      state('total', counts[0]!, line.no);
      continue;
    }
    const codes = labels.flatMap((l) => [...l.matchAll(STATED.codeInCell)].map((m) => normaliseCode(m[1])));
    if (codes.length === 0) continue;
    if (codes.length !== counts.length) {
      problems.push(problem('SUMMARY_ROW', line.no, `อ่านตารางสรุปแถวนี้ไม่ได้: มีรหัส ${codes.length} รายการ (${codes.join(', ')}) แต่มีตัวเลข ${counts.length} ค่า`, line.text));
      continue;
    }
    codes.forEach((code, i) => state(code, counts[i]!, line.no));
  }
  return { table, consumed, problems };
}
