import { toArabicDigits, toThaiDigits, withDigits } from '../../src/core/thai/digits';
import { fiscalYearOf, formatThaiDate, formatBuddhistYear, toBuddhistYear } from '../../src/core/thai/dates';
import { formatBaht, formatBudgetCell, readBudget } from '../../src/core/thai/money';
import { cleanText, comparisonKey, splitLines } from '../../src/core/thai/text';
import { normaliseCode } from '../../src/core/framework/framework';

describe('Thai digits', () => {
  it('converts both ways and leaves other text alone', () => {
    expect(toArabicDigits('มิติที่ ๒ จำนวน ๒๗ โครงการ')).toBe('มิติที่ 2 จำนวน 27 โครงการ');
    expect(toThaiDigits('พ.ศ. 2566 – 2570')).toBe('พ.ศ. ๒๕๖๖ – ๒๕๗๐');
    expect(withDigits('๑.๑.๓', 'arabic')).toBe('1.1.3');
  });
});

describe('Buddhist-Era dates and the fiscal year', () => {
  it('prints dates as official documents do', () => {
    expect(formatThaiDate({ year: 2024, month: 4, day: 1 })).toBe('๑ เมษายน ๒๕๖๗');
    expect(formatThaiDate({ year: 2023, month: 10, day: 1 }, 'arabic')).toBe('1 ตุลาคม 2566');
    expect(formatBuddhistYear(2567)).toBe('พ.ศ. ๒๕๖๗');
    expect(toBuddhistYear(2023)).toBe(2566);
  });
  it('names the fiscal year by the year it ends: October starts the next one', () => {
    expect(fiscalYearOf({ year: 2023, month: 9, day: 30 })).toBe(2566);
    expect(fiscalYearOf({ year: 2023, month: 10, day: 1 })).toBe(2567);
    expect(fiscalYearOf({ year: 2024, month: 3, day: 31 })).toBe(2567);
  });
});

describe('reading budgets as people type them (seed wording)', () => {
  it.each([
    [40000, 40000],
    ['40,000', 40000],
    ['40,000-บาท', 40000],
    ['40,000.- บาท', 40000],
    ['๒๐,๐๐๐', 20000],
    ['๒๐,๐๐๐ บาท', 20000],
    [' 1,250.50 ', 1250.5],
  ])('%p → %p baht', (input, baht) => {
    expect(readBudget(input)).toEqual({ kind: 'amount', baht });
  });
  it.each(['', null, undefined, '-', 'ไม่ใช้งบประมาณ', 'ไม่ใช้งบ', 0, '0'])('%p means no budget', (input) => {
    expect(readBudget(input)).toEqual({ kind: 'none' });
  });
  it('rejects text, negatives and fractions of a satang, keeping what was typed', () => {
    expect(readBudget('สี่หมื่นบาท')).toEqual({ kind: 'invalid', raw: 'สี่หมื่นบาท', reason: 'not-a-number' });
    expect(readBudget(-500)).toMatchObject({ kind: 'invalid', reason: 'negative' });
    expect(readBudget('-5,000')).toMatchObject({ kind: 'invalid', reason: 'negative' });
    expect(readBudget(10.555)).toMatchObject({ kind: 'invalid', reason: 'satang' });
    expect(readBudget('1,00,0')).toMatchObject({ kind: 'invalid', reason: 'not-a-number' });
  });
  it('quotes a date typed into a budget cell as a Thai date, never as "Mon Jan 15 2024 …"', () => {
    const utc = readBudget(new Date(Date.UTC(2024, 0, 15)));
    expect(utc).toMatchObject({ kind: 'invalid', raw: '15 มกราคม 2567' });
    expect(cleanText(new Date(Date.UTC(2024, 0, 15)))).not.toMatch(/GMT|Mon/);
  });

  it('reads a formula\'s error value as an error, never as no budget', () => {
    for (const v of ['#REF!', '#DIV/0!', '#N/A', '#VALUE!', ' #NAME? ']) expect(readBudget(v)).toMatchObject({ kind: 'invalid', reason: 'formula-error' });
  });

  it('formats baht with separators, in either digit style', () => {
    expect(formatBaht(1234567)).toBe('1,234,567');
    expect(formatBaht(1234.5)).toBe('1,234.50');
    expect(formatBaht(20000, 'thai')).toBe('๒๐,๐๐๐');
    expect(formatBudgetCell(0)).toBe('-');
  });
});

describe('text helpers', () => {
  it('cleans the whitespace real cells carry', () => {
    expect(cleanText('  โครงการ\u00a0 ป้องกัน\u200b  ')).toBe('โครงการ ป้องกัน');
    expect(comparisonKey('มาตรการ “NO Gift Policy”')).toBe(comparisonKey('มาตรการ NO Gift Policy'));
  });

  it('drops right-to-left marks, embeddings and isolates as it drops zero-width spaces, in names and codes', () => {
    expect(cleanText('\u200fโครงการ\u202bอบรม\u202c\u2067คุณธรรม\u2069\u200e')).toBe('โครงการอบรมคุณธรรม');
    expect(comparisonKey('\u200eโครงการ อบรม')).toBe(comparisonKey('โครงการอบรม'));
    expect(normaliseCode('\u200f1.1.1\u200e')).toBe('1.1.1');
    expect(normaliseCode('\u200b๒.๒.๑')).toBe('2.2.1');
  });
  it('splits multi-line cells, dropping typed numbering', () => {
    expect(splitLines('1. เพื่อเผยแพร่\n(๒) เพื่อส่งเสริม\n- เพื่อป้องกัน\n\n')).toEqual(['เพื่อเผยแพร่', 'เพื่อส่งเสริม', 'เพื่อป้องกัน']);
  });
});
