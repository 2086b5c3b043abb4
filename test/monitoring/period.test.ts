import { fiscalYearOf } from '../../src/core/thai/dates';
import { readThaiDate } from '../../src/core/thai/readDate';
import { formatPeriod, inPeriod, readRound, roundPeriod } from '../../src/core/monitoring/period';
import { checkRoundRequest, readRoundInput, roundRequest } from '../../src/core/monitoring/request';
import { readStatus } from '../../src/core/monitoring/status';
import { SAMPLE_SETTINGS } from '../../src/core/plan/sample';

describe('fiscal-year arithmetic around the October boundary', () => {
  it('names the fiscal year by the Buddhist year it ends in', () => {
    expect(fiscalYearOf({ year: 2023, month: 9, day: 30 })).toBe(2566);
    expect(fiscalYearOf({ year: 2023, month: 10, day: 1 })).toBe(2567);
    expect(fiscalYearOf({ year: 2024, month: 3, day: 31 })).toBe(2567);
    expect(fiscalYearOf({ year: 2024, month: 9, day: 30 })).toBe(2567);
    expect(fiscalYearOf({ year: 2024, month: 10, day: 1 })).toBe(2568);
  });

  it('gives รอบ 6 เดือน as 1 ต.ค. – 31 มี.ค. and รอบ 12 เดือน as the whole year', () => {
    expect(roundPeriod(2567, 6)).toEqual({ start: { year: 2023, month: 10, day: 1 }, end: { year: 2024, month: 3, day: 31 } });
    expect(roundPeriod(2567, 12)).toEqual({ start: { year: 2023, month: 10, day: 1 }, end: { year: 2024, month: 9, day: 30 } });
    expect(formatPeriod(roundPeriod(2567, 6), 'thai')).toBe('๑ ตุลาคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๗');
    expect(formatPeriod(roundPeriod(2567, 12), 'arabic')).toBe('1 ตุลาคม 2566 – 30 กันยายน 2567');
  });

  it('puts the boundary days inside and the days next to them outside', () => {
    const half = roundPeriod(2567, 6);
    const year = roundPeriod(2567, 12);
    expect(inPeriod({ year: 2023, month: 10, day: 1 }, half)).toBe(true);
    expect(inPeriod({ year: 2023, month: 9, day: 30 }, half)).toBe(false);
    expect(inPeriod({ year: 2024, month: 3, day: 31 }, half)).toBe(true);
    expect(inPeriod({ year: 2024, month: 4, day: 1 }, half)).toBe(false);
    expect(inPeriod({ year: 2024, month: 9, day: 30 }, year)).toBe(true);
    expect(inPeriod({ year: 2024, month: 10, day: 1 }, year)).toBe(false);
  });
});

describe('reading what officers type', () => {
  it('reads Thai dates in the forms people use, Buddhist or Christian years', () => {
    expect(readThaiDate('9 ธ.ค. 2566')).toEqual({ year: 2023, month: 12, day: 9 });
    expect(readThaiDate('๒๒ กุมภาพันธ์ ๒๕๖๗')).toEqual({ year: 2024, month: 2, day: 22 });
    expect(readThaiDate('15/1/67')).toEqual({ year: 2024, month: 1, day: 15 });
    expect(readThaiDate('15/01/2024')).toEqual({ year: 2024, month: 1, day: 15 });
    expect(readThaiDate('2024-01-15')).toEqual({ year: 2024, month: 1, day: 15 });
    expect(readThaiDate('29/2/2567')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(readThaiDate('29/2/2566')).toBeUndefined();
    expect(readThaiDate('เดือนหน้า')).toBeUndefined();
  });

  it('reads a date cell that holds a Buddhist year as Buddhist', () => {
    expect(readThaiDate(new Date(2567, 0, 15))).toEqual({ year: 2024, month: 1, day: 15 });
    expect(readThaiDate(new Date(2024, 0, 15))).toEqual({ year: 2024, month: 1, day: 15 });
  });

  it('reads rounds and statuses with their usual spellings', () => {
    expect([6, '6', '๖ เดือน', 'รอบ 6 เดือน', 'ครึ่งปี'].map(readRound)).toEqual([6, 6, 6, 6, 6]);
    expect([12, '12 เดือน', '๑๒', 'ทั้งปี'].map(readRound)).toEqual([12, 12, 12, 12]);
    expect(readRound('3 เดือน')).toBeUndefined();
    expect(readStatus('ดำเนินการแล้ว')).toEqual({ kind: 'status', key: 'done' });
    expect(readStatus(' กำลังดำเนินการ ')).toEqual({ kind: 'status', key: 'inProgress' });
    expect(readStatus('ไม่สามารถดำเนินการได้')).toEqual({ kind: 'status', key: 'cancelled' });
    expect(readStatus('')).toEqual({ kind: 'blank' });
    expect(readStatus('เกือบเสร็จ')).toEqual({ kind: 'invalid', raw: 'เกือบเสร็จ' });
  });

  it('checks the year and round asked for, in Thai', () => {
    expect(readRoundInput('๒๕๖๗', '๖ เดือน')).toEqual({ ok: true, fiscalYear: 2567, round: 6 });
    expect(readRoundInput('2023', '12')).toEqual({ ok: true, fiscalYear: 2566, round: 12 });
    expect(readRoundInput('ปีนี้', '6')).toEqual({ ok: false, message: expect.stringContaining('ไม่ใช่ปีงบประมาณ') });
    expect(readRoundInput('2567', '9')).toEqual({ ok: false, message: expect.stringContaining('ไม่ใช่รอบการติดตาม') });
    expect(checkRoundRequest(SAMPLE_SETTINGS, 2570, 12)).toEqual({ ok: true, fiscalYear: 2570, round: 12 });
    expect(checkRoundRequest(SAMPLE_SETTINGS, 2572, 6)).toEqual({ ok: false, message: expect.stringContaining('อยู่นอกช่วงปีของแผน (2566–2570)') });
    expect(checkRoundRequest(SAMPLE_SETTINGS, 2567, 3)).toEqual({ ok: false, message: expect.stringContaining('6 เดือน หรือ 12 เดือน') });
    expect(roundRequest(SAMPLE_SETTINGS, '๒๕๖๗', 12)).toEqual({ ok: true, fiscalYear: 2567, round: 12 });
    expect(roundRequest(SAMPLE_SETTINGS, 2571, '6')).toMatchObject({ ok: false });
  });
});
