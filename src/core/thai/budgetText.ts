import { toArabicDigits } from './digits';
import { formatBaht, readBudget } from './money';
import { cleanText } from './text';

/**
 * What the budget line of a measure's detail page says, as people write it: "ไม่ใช้งบประมาณ
 * ในการดำเนินการ", "40,000-บาท", "งบประมาณ ๒๐,๐๐๐ บาท", "ปีละ 20,000 บาท", "ปี 2566: 30,000 บาท,
 * ปี 2567: …", "รวม 150,000 บาท". Amounts are kept with what qualifies them.
 */
export type BudgetTextReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable' }
  | {
      readonly kind: 'amounts';
      /** "ปี 2566: 30,000 บาท": amounts tied to a Buddhist year. */
      readonly byYear: ReadonlyMap<number, number>;
      /** "ปีละ 20,000 บาท". */
      readonly perYear?: number;
      /** "รวม 150,000 บาท", "รวมทั้งสิ้น …". */
      readonly total?: number;
      /** Amounts with no qualifier ("40,000-บาท"): ambiguous between per year and in total. */
      readonly plain: readonly number[];
    };

const NO_BUDGET = /ไม่(ได้)?(ใช้|มี|ตั้ง)?\s*(งบ|ค่าใช้จ่าย)|ไม่ใช้จ่าย|^[-–—]+$/;

// An amount: grouped digits, or digits followed by บาท (a bare "2566" is a year, "125 คน" a count).
const AMOUNT = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?(?:\s*(?:\.-|-|\.))?\s*(บาท)?/g;
const YEAR_BEFORE = /ปี(?:งบประมาณ)?\s*(?:พ\.?\s*ศ\.?)?\s*(25\d\d)\s*[:：=]?\s*(?:จำนวน|งบประมาณ)?\s*$/;
const PER_YEAR_BEFORE = /ปีละ\s*(?:จำนวน)?\s*$/;
const PER_YEAR_AFTER = /^\s*(\/\s*ปี|ต่อปี)/;
const TOTAL_BEFORE = /(รวม(ทั้งสิ้น|ทั้งหมด|เป็นเงิน)?|ทั้งโครงการ|ตลอดแผน)\s*(?:จำนวน|เป็นเงิน)?\s*$/;

export function readBudgetText(value: unknown): BudgetTextReading {
  const text = toArabicDigits(cleanText(value));
  if (text === '') return { kind: 'empty' };
  const byYear = new Map<number, number>();
  const plain: number[] = [];
  let perYear: number | undefined;
  let total: number | undefined;
  let found = false;
  let from = 0;
  for (const m of text.matchAll(AMOUNT)) {
    const [whole, digits, satang = '', baht] = m;
    const start = m.index ?? 0;
    if (!baht && !digits.includes(',')) continue;
    // Digits continuing a code or a decimal ("2.2.1") are not money.
    if (start > 0 && /[\d.,]/.test(text[start - 1])) continue;
    const reading = readBudget(digits + satang);
    const amount = reading.kind === 'amount' ? reading.baht : 0;
    const before = text.slice(from, start);
    from = start + whole.length;
    found = true;
    const year = YEAR_BEFORE.exec(before);
    if (year) byYear.set(Number(year[1]), (byYear.get(Number(year[1])) ?? 0) + amount);
    else if (PER_YEAR_BEFORE.test(before) || PER_YEAR_AFTER.test(text.slice(from))) perYear = amount;
    else if (TOTAL_BEFORE.test(before)) total = amount;
    else plain.push(amount);
  }
  if (!found) return NO_BUDGET.test(text) ? { kind: 'none' } : { kind: 'unreadable' };
  return { kind: 'amounts', byYear, perYear, total, plain };
}

/**
 * Whether the detail text agrees with the per-year columns (the truth). A single unqualified
 * amount is ambiguous, so it is accepted when it equals every year's amount or the total.
 */
export function budgetTextAgrees(reading: BudgetTextReading, budgets: Readonly<Record<number, number>>, years: readonly number[]): boolean {
  const amount = (y: number) => budgets[y] ?? 0;
  const sum = years.reduce((s, y) => s + amount(y), 0);
  const everyYear = (a: number) => years.length > 0 && years.every((y) => amount(y) === a);
  switch (reading.kind) {
    case 'empty':
    case 'unreadable':
      return true;
    case 'none':
      return sum === 0;
    case 'amounts': {
      if (reading.total !== undefined && reading.total !== sum) return false;
      if (reading.byYear.size > 0) {
        return [...reading.byYear.keys()].every((y) => years.includes(y)) && years.every((y) => (reading.byYear.get(y) ?? 0) === amount(y));
      }
      if (reading.perYear !== undefined) return everyYear(reading.perYear);
      if (reading.plain.length === 0) return true;
      const stated = reading.plain.reduce((s, a) => s + a, 0);
      return stated === sum || everyYear(stated);
    }
  }
}

/** The budget line Sujarit would write for these columns: what the fix suggests. */
export function budgetTextFor(budgets: Readonly<Record<number, number>>, years: readonly number[]): string {
  const entries = years.filter((y) => (budgets[y] ?? 0) > 0).map((y) => [y, budgets[y]] as const);
  if (entries.length === 0) return 'ไม่ใช้งบประมาณ';
  if (entries.length === years.length && entries.every(([, b]) => b === entries[0][1])) return `ปีละ ${formatBaht(entries[0][1])} บาท`;
  return entries.map(([y, b]) => `ปี ${y}: ${formatBaht(b)} บาท`).join(', ');
}
