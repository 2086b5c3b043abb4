import { readBudgetText } from '../thai/budgetText';
import { toArabicDigits } from '../thai/digits';
import { formatBaht } from '../thai/money';
import { SINGLE_YEAR, YEAR_RANGE } from './patterns';

/**
 * Per-year budgets from a measure's detail text, only where the text leaves no doubt: amounts
 * tied to years ("ปี 2566: 30,000 บาท"), one amount every year ("ปีละ 20,000 บาท"), or a single
 * amount for a measure that runs a single year. A single amount over several years could be per
 * year or in total: the importer does not guess (the text stays in the detail budget column).
 */
export type YearBudgets =
  | { readonly kind: 'years'; readonly budgets: Readonly<Record<number, number>> }
  | { readonly kind: 'unknown'; readonly reason: string };

/** The fiscal years a duration names: "ปีงบประมาณ พ.ศ. 2566 – 2570" → 2566…2570, "ปี 2567" → 2567. */
export function durationYears(duration: string): number[] {
  const text = toArabicDigits(duration);
  const years = new Set<number>();
  for (const m of text.matchAll(YEAR_RANGE)) {
    for (let y = Number(m[1]); y <= Number(m[2]) && y - Number(m[1]) < 10; y++) years.add(y);
  }
  for (const m of text.matchAll(SINGLE_YEAR)) years.add(Number(m[1]));
  return [...years].sort((a, b) => a - b);
}

export function yearBudgetsFromDetail(budgetText: string, duration: string, planYears: readonly number[]): YearBudgets {
  const reading = readBudgetText(budgetText);
  switch (reading.kind) {
    case 'empty':
    case 'none':
      return { kind: 'years', budgets: {} };
    case 'unreadable':
      return { kind: 'unknown', reason: 'อ่านจำนวนเงินในรายละเอียดไม่ได้' };
  }
  const { byYear, perYear, total, plain } = reading;
  const runs = durationYears(duration).filter((y) => planYears.includes(y));
  if (byYear.size > 0 && perYear === undefined && plain.length === 0) {
    const outside = [...byYear.keys()].filter((y) => !planYears.includes(y));
    if (outside.length > 0) return { kind: 'unknown', reason: `ระบุงบประมาณปี ${outside.join(', ')} ซึ่งอยู่นอกปีของแผน` };
    return { kind: 'years', budgets: Object.fromEntries(byYear) };
  }
  if (perYear !== undefined && byYear.size === 0 && plain.length === 0) {
    const years = runs.length > 0 ? runs : planYears;
    return { kind: 'years', budgets: Object.fromEntries(years.map((y) => [y, perYear])) };
  }
  const single = byYear.size === 0 && perYear === undefined ? (plain.length === 1 && total === undefined ? plain[0] : plain.length === 0 ? total : undefined) : undefined;
  if (single !== undefined) {
    const only = runs.length === 1 ? runs[0] : planYears.length === 1 ? planYears[0] : undefined;
    if (only !== undefined) return { kind: 'years', budgets: { [only]: single } };
    return { kind: 'unknown', reason: `ระบุไว้ ${formatBaht(single)} บาท สำหรับหลายปี ไม่บอกว่าเป็นงบต่อปีหรือรวมทั้งแผน` };
  }
  return { kind: 'unknown', reason: 'มีหลายจำนวนเงินที่ไม่ได้ระบุปี' };
}
