import { findPlace, getDimension, getFramework, type Place } from '../../framework/framework';
import type { Dimension, Framework } from '../../framework/types';
import { planYears, type Measure, type Plan } from '../../plan/model';
import { withDigits, type DigitStyle } from '../../thai/digits';

/** What every template needs about the plan, computed once per document. */
export interface DocContext {
  readonly plan: Plan;
  readonly framework: Framework;
  readonly years: readonly number[];
  readonly digits: DigitStyle;
  /** Every text a template produces passes through this: Thai or Arabic digits by the setting, curly quotes. */
  readonly d: (text: string) => string;
}

export function docContext(plan: Plan): DocContext {
  const digits = plan.settings.digits;
  return {
    plan,
    framework: getFramework(plan.settings.frameworkId),
    years: planYears(plan.settings),
    digits,
    d: (text) => curlyQuotes(withDigits(text, digits)),
  };
}

/** "ประเทศไทยปลอดการทุจริต" → “ประเทศไทยปลอดการทุจริต”: printed Thai uses curly quotes, in pairs. */
export function curlyQuotes(text: string): string {
  return text.replace(/"([^"\n]*)"/g, '\u201c$1\u201d');
}

export const PLAN_TITLE = 'แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส';
export const MEASURES_WORD = 'โครงการ/กิจกรรม/มาตรการ';

/** "พ.ศ. 2566 – 2570" (Arabic; callers apply the digits). */
export function yearSpan(ctx: DocContext): string {
  const first = ctx.years[0];
  const last = ctx.years[ctx.years.length - 1];
  return first === last ? `พ.ศ. ${first}` : `พ.ศ. ${first} – ${last}`;
}

/** Where a measure sits in the framework; a code the catalogue lacks still gets its dimension. */
export interface MeasurePlace {
  readonly dimension: Dimension;
  readonly place?: Place;
}

export function measurePlace(ctx: DocContext, measure: Measure): MeasurePlace {
  const place = findPlace(ctx.framework, measure.code);
  return { dimension: place?.dimension ?? getDimension(ctx.framework, measure.dimension), place };
}

/** "มิติที่ 1 การสร้างวัฒนธรรมสุจริต". */
export function dimensionTitle(dimension: Dimension): string {
  return `มิติที่ ${dimension.no} ${dimension.title}`;
}

/**
 * The measure's number within its dimension (1-based), as the seeds number the detail pages
 * ("โครงการ/กิจกรรม/มาตรการ ที่ 1" restarts in every dimension). Computed from the rows, never typed.
 */
export function ordinalsInDimension(measures: readonly Measure[]): number[] {
  const seen = new Map<number, number>();
  return measures.map((m) => {
    const n = (seen.get(m.dimension) ?? 0) + 1;
    seen.set(m.dimension, n);
    return n;
  });
}
