import { formatBaht } from '../thai/money';

/**
 * A measure's budget in words, from its per-year columns (the truth): "ไม่ใช้งบประมาณ",
 * "ปีละ 20,000 บาท" when every plan year has the same amount, else one entry per budgeted year.
 * Arabic digits; documents convert them by the setting.
 */
export function describeBudgets(budgets: Readonly<Record<number, number>>, years: readonly number[]): string {
  const entries = years.filter((y) => (budgets[y] ?? 0) > 0).map((y) => [y, budgets[y]] as const);
  if (entries.length === 0) return 'ไม่ใช้งบประมาณ';
  if (entries.length === years.length && entries.every(([, b]) => b === entries[0][1])) return `ปีละ ${formatBaht(entries[0][1])} บาท`;
  return entries.map(([y, b]) => `ปี ${y}: ${formatBaht(b)} บาท`).join(', ');
}
