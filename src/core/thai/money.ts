import { toArabicDigits, withDigits, type DigitStyle } from './digits';
import { cleanText } from './text';

/**
 * What a budget cell holds once read: a whole or satang amount, an explicit "no budget"
 * (blank, 0, "-", "ไม่ใช้งบประมาณ"), or text we could not read (kept for the message).
 */
export type BudgetReading =
  | { readonly kind: 'amount'; readonly baht: number }
  | { readonly kind: 'none' }
  | { readonly kind: 'invalid'; readonly raw: string; readonly reason: 'not-a-number' | 'negative' | 'satang' | 'formula-error' };

const NO_BUDGET = /^(-+|–|—|ไม่ใช้งบ(ประมาณ)?|ไม่ได้ใช้งบ(ประมาณ)?|ไม่มีงบ(ประมาณ)?|ไม่ใช้|ไม่มี)$/;

/**
 * Reads a budget as people type it: 40000, "40,000", "๒๐,๐๐๐", "40,000-บาท", "40,000.- บาท",
 * "-", "ไม่ใช้งบประมาณ". Amounts may carry satang (two decimals at most).
 */
/** Error values of Google Sheets and Excel formulas. */
export const FORMULA_ERROR = /^#(REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/;

export function readBudget(value: unknown): BudgetReading {
  if (value === null || value === undefined || value === '') return { kind: 'none' };
  if (typeof value === 'number') return fromNumber(value, String(value));
  if (typeof value === 'boolean' || typeof value === 'object') {
    return { kind: 'invalid', raw: cleanText(value), reason: 'not-a-number' };
  }
  const raw = String(value);
  // What a spreadsheet shows when a formula fails (#REF! after a deleted row, #DIV/0!…): never "no budget".
  if (FORMULA_ERROR.test(raw.trim())) return { kind: 'invalid', raw, reason: 'formula-error' };
  let text = toArabicDigits(raw).replace(/\s+/g, '').trim();
  if (text === '' ) return { kind: 'none' };
  if (NO_BUDGET.test(text)) return { kind: 'none' };
  text = text.replace(/^งบประมาณ:?/, '').replace(/บาท\.?$/, '').replace(/\.?-+$/, '').replace(/\.-$/, '');
  const negative = /^-/.test(text);
  const digits = text.replace(/^-/, '');
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(digits)) {
    return { kind: 'invalid', raw, reason: 'not-a-number' };
  }
  const n = Number(digits.replace(/,/g, ''));
  return fromNumber(negative ? -n : n, raw);
}

function fromNumber(n: number, raw: string): BudgetReading {
  if (!Number.isFinite(n)) return { kind: 'invalid', raw, reason: 'not-a-number' };
  if (n < 0) return { kind: 'invalid', raw, reason: 'negative' };
  if (Math.abs(Math.round(n * 100) - n * 100) > 1e-6) return { kind: 'invalid', raw, reason: 'satang' };
  if (n === 0) return { kind: 'none' };
  return { kind: 'amount', baht: Math.round(n * 100) / 100 };
}

/** 1234567 → "1,234,567"; satang shown only when present ("1,234.50"). */
export function formatBaht(baht: number, digits: DigitStyle = 'arabic'): string {
  const whole = Math.trunc(baht);
  const satang = Math.round((baht - whole) * 100);
  const grouped = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = (baht < 0 ? '-' : '') + grouped + (satang ? '.' + String(Math.abs(satang)).padStart(2, '0') : '');
  return withDigits(text, digits);
}

/** Amount for a table cell: "-" for no budget, as the seeds print it. */
export function formatBudgetCell(baht: number, digits: DigitStyle = 'arabic'): string {
  return baht === 0 ? '-' : formatBaht(baht, digits);
}
