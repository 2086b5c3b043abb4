import { toArabicDigits } from '../core/thai/digits';
import { calendarDate, fiscalYearOf } from '../core/thai/dates';

/** "1,234,500" or "1,234.50": baht as Thai offices write them in tables. */
export function formatBaht(n: number): string {
  return Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: n % 1 ? 2 : 0, maximumFractionDigits: 2 }) : '–';
}

export function formatCount(n: number): string {
  return Number.isFinite(n) ? n.toLocaleString('en-US') : '–';
}

/** The current Thai fiscal year (พ.ศ.), from the user's clock: October starts the next one. */
export function currentFiscalYear(now: Date = new Date()): number {
  return fiscalYearOf(calendarDate(now));
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** A Buddhist-Era year typed by a person: Thai or Arabic digits; a Christian year is caught. */
export function parseBuddhistYear(text: string): Parsed<number> {
  const digits = toArabicDigits(text).replace(/\s|พ\.ศ\.?/g, '');
  if (!/^\d{4}$/.test(digits)) return { ok: false, error: 'กรอกปี พ.ศ. 4 หลัก เช่น 2568' };
  const year = Number(digits);
  if (year >= 1900 && year < 2400) return { ok: false, error: `${year} เป็นปี ค.ศ. ใช้ปี พ.ศ. แทน (ค.ศ. + 543 = ${year + 543})` };
  if (year < 2400 || year > 2800) return { ok: false, error: 'ปี พ.ศ. ไม่ถูกต้อง เช่น 2568' };
  return { ok: true, value: year };
}
