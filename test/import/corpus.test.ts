/**
 * The importer on a corpus of generated plans (test/import/corpus): both guidelines, 5–80
 * measures, with and without a per-year table, printed by several layout writers and damaged
 * as text extraction damages them. Each import is compared with what was generated, field by
 * field; the figures are printed (they go into the README) and held to the bar.
 */
import { parsePlan } from '../../src/core/import/parsePlan';
import { DAMAGE_SETS, LAYOUTS, corpus } from './corpus/cases';
import { compare, type Comparison } from './corpus/compare';

const CASES = corpus();
const results = CASES.map((c) => {
  const parsed = parsePlan(c.text);
  return { c, parsed, cmp: compare(c.plan, parsed, { outputsField: c.layout.outputsField, withoutDetail: c.withoutDetail, table: c.layout.table !== 'none' }) };
});

function sum(key: keyof Comparison): number {
  return results.reduce((s, r) => s + (r.cmp[key] as number), 0);
}

/** Documents with a difference from what was generated but no problem listed. */
function silent(): string[] {
  return results.filter((r) => r.cmp.misses.length > 0 && r.parsed.problems.length === 0).map((r) => r.c.id);
}

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(2)}%`;

describe(`import corpus: ${CASES.length} generated plans`, () => {
  afterAll(() => {
    const rows = results.map((r) => `${pct(r.cmp.fieldsRight, r.cmp.fields).padStart(8)}  ${pct(r.cmp.budgetCellsRight, r.cmp.budgetCells).padStart(8)}  ${r.c.id}`);
    // eslint-disable-next-line no-console
    console.log(
      [
        `corpus: ${CASES.length} documents (${LAYOUTS.length} layouts × ${DAMAGE_SETS.length} damage sets × 2 guidelines), ${results.reduce((s, r) => s + r.c.plan.measures.length, 0)} measures`,
        `fields exactly right: ${sum('fieldsRight')}/${sum('fields')} = ${pct(sum('fieldsRight'), sum('fields'))}`,
        `measure counts per dimension right: ${sum('countsRight')}/${sum('counts')} = ${pct(sum('countsRight'), sum('counts'))}`,
        `per-year budget cells right: ${sum('budgetCellsRight')}/${sum('budgetCells')} = ${pct(sum('budgetCellsRight'), sum('budgetCells'))}; wrong but named in a problem (the document lost which year an amount is): ${sum('budgetCellsFlagged')}`,
        `stated counts read (preface, table total rows): ${sum('statedRight')}/${sum('stated')} = ${pct(sum('statedRight'), sum('stated'))}`,
        `documents with something not imported as generated and no problem said: ${silent().length}`,
        `longest imported name: ${Math.max(...results.map((r) => r.cmp.longestName))} characters`,
        '  fields    budgets  case',
        ...rows,
      ].join('\n'),
    );
  });

  it('gets at least 98% of all fields exactly right', () => {
    expect(sum('fieldsRight') / sum('fields')).toBeGreaterThanOrEqual(0.98);
  });

  it('gets every measure count per dimension right', () => {
    const wrong = results.filter((r) => r.cmp.countsRight < r.cmp.counts).map((r) => `${r.c.id}: ${r.cmp.misses.filter((m) => m.startsWith('มิติ')).join(', ')}`);
    expect(wrong).toEqual([]);
  });

  it('gets every per-year budget right, except amounts whose year the document lost, each named in a problem', () => {
    const wrong = results.filter((r) => r.cmp.budgetCellsRight + r.cmp.budgetCellsFlagged < r.cmp.budgetCells).map((r) => `${r.c.id}: ${r.cmp.misses.filter((m) => m.includes(' งบ ')).slice(0, 3).join('; ')}`);
    expect(wrong).toEqual([]);
    expect(sum('budgetCellsFlagged') / sum('budgetCells')).toBeLessThan(0.001);
  });

  it('reads the counts the preface and the table total rows state', () => {
    expect(sum('statedRight')).toBe(sum('stated'));
  });

  it('says something in a problem wherever a document was not imported as generated', () => {
    expect(silent()).toEqual([]);
  });

  it('imports no name over 250 characters', () => {
    expect(Math.max(...results.map((r) => r.cmp.longestName))).toBeLessThanOrEqual(250);
  });
});
