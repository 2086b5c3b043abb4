import type { MonitoringRound } from '../api';
import { toArabicDigits, withDigits, type DigitStyle } from '../thai/digits';
import { formatThaiDate, toChristianYear, type CalendarDate } from '../thai/dates';
import { cleanText } from '../thai/text';

/**
 * The two monitoring rounds of a fiscal year. ปีงบประมาณ 2567 runs 1 ต.ค. 2566 – 30 ก.ย. 2567;
 * รอบ 6 เดือน covers its first half (1 ต.ค. 2566 – 31 มี.ค. 2567), รอบ 12 เดือน the whole year.
 */

export const ROUNDS: readonly MonitoringRound[] = [6, 12];

/** What the รอบ cell holds (and its dropdown offers). */
export const ROUND_LABEL: Record<MonitoringRound, string> = { 6: '6 เดือน', 12: '12 เดือน' };

export interface Period {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

export function roundPeriod(fiscalYear: number, round: MonitoringRound): Period {
  const endYear = toChristianYear(fiscalYear);
  return {
    start: { year: endYear - 1, month: 10, day: 1 },
    end: round === 6 ? { year: endYear, month: 3, day: 31 } : { year: endYear, month: 9, day: 30 },
  };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function inPeriod(date: CalendarDate, period: Period): boolean {
  return compareDates(date, period.start) >= 0 && compareDates(date, period.end) <= 0;
}

/** "๑ ตุลาคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๗". */
export function formatPeriod(period: Period, digits: DigitStyle): string {
  return `${formatThaiDate(period.start, digits)} – ${formatThaiDate(period.end, digits)}`;
}

/** "รอบ ๖ เดือน". */
export function roundTitle(round: MonitoringRound, digits: DigitStyle): string {
  return withDigits(`รอบ ${ROUND_LABEL[round]}`, digits);
}

/** "6", 6, "๖ เดือน", "รอบ 12 เดือน", "ครึ่งปี", "ทั้งปี" → the round; anything else → undefined. */
export function readRound(value: unknown): MonitoringRound | undefined {
  const text = toArabicDigits(cleanText(value)).replace(/\s+/g, '');
  if (/^(รอบ)?6(เดือน)?$|^ครึ่งปี(แรก)?$/.test(text)) return 6;
  if (/^(รอบ)?12(เดือน)?$|^(ทั้ง|เต็ม)ปี$/.test(text)) return 12;
  return undefined;
}
