import { NACC_2561 } from './nacc2561';
import { NACC_2566 } from './nacc2566';
import type { Dimension, DimensionNo, Framework, FrameworkId, FrameworkItem, SubDimension } from './types';
import { cleanText, comparisonKey } from '../thai/text';
import { toArabicDigits } from '../thai/digits';

export const FRAMEWORKS: readonly Framework[] = [NACC_2566, NACC_2561];

export function getFramework(id: FrameworkId): Framework {
  return id === 'nacc-2561' ? NACC_2561 : NACC_2566;
}

/** Settings hold the Thai label; this finds the framework by label or id, default 2566–2570. */
export function frameworkFromSetting(value: unknown): Framework | undefined {
  const text = String(value ?? '').trim();
  if (text === '') return undefined;
  return FRAMEWORKS.find((f) => f.label === text || f.id === text || text.includes(String(f.defaultYears.first)) || text.includes(toThaiYear(f.defaultYears.first)));
}

function toThaiYear(year: number): string {
  return String(year).replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
}

export function getDimension(framework: Framework, no: DimensionNo): Dimension {
  const dim = framework.dimensions.find((d) => d.no === no);
  if (!dim) throw new Error(`framework ${framework.id} has no dimension ${no}`);
  return dim;
}

/** Where a code sits in the framework: a sub-dimension ("2.2") or an item ("2.2.2"). */
export interface Place {
  readonly dimension: Dimension;
  readonly sub: SubDimension;
  readonly item?: FrameworkItem;
}

/** "๒.๒.๒ ", "2.2.2." → "2.2.2"; anything that is not a code → "". */
export function normaliseCode(value: unknown): string {
  // Invisible marks pasted with a code (RLM, zero-width space) must not make it unknown.
  const text = toArabicDigits(cleanText(value)).replace(/\.$/, '');
  return /^[1-9](\.\d{1,2}){1,2}$/.test(text) ? text : '';
}

export function findPlace(framework: Framework, code: unknown): Place | undefined {
  const c = normaliseCode(code);
  if (!c) return undefined;
  for (const dimension of framework.dimensions) {
    for (const sub of dimension.subs) {
      if (sub.code === c) return { dimension, sub };
      const item = sub.items.find((i) => i.code === c);
      if (item) return { dimension, sub, item };
    }
  }
  return undefined;
}

/** Every code a measure may carry: items, and sub-dimensions that have no items. */
export function assignableCodes(framework: Framework, no?: DimensionNo): string[] {
  const codes: string[] = [];
  for (const dimension of framework.dimensions) {
    if (no !== undefined && dimension.no !== no) continue;
    for (const sub of dimension.subs) {
      if (sub.items.length === 0) codes.push(sub.code);
      for (const item of sub.items) codes.push(item.code);
    }
  }
  return codes;
}

/** "1.1.1 เสริมสร้างจิตสำนึก…": the dropdown label form of a code. */
export function codeWithTitle(place: Place): string {
  const node = place.item ?? place.sub;
  return `${node.code} ${node.title}`;
}

/**
 * Finds a sub-dimension or item by its title, whatever its code: the two guidelines file the
 * same title under different codes (3.1 in one, 3.3 in the other). Matches on the comparison
 * key, accepting a title that contains or is contained in the catalogue's (≥ 12 characters).
 */
export function findByTitle(framework: Framework, title: string): Place | undefined {
  const key = comparisonKey(title);
  if (key.length < 12) return undefined;
  let best: { place: Place; score: number } | undefined;
  const consider = (place: Place, nodeTitle: string) => {
    const k = comparisonKey(nodeTitle);
    const score = k === key ? 3 : k.includes(key) || key.includes(k) ? 2 : 0;
    if (score > 0 && (!best || score > best.score)) best = { place, score };
  };
  for (const dimension of framework.dimensions) {
    for (const sub of dimension.subs) {
      consider({ dimension, sub }, sub.title);
      for (const item of sub.items) consider({ dimension, sub, item }, item.title);
    }
  }
  return best?.place;
}

export type { Dimension, DimensionNo, Framework, FrameworkId, FrameworkItem, SubDimension } from './types';
export { DIMENSION_NOS } from './types';
