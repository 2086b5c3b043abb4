import { hashText } from '../hash';
import { comparisonKey } from '../thai/text';
import type { Measure } from './model';

/**
 * A short identity per measure that survives rows moving between batches of a long job: its
 * dimension, code and name, plus its occurrence among identical ones. Row numbers are not
 * part of it because people insert rows while a job runs.
 */
export function measureKeys(measures: readonly Measure[]): string[] {
  const seen = new Map<string, number>();
  return measures.map((m) => {
    const base = `${m.dimension}|${comparisonKey(m.code)}|${comparisonKey(m.name)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return hashText(`${base}|${n}`);
  });
}
