import { planFigures } from '../../src/core/plan/figures';
import { planYears } from '../../src/core/plan/model';
import { validateWorkbook } from '../../src/core/validate/validate';
import { a1 } from '../../src/core/workbook/a1';
import { locateColumns } from '../../src/core/workbook/headers';
import { HEADER_ROW, SHEET } from '../../src/core/workbook/layout';
import { readWorkbook } from '../../src/core/workbook/readPlan';
import { locateSummaryRows, summaryColumns } from '../../src/core/workbook/summary';
import { toArabicDigits } from '../../src/core/thai/digits';
import { SEED000_MEASURES, SEED000_SETTINGS, SEED000_STATED } from '../fixtures/seed000';
import { buildBook, sourceOf } from '../fixtures/workbook';
import { describeWithSeeds, seedText } from '../seeds';

const SEED = seedText('000_7a6659e46c76b2d7.txt');
const book = buildBook(SEED000_SETTINGS, SEED000_MEASURES, SEED000_STATED);
const findings = validateWorkbook(sourceOf(book));

/** Where a stated figure sits on the สรุป tab: its row by code, its column by header. */
function statedCell(rowKey: string, column: 'statedPreface' | 'statedTable'): string {
  const summary = book.get(SHEET.summary)!;
  const columns = locateColumns(summary.values[HEADER_ROW - 1], summaryColumns(planYears(SEED000_SETTINGS)));
  const rows = locateSummaryRows(summary, columns.get('code')!, columns.get('level')!);
  return a1(rows.get(rowKey)!, columns.get(column)!);
}

describeWithSeeds('the seed 000 transcription', () => {
  it('holds every measure of the seed, 7 + 27 + 5 + 7 = 46, with the names as printed', () => {
    const printed = SEED.split('\n').filter((l) => l.startsWith('1. ชื่อโครงการ')).map((l) => l.replace(/^1\. ชื่อโครงการ : /, '').trim());
    expect(SEED000_MEASURES.map((m) => m.name)).toEqual(printed);
    const read = readWorkbook(sourceOf(book));
    const figures = planFigures(read.plan);
    expect([1, 2, 3, 4].map((d) => figures.byDimension.get(d as 1)!.count)).toEqual([7, 27, 5, 7]);
    expect(figures.total.count).toBe(46);
  });

  it('states what the seed states: 7 / 27 / 5 / 7 and 42 in the preface, 23 and 42 in the table', () => {
    const preface = SEED.slice(0, SEED.indexOf('สารบัญ'));
    for (const [dim, n] of Object.entries(SEED000_STATED.preface).filter(([k]) => k !== 'total')) {
      expect(toArabicDigits(preface)).toMatch(new RegExp(`มิติที่ ${toArabicDigits(dim)} [^\\n]*จำนวน ${toArabicDigits(n)} โครงการ`));
    }
    expect(toArabicDigits(preface)).toContain(`รวมทั้งสิ้นจำนวน ${toArabicDigits(SEED000_STATED.preface.total)} โครงการ`);
    expect(SEED).toContain(`รวม มิติที่ 2\t\t${SEED000_STATED.table['2']}`);
    expect(SEED).toContain(`รวมทั้งสิ้น\t${SEED000_STATED.table.total}`);
  });
});

describeWithSeeds('validating the seed 000 workbook', () => {
  it('finds every inconsistency the seed has, at its cell, and nothing else', () => {
    expect(findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual([
      `STATED_COUNT_MISMATCH ${SHEET.summary}!${statedCell('1.1', 'statedTable')}`, // table 7, rows 4
      `STATED_COUNT_MISMATCH ${SHEET.summary}!${statedCell('2', 'statedTable')}`, // table 23, rows 27
      `STATED_COUNT_MISMATCH ${SHEET.summary}!${statedCell('2.2', 'statedTable')}`, // table 13, rows 17
      `STATED_COUNT_MISMATCH ${SHEET.summary}!${statedCell('total', 'statedPreface')}`, // preface 42, rows 46
      `STATED_COUNT_MISMATCH ${SHEET.summary}!${statedCell('total', 'statedTable')}`, // table 42, rows 46
      // Measure 1's name keeps the NACC sample's "บุคลากรองค์กรปกครองส่วนท้องถิ่น" where the municipality belongs.
      'ORG_GENERIC มิติที่ 1!C3',
    ]);
  });

  it('says in Thai what each document states against what the rows hold', () => {
    const byCell = new Map(findings.map((f) => [f.cell, f]));
    const dim2 = byCell.get(statedCell('2', 'statedTable'))!;
    expect(dim2.severity).toBe('error');
    expect(dim2.message).toBe('ตารางสรุปของเอกสารระบุว่ามิติที่ 2 มี 23 โครงการ/กิจกรรม/มาตรการ แต่แถวในแผนมี 27 รายการ');
    expect(dim2.fix).toContain('27');
    expect(byCell.get(statedCell('total', 'statedPreface'))!.message).toBe('คำนำของเอกสารระบุว่าทั้งแผน มี 42 โครงการ/กิจกรรม/มาตรการ แต่แถวในแผนมี 46 รายการ');
    expect(byCell.get(statedCell('1.1', 'statedTable'))!.message).toContain('มิติย่อย 1.1 มี 7');
  });

  it('reads the seed budget lines ("40,000-บาท", "ไม่ได้งบประมาณ…", "ไม่ใช้งบประมาณในการดำเนิน") without a finding', () => {
    expect(findings.filter((f) => f.code.startsWith('BUDGET'))).toEqual([]);
    expect(SEED000_MEASURES.filter((m) => m.budgets[2566]).map((m) => m.budgets[2566])).toEqual([40000, 50000, 60000, 50000, 200000, 60000]);
  });
});
