import { normaliseCode } from '../framework/framework';
import type { DimensionNo } from '../framework/types';
import { toArabicDigits } from '../thai/digits';
import { readBudget } from '../thai/money';
import { cleanText, comparisonKey, splitLines } from '../thai/text';
import { isTableLine, type SourceLine } from './lines';
import { CODE_HEADING, DIMENSION_HEADING, MEASURE_HEADING, PART_HEADING, PLAN_TABLE } from './patterns';
import { problem, type ImportProblem } from './problems';
import type { StatedFigure } from './stated';
import type { Heading } from './structure';

/**
 * Per-year plan tables (ส่วนที่ ๒: มิติ | ภารกิจ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 … ปี 2570 |
 * หมายเหตุ): the budget of every measure in every year (the truth when a document has them),
 * its remark, and the dimension and ภารกิจ it is listed under. Two shapes:
 * - rows of tab-separated cells (Word, Google Docs): columns are located from the right,
 *   because merged cells (the มิติ and ภารกิจ of the rows below) drop out on the left;
 * - one cell per line (PDF text): "ปี ๒๕๖๖" / "งบประมาณ" / "(บาท)" header lines, then the
 *   dimension, ภารกิจ and name lines of each row followed by its amounts, one per line, an empty
 *   cell as an empty line.
 * Total rows ("รวม 17 โครงการ") give the count the table states per dimension.
 */
export interface PlanTableRow {
  readonly line: number;
  readonly name: string;
  /** Per year, when every year's cell could be told apart. */
  readonly budgets?: Readonly<Record<number, number>>;
  /** The amounts in order when empty cells were lost with the empty lines: which year each is, is not known. */
  readonly amounts?: readonly number[];
  readonly dimension?: DimensionNo;
  /** The ภารกิจ the table lists the row under, as printed. */
  readonly heading?: Heading;
  /** The หมายเหตุ column, when the table has one. */
  readonly remark: string;
  readonly text: string;
}

export interface PlanTables {
  readonly rows: readonly PlanTableRow[];
  readonly years: readonly number[];
  /** ภารกิจ cells as headings (evidence of the guideline). */
  readonly codeHeadings: readonly Heading[];
  /** "รวม 17 โครงการ" per dimension ("1"–"4"), "รวมทั้งสิ้น 50 โครงการ" as "total". */
  readonly totals: Readonly<Record<string, StatedFigure>>;
  /** A dimension's total row's amounts per year ("1"–"4"), where it prints them. */
  readonly totalBudgets: Readonly<Record<string, Readonly<Record<number, number>>>>;
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

/** A table's running number before a name ("3. โครงการ…", "(3)") is the table's, not part of the name. */
function tableName(text: string): string {
  return cleanText(text).replace(PLAN_TABLE.rowNumber, '');
}

class TableReader {
  readonly rows: PlanTableRow[] = [];
  readonly codeHeadings: Heading[] = [];
  readonly totals: Record<string, StatedFigure> = {};
  readonly totalBudgets: Record<string, Record<number, number>> = {};
  readonly consumed = new Set<number>();
  readonly problems: ImportProblem[] = [];
  years: number[] = [];
  dimension?: DimensionNo;
  heading?: Heading;

  /** A dimension or ภารกิจ cell; true when it was one. */
  place(text: string, line: number): boolean {
    const key = toArabicDigits(cleanText(text));
    const dim = DIMENSION_HEADING.exec(key);
    if (dim) {
      this.dimension = Number(dim[1]) as DimensionNo;
      this.heading = undefined;
      return true;
    }
    const code = CODE_HEADING.exec(key);
    if (code) {
      this.heading = { code: normaliseCode(code.slice(1, 4).filter(Boolean).join('.')), title: code[4], line };
      this.dimension = Number(code[1]) as DimensionNo;
      this.codeHeadings.push(this.heading);
      return true;
    }
    return false;
  }

  total(text: string, line: number, amounts?: Record<number, number>): boolean {
    const m = PLAN_TABLE.totalRow.exec(toArabicDigits(cleanText(text)));
    if (!m) return false;
    const key = m[1] ? 'total' : m[2] ?? (this.dimension !== undefined ? String(this.dimension) : undefined);
    if (key && m[3]) this.totals[key] ??= { count: Number(m[3].replace(/,/g, '')), line };
    if (key && key !== 'total' && amounts && Object.keys(amounts).length > 0) this.totalBudgets[key] ??= amounts;
    return true;
  }

  row(line: number, name: string, text: string, budgets: PlanTableRow['budgets'], amounts: number[] | undefined, remark = ''): void {
    this.rows.push({ line, name, budgets, amounts, dimension: this.dimension, heading: this.heading, remark, text });
  }

  /** Cells of a year column: amounts, "-" or empty; anything else is not an amount. */
  static amount(cell: string): { baht: number } | undefined {
    const reading = readBudget(cell);
    if (reading.kind === 'amount') return { baht: reading.baht };
    return reading.kind === 'none' ? { baht: 0 } : undefined;
  }
}

function readTabRows(lines: readonly SourceLine[], t: TableReader): void {
  let current: Header | undefined;
  for (const line of lines) {
    if (!isTableLine(line)) {
      current = undefined;
      continue;
    }
    const h = header(line);
    if (h) {
      current = h;
      t.years = h.years.map((y) => y.year);
      t.consumed.add(line.no);
      continue;
    }
    if (!current) continue;
    t.consumed.add(line.no);
    const cells = line.cells.map((fragments) => fragments.join(' '));
    const nameAt = cells.length - 1 - current.nameFromRight;
    const at = (fromRight: number) => cells[cells.length - 1 - fromRight];
    for (const cell of cells.slice(0, Math.max(0, nameAt))) for (const part of splitPlaces(cell)) t.place(part, line.no);
    const totalAmounts = () => {
      const out: Record<number, number> = {};
      for (const y of current!.years) {
        const reading = readBudget(at(y.fromRight) ?? '');
        if (reading.kind === 'amount') out[y.year] = reading.baht;
      }
      return out;
    };
    if (cells.some((c) => t.total(cleanText(c), line.no, totalAmounts()))) continue;
    const name = tableName(splitLines(at(current.nameFromRight) ?? '').join(' '));
    if (name === '' || /^รวม/.test(name)) continue;
    const readings = current.years.map((y) => ({ year: y.year, reading: readBudget(at(y.fromRight) ?? '') }));
    // A second header row ("งบประมาณ (บาท)" under every year) reads as text in every year.
    if (readings.every((r) => r.reading.kind === 'invalid')) continue;
    const unreadable = readings.filter((r) => r.reading.kind === 'invalid');
    if (unreadable.length > 0) {
      t.problems.push(problem('PLAN_TABLE_ROW', line.no, `อ่านงบประมาณปี ${unreadable.map((r) => r.year).join(', ')} ในตารางแผนไม่ได้`, line.text));
      continue;
    }
    const budgets: Record<number, number> = {};
    for (const { year, reading } of readings) if (reading.kind === 'amount') budgets[year] = reading.baht;
    const remark = current.remarkFromRight === undefined ? '' : cleanText(at(current.remarkFromRight));
    t.row(line.no, name, line.text, budgets, undefined, remark);
  }
}

/** "มิติที่ 2 … 2.1 … 2.1.1 …" in one merged cell: each place on its own. */
function splitPlaces(cell: string): string[] {
  return cleanText(cell).split(/\s(?=[1-4]\.\d{1,2}(?:\.\d{1,2})?\s)/);
}

/** A plain line that is a header cell of a one-cell-per-line table. */
const isHeaderCell = (key: string) => PLAN_TABLE.headerCell.test(key) || PLAN_TABLE.yearCell.test(key);

/**
 * One cell per line. A row starts at its name ("3. โครงการ…", or a running number alone on its
 * line and the name on the next); lines that start nothing go on the text before them (a name or
 * title cut by the column width); amounts follow. An empty cell is an empty line, so where the
 * empty lines are kept each amount's year is its place after the name.
 */
function readCellLines(lines: readonly SourceLine[], t: TableReader): void {
  for (let i = 0; i < lines.length; i++) {
    if (isTableLine(lines[i]) || !PLAN_TABLE.yearCell.test(lines[i].key)) continue;
    // A header: year cells among header cells, the โครงการ column before them.
    let start = i;
    while (start > 0 && i - start < 12 && !isTableLine(lines[start - 1]) && isHeaderCell(lines[start - 1].key)) start--;
    let end = i;
    const years: number[] = [];
    while (end < lines.length && !isTableLine(lines[end]) && isHeaderCell(lines[end].key)) {
      const y = PLAN_TABLE.yearCell.exec(lines[end].key);
      if (y && !years.includes(Number(y[1]))) years.push(Number(y[1]));
      end++;
    }
    if (years.length < 2 || !lines.slice(start, end).some((l) => /โครงการ/.test(l.key))) continue;
    for (let k = start; k < end; k++) t.consumed.add(lines[k].no);
    t.years = years;
    i = readCellBody(lines, end, years, t) - 1;
  }
}

type Piece = { kind: 'name' | 'place' | 'total'; text: string; first: SourceLine; last: SourceLine; amounts: { line: SourceLine; baht?: number }[] };

/**
 * Amounts at the end of a name's line, at most one per year ("2567" alone is a year in a
 * name, not an amount). Undefined when the line does not end with one.
 */
function trailingAmounts(text: string, years: number): { head: string; amounts: number[] } | undefined {
  const tokens = cleanText(text).split(' ');
  const amounts: number[] = [];
  let k = tokens.length;
  while (k > 1 && amounts.length < years) {
    const token = toArabicDigits(tokens[k - 1]);
    if (!PLAN_TABLE.amountCell.test(token) || /^25\d\d$/.test(token)) break;
    amounts.unshift(TableReader.amount(token)?.baht ?? 0);
    k--;
  }
  const head = tokens.slice(0, k).join(' ');
  return amounts.length > 0 && PLAN_TABLE.rowStart.test(toArabicDigits(head)) ? { head, amounts } : undefined;
}

/**
 * In a table that numbers its rows, a new row starts only at a number: a line starting with
 * "กิจกรรม…" under a numbered name still waiting for its amounts is the rest of that name.
 */
function continuesName(last: Piece | undefined, key: string, pieces: readonly Piece[]): boolean {
  if (!last || last.kind !== 'name' || last.amounts.length > 0 || PLAN_TABLE.rowNumber.test(key)) return false;
  const names = pieces.filter((p) => p.kind === 'name');
  return names.length >= 1 && names.every((p) => PLAN_TABLE.rowNumber.test(toArabicDigits(p.text)));
}

/**
 * A row's amounts by year: every year's cell accounted for by count, or by place where empty
 * cells kept their empty lines; no amount at all is no budget in any year. Undefined otherwise.
 */
function byYear(piece: Piece, next: SourceLine | undefined, years: readonly number[]): Record<number, number> | undefined {
  const budgets: Record<number, number> = {};
  if (piece.amounts.every((a) => !a.baht)) return budgets;
  // Places count only across empty lines: a page number or running header dropped in between shifts them.
  const gapsEmpty = next !== undefined && !next.afterNoise && piece.amounts.every((a) => a.line.no > piece.last.no && !a.line.afterNoise);
  const byPlace = gapsEmpty && next.no - piece.last.no - 1 === years.length;
  if (piece.amounts.length !== years.length && !byPlace) return undefined;
  piece.amounts.forEach((a, n) => {
    const year = piece.amounts.length === years.length ? years[n] : years[a.line.no - piece.last.no - 1];
    if (a.baht) budgets[year] = a.baht;
  });
  return budgets;
}

function readCellBody(lines: readonly SourceLine[], from: number, years: readonly number[], t: TableReader): number {
  const pieces: Piece[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const key = line.key;
    if (isTableLine(line) || MEASURE_HEADING.test(key) || PLAN_TABLE.detailStart.test(key) || (PART_HEADING.test(key) && !DIMENSION_HEADING.test(key))) break;
    if (isHeaderCell(key)) {
      t.consumed.add(line.no); // the header again after a page break
      continue;
    }
    const inline = trailingAmounts(line.text, years.length);
    if (inline) {
      // "3. โครงการ… 20,000 - 20,000": the row on one line, its amounts after the name.
      const row = { ...line, text: inline.head, key: toArabicDigits(inline.head) };
      const last = pieces[pieces.length - 1];
      if (PLAN_TABLE.rowStart.test(row.key) || !last || last.kind !== 'name' || last.amounts.length > 0) pieces.push({ kind: 'name', text: row.text, first: line, last: line, amounts: [] });
      else last.text += ` ${row.text}`;
      pieces[pieces.length - 1].last = line;
      pieces[pieces.length - 1].amounts.push(...inline.amounts.map((baht) => ({ line, baht })));
      t.consumed.add(line.no);
      continue;
    }
    const last = pieces[pieces.length - 1];
    const amount = PLAN_TABLE.amountCell.test(key) ? TableReader.amount(key) : undefined;
    if (amount && last) {
      last.amounts.push({ line, baht: amount.baht });
    } else if (DIMENSION_HEADING.test(key) || CODE_HEADING.test(key)) {
      pieces.push({ kind: 'place', text: key, first: line, last: line, amounts: [] });
    } else if (PLAN_TABLE.totalRow.test(key)) {
      // "รวม 17 โครงการ 205,000 250,000 …": the amounts may follow on the same line.
      const tokens = key.split(' ');
      const amounts = tokens.slice(-years.length).every((tok) => PLAN_TABLE.amountCell.test(tok)) ? tokens.slice(-years.length) : [];
      pieces.push({ kind: 'total', text: key, first: line, last: line, amounts: amounts.map((tok) => ({ line, baht: TableReader.amount(tok)?.baht ?? 0 })) });
    } else if (continuesName(last, key, pieces)) {
      last!.text += ` ${line.text}`; // a name cut by the column width before a word that could start one
      last!.last = line;
    } else if (PLAN_TABLE.rowStart.test(key) || !last || last.amounts.length > 0 || last.kind === 'total') {
      if (last && last.kind === 'name' && PLAN_TABLE.rowNumber.test(last.text) && tableName(last.text) === '' && last.amounts.length === 0) {
        last.text += ` ${line.text}`; // "3." alone on its line, the name below
        last.last = line;
      } else pieces.push({ kind: 'name', text: line.text, first: line, last: line, amounts: [] });
    } else {
      last.text += ` ${line.text}`;
      last.last = line;
    }
    t.consumed.add(line.no);
  }
  pieces.forEach((piece, k) => {
    const next = pieces[k + 1]?.first ?? lines[i];
    if (piece.kind === 'place') t.place(piece.text, piece.first.no);
    else if (piece.kind === 'total') t.total(piece.text, piece.first.no, byYear(piece, next, years));
    else {
      const text = [piece.text, ...piece.amounts.filter((a) => a.line !== piece.last).map((a) => a.line.text)].join(' | ');
      const budgets = byYear(piece, next, years);
      t.row(piece.first.no, tableName(piece.text), text, budgets, budgets ? undefined : piece.amounts.map((a) => a.baht ?? 0));
    }
  });
  return i;
}

export function readPlanTables(lines: readonly SourceLine[]): PlanTables {
  const t = new TableReader();
  readTabRows(lines, t);
  readCellLines(lines, t);
  // A table whose header was found but none of its rows read, or year headers no reader took: say so.
  const stray = lines.find((l) => !t.consumed.has(l.no) && !isTableLine(l) && PLAN_TABLE.yearCell.test(l.key));
  if (stray && t.rows.length === 0) {
    t.problems.push(problem('PLAN_TABLE_UNREAD', stray.no, 'พบหัวตารางงบประมาณรายปี แต่อ่านแถวของตารางไม่ได้: งบประมาณรายปีมาจากข้อความรายละเอียดเท่านั้น โปรดตรวจงบรายปีทุกโครงการ', stray.text));
  }
  t.rows.sort((a, b) => a.line - b.line);
  return { rows: t.rows, years: t.years, codeHeadings: t.codeHeadings, totals: t.totals, totalBudgets: t.totalBudgets, consumed: t.consumed, problems: t.problems };
}
