/**
 * The corpus: generated plans × layout writers × damage steps. Each case knows what was
 * generated, so an import of its text can be checked field by field.
 */
import type { FrameworkId } from '../../../src/core/framework/types';
import { generatePlan, type GenMeasure, type GenPlan } from './plans';
import { damage, writePlan, type Damage, type Layout } from './writers';

const BASE: Omit<Layout, 'name'> = {
  fields: 'numbered',
  entryHeading: true,
  colon: true,
  joinLabel: false,
  thaiDigits: false,
  marker: '1)',
  table: 'none',
  detailCodes: true,
  outputsField: true,
};

/** Layouts seen in real plans (see the issue): each differs from the base in what its name says. */
export const LAYOUTS: readonly Layout[] = [
  { ...BASE, name: 'numbered fields (Word)' },
  { ...BASE, name: 'numbered fields, Thai digits, PDF wraps', thaiDigits: true, wrap: 70, marker: '(1)' },
  { ...BASE, name: 'running number, bare labels, per-year table one cell per line', fields: 'running', entryHeading: false, colon: false, table: 'cell-per-line', detailCodes: false, outputsField: false, wrap: 90 },
  { ...BASE, name: 'running number, labels joined to content, tab table', fields: 'running', entryHeading: false, colon: false, joinLabel: true, table: 'tabs', detailCodes: false, marker: '-' },
  { ...BASE, name: '"1)" fields, colon, Thai digits, tab table, renumbered details', fields: 'paren', thaiDigits: true, table: 'tabs', renumbered: true },
  { ...BASE, name: 'bare labels, wrapped lines, table one cell per line, missing detail', fields: 'running', colon: true, wrap: 60, table: 'cell-per-line', missingDetail: true, marker: '-' },
  { ...BASE, name: 'numbered, duplicated detail entry, names worded apart, tab table', table: 'tabs', duplicateDetail: true, nameVariant: true, outputsField: false },
  { ...BASE, name: 'bare labels and colon joined, Thai digits, cell-per-line table, names worded apart', fields: 'running', entryHeading: false, joinLabel: true, thaiDigits: true, table: 'cell-per-line', detailCodes: false, nameVariant: true, wrap: 80 },
  { ...BASE, name: 'numbered, dimension titles of the other guideline, tab table without empty cells', otherDimensionTitles: true, table: 'tabs', dropEmptyCells: true, nameVariant: true },
  { ...BASE, name: 'other label wording, bare labels, PDF wraps, Thai digits', fields: 'running', entryHeading: false, otherLabels: true, thaiDigits: true, wrap: 85, marker: '-', table: 'tabs' },
  { ...BASE, name: 'running number, bare labels, table rows one line each, missing and duplicated details', fields: 'running', entryHeading: false, colon: false, table: 'cell-per-line', tableRowLines: true, detailCodes: false, wrap: 75, missingDetail: true, duplicateDetail: true, nameVariant: true },
];

export const DAMAGE_SETS: readonly (readonly Damage[])[] = [[], ['blank-lines-removed', 'indentation-removed'], ['lines-joined'], ['page-breaks', 'blank-lines-removed']];
const SIZES = [5, 12, 23, 50, 80];
const FRAMEWORK_IDS: readonly FrameworkId[] = ['nacc-2566', 'nacc-2561'];

export interface CorpusCase {
  readonly id: string;
  readonly plan: GenPlan;
  readonly layout: Layout;
  readonly damage: readonly Damage[];
  readonly text: string;
  /** The measure the document prints in the table only. */
  readonly withoutDetail?: GenMeasure;
}

export function corpus(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  let seed = 1;
  LAYOUTS.forEach((layout, li) => {
    DAMAGE_SETS.forEach((steps, di) => {
      FRAMEWORK_IDS.forEach((fw, fi) => {
        seed++;
        const size = SIZES[(li + di + fi) % SIZES.length];
        const plan = generatePlan(seed * 7919, size, fw);
        const text = damage(writePlan(plan, layout, seed), steps, seed);
        const withoutDetail = layout.missingDetail ? plan.measures[Math.floor(plan.measures.length / 2)] : undefined;
        cases.push({ id: `${layout.name} | ${steps.join('+') || 'clean'} | ${fw} | ${size}`, plan, layout, damage: steps, text, withoutDetail });
      });
    });
  });
  return cases;
}
