import { normaliseCode } from '../framework/framework';
import type { Measure } from '../plan/model';
import { toArabicDigits } from '../thai/digits';
import { cleanText, comparisonKey } from '../thai/text';

/**
 * What a "มาตรการในแผน" cell points at. Officers type a code ("2.2.2"), a name, or both
 * ("2.2.2 มาตรการ NO Gift Policy"); a code alone names every measure filed under it.
 */
export type PlanLink =
  | { readonly kind: 'none' }
  | { readonly kind: 'measures'; readonly measures: readonly Measure[] }
  | { readonly kind: 'unknown'; readonly text: string };

export function resolvePlanLink(value: unknown, measures: readonly Measure[]): PlanLink {
  const text = cleanText(value);
  if (text === '') return { kind: 'none' };
  const m = /^([0-9๐-๙]+(?:\.[0-9๐-๙]+){1,2})\.?\s*(.*)$/.exec(text);
  const code = m ? normaliseCode(toArabicDigits(m[1])) : '';
  const name = comparisonKey(m ? m[2] : text);
  const found = measures.filter((measure) => (code === '' || measure.code === code) && (name === '' || comparisonKey(measure.name) === name));
  return found.length ? { kind: 'measures', measures: found } : { kind: 'unknown', text };
}

/** The one measure a link names, when it names exactly one (a code shared by several names none). */
export function linkedMeasure(link: PlanLink): Measure | undefined {
  return link.kind === 'measures' && link.measures.length === 1 ? link.measures[0] : undefined;
}
