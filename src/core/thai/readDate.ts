import { toArabicDigits } from './digits';
import { BE_OFFSET, THAI_MONTHS, THAI_MONTHS_SHORT, calendarDate, type CalendarDate } from './dates';
import { cleanText } from './text';

/**
 * Reads a date as a Thai office types it: a date cell (a Date, possibly from another realm),
 * "15/1/2567", "15/01/67", "15 ม.ค. 2567", "15 มกราคม 2567" or ISO "2024-01-15". Years may be
 * Buddhist or Christian; a date cell whose year is Buddhist (2567 typed into a date cell becomes
 * the year 2567 AD) is read back as Buddhist. Undefined when the value is not a date.
 */
export function readThaiDate(value: unknown): CalendarDate | undefined {
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const d = value as Date;
    if (Number.isNaN(d.getTime())) return undefined;
    const date = calendarDate(d);
    return date.year > 2400 ? { ...date, year: date.year - BE_OFFSET } : date;
  }
  if (typeof value !== 'string') return undefined;
  const text = toArabicDigits(cleanText(value)).replace(/^(วันที่|ณ)\s*/, '');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return valid(Number(iso[3]), Number(iso[2]), Number(iso[1]));
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (numeric) return valid(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const named = /^(\d{1,2})\s*([^\d\s]+)\s*(?:พ\.?\s?ศ\.?\s*)?(\d{2}|\d{4})$/.exec(text);
  if (named) return valid(Number(named[1]), monthOfName(named[2]), Number(named[3]));
  return undefined;
}

function monthOfName(name: string): number {
  const full = THAI_MONTHS.indexOf(name as (typeof THAI_MONTHS)[number]);
  if (full >= 0) return full + 1;
  const key = name.replace(/\s|\./g, '');
  return THAI_MONTHS_SHORT.findIndex((m) => m.replace(/\./g, '') === key) + 1;
}

/** Two-digit years are Buddhist ("67" = 2567), as on Thai forms. */
function valid(day: number, month: number, rawYear: number): CalendarDate | undefined {
  const be = rawYear < 100 ? 2500 + rawYear : rawYear > 2400 ? rawYear : rawYear + BE_OFFSET;
  const year = be - BE_OFFSET;
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? { year, month, day } : undefined;
}
