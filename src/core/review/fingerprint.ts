import { hashText } from '../hash';
import { planFigures } from '../plan/figures';
import { planYears, type Measure, type Plan } from '../plan/model';
import { DETAIL_COLUMNS, budgetHeader, budgetKey, type MeasureColumnKey } from '../workbook/layout';

/**
 * The content a supervisor approves: every field of the row except its document link (Sujarit
 * writes that link itself when it makes documents, which is no change of content). Empty fields are
 * left out so the stored JSON stays small.
 */
export type ApprovedFields = Readonly<Record<string, string>>;

export function approvedFields(measure: Measure, years: readonly number[]): ApprovedFields {
  const all: [MeasureColumnKey, string][] = [
    ['code', measure.code],
    ['name', measure.name],
    ['type', measure.type],
    ...years.map((y): [MeasureColumnKey, string] => [budgetKey(y), measure.budgets[y] ? String(measure.budgets[y]) : '']),
    ['responsible', measure.responsible],
    ['remark', measure.remark],
    ...DETAIL_COLUMNS.map((c): [MeasureColumnKey, string] => [c.key, measure.details[c.key]]),
  ];
  return Object.fromEntries(all.filter(([, v]) => v !== ''));
}

/** Same fields in the same order give the same text, so the hash only moves when content does. */
export function fingerprintOf(fields: Readonly<Record<string, string>>): string {
  const keys = Object.keys(fields).sort();
  return hashText(JSON.stringify(keys.map((k) => [k, fields[k]])));
}

export interface FieldChange {
  readonly key: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

const FIELD_LABEL: Readonly<Record<string, string>> = {
  code: 'รหัสภารกิจ', name: 'ชื่อ', type: 'ประเภท', responsible: 'ผู้รับผิดชอบ', remark: 'หมายเหตุ',
  ...Object.fromEntries(DETAIL_COLUMNS.map((c) => [c.key, c.header])),
};

export function fieldLabel(key: string): string {
  const year = /^budget:(\d{4})$/.exec(key);
  return year ? budgetHeader(Number(year[1])) : FIELD_LABEL[key] ?? key;
}

/** Field by field, what differs between the approved values and today's, in the row's column order. */
export function diffFields(approved: Readonly<Record<string, string>>, current: Readonly<Record<string, string>>): FieldChange[] {
  const order = [...Object.keys(current), ...Object.keys(approved).filter((k) => !(k in current))];
  return order
    .filter((k) => (approved[k] ?? '') !== (current[k] ?? ''))
    .map((k) => ({ key: k, label: fieldLabel(k), before: approved[k] ?? '', after: current[k] ?? '' }));
}

/** The whole plan's figures as approved: count and total budget per dimension, and the plan's totals. */
export function planApprovedFields(plan: Plan): Record<string, string> {
  const figures = planFigures(plan);
  const out: Record<string, string> = {};
  for (const [no, f] of figures.byDimension) {
    out[`dim${no}:count`] = String(f.count);
    out[`dim${no}:budget`] = String(f.total);
  }
  out['total:count'] = String(figures.total.count);
  out['total:budget'] = String(figures.total.total);
  for (const y of planYears(plan.settings)) out[`year${y}:budget`] = String(figures.total.budgets[y] ?? 0);
  return out;
}

export function planFigureLabel(key: string): string {
  const m = /^(dim(\d)|total|year(\d{4})):(count|budget)$/.exec(key);
  if (!m) return key;
  const what = m[4] === 'count' ? 'จำนวนรายการ' : 'งบประมาณรวม (บาท)';
  if (m[2]) return `มิติที่ ${m[2]} ${what}`;
  if (m[3]) return `งบประมาณปี ${m[3]} (บาท) ทั้งแผน`;
  return `ทั้งแผน ${what}`;
}
