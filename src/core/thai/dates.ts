import { withDigits, type DigitStyle } from './digits';

/** Buddhist Era = Christian Era + 543. */
export const BE_OFFSET = 543;

export const THAI_MONTHS = [
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
  'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
] as const;

export const THAI_MONTHS_SHORT = [
  'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.',
] as const;

export function toBuddhistYear(christianYear: number): number {
  return christianYear + BE_OFFSET;
}

export function toChristianYear(buddhistYear: number): number {
  return buddhistYear - BE_OFFSET;
}

/** A calendar date without a time zone: documents print dates, never instants. */
export interface CalendarDate {
  readonly year: number; // Christian era
  readonly month: number; // 1–12
  readonly day: number;
}

/** A Date from any realm (Apps Script's getValues, exceljs, a test sandbox): `instanceof` fails across realms. */
export function isDate(value: unknown): value is Date {
  // The typeof test first: this runs on every cell read, and nearly all are strings or numbers.
  return typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime());
}

/**
 * The day a date cell shows. Sheets hands over midnight in the spreadsheet's zone, read with
 * the script's zone (the same, Asia/Bangkok); an .xlsx date is midnight UTC, read in UTC.
 */
export function cellDate(d: Date): CalendarDate {
  const utcMidnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0;
  return utcMidnight ? { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() } : calendarDate(d);
}

export function calendarDate(d: Date): CalendarDate {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** "๑ เมษายน ๒๕๖๗" (or Arabic digits by setting). */
export function formatThaiDate(date: CalendarDate, digits: DigitStyle = 'thai'): string {
  const text = `${date.day} ${THAI_MONTHS[date.month - 1]} ${toBuddhistYear(date.year)}`;
  return withDigits(text, digits);
}

/** "พ.ศ. ๒๕๖๗". */
export function formatBuddhistYear(buddhistYear: number, digits: DigitStyle = 'thai'): string {
  return withDigits(`พ.ศ. ${buddhistYear}`, digits);
}

/**
 * The Thai fiscal year (ปีงบประมาณ) runs 1 October – 30 September and is named by the
 * Buddhist year in which it ends: 1 ต.ค. 2566 – 30 ก.ย. 2567 is ปีงบประมาณ 2567.
 */
export function fiscalYearOf(date: CalendarDate): number {
  const be = toBuddhistYear(date.year);
  return date.month >= 10 ? be + 1 : be;
}
