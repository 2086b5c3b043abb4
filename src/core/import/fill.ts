import type { ImportFieldFill } from '../api';
import { DIMENSION_NOS } from '../framework/types';
import type { Measure } from '../plan/model';
import { formatBaht } from '../thai/money';
import type { ParsedPlan } from './parsePlan';

/**
 * How complete the imported measures are, per dimension: how many have each field filled and
 * what their budgets add up to. A plan read wrongly shows here at once (every name filled but no
 * objectives, budgets all zero), before anything is written.
 */
const FIELDS: readonly { readonly field: string; readonly filled: (m: Measure) => boolean }[] = [
  { field: 'รหัสภารกิจ', filled: (m) => m.code !== '' },
  { field: 'หลักการและเหตุผล', filled: (m) => m.details.rationale !== '' },
  { field: 'วัตถุประสงค์', filled: (m) => m.details.objectives !== '' },
  { field: 'เป้าหมาย', filled: (m) => m.details.targetGroup !== '' },
  { field: 'วิธีดำเนินการ', filled: (m) => m.details.method !== '' },
  { field: 'ระยะเวลา', filled: (m) => m.details.duration !== '' },
  { field: 'ผู้รับผิดชอบ', filled: (m) => m.responsible !== '' },
  { field: 'ผลผลิต/ผลลัพธ์', filled: (m) => m.details.outputs !== '' || m.details.outcomes !== '' },
  { field: 'งบรายปี', filled: (m) => Object.values(m.budgets).some((b) => b > 0) },
];

export function fieldFill(parsed: ParsedPlan): ImportFieldFill[] {
  const years = Array.from({ length: parsed.lastYear - parsed.firstYear + 1 }, (_, i) => parsed.firstYear + i);
  return DIMENSION_NOS.map((dimension) => {
    const mine = parsed.measures.map((m) => m.measure).filter((m) => m.dimension === dimension);
    const budgets = years.map((year) => ({ year, baht: mine.reduce((s, m) => s + (m.budgets[year] ?? 0), 0) }));
    return {
      dimension,
      measures: mine.length,
      filled: FIELDS.map((f) => ({ field: f.field, count: mine.filter(f.filled).length })),
      budgets,
      totalBudget: budgets.reduce((s, b) => s + b.baht, 0),
    };
  }).filter((d) => d.measures > 0);
}

/** "มิติที่ 2 (27 รายการ): รหัสภารกิจ 27, หลักการและเหตุผล 25, … งบรวม 1,250,000 บาท": one line per dimension. */
export function fillLines(fill: readonly ImportFieldFill[]): string[] {
  return fill.map((d) => {
    const fields = d.filled.map((f) => `${f.field} ${f.count}`).join(', ');
    return `มิติที่ ${d.dimension} (${d.measures} รายการ) มีข้อมูล: ${fields}; งบประมาณรวม ${formatBaht(d.totalBudget)} บาท`;
  });
}
